"""harborkit: helpers of the harborkit service."""
