"""fernly: helpers of the fernly service."""
