"""briskly: helpers of the briskly service."""
