"""thistlekit: helpers of the thistlekit service."""
