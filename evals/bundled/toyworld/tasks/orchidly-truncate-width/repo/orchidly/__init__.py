"""orchidly: helpers of the orchidly service."""
