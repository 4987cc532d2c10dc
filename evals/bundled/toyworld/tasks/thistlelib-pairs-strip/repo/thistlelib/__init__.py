"""thistlelib: helpers of the thistlelib service."""
