"""harborlib: helpers of the harborlib service."""
