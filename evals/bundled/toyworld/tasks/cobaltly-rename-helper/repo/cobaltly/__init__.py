"""cobaltly: helpers of the cobaltly service."""
