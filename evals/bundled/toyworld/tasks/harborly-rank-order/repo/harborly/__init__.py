"""harborly: helpers of the harborly service."""
