"""quartzlib: helpers of the quartzlib service."""
