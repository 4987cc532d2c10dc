"""willowlib: helpers of the willowlib service."""
