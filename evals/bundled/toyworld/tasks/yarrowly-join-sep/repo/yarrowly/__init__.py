"""yarrowly: helpers of the yarrowly service."""
