"""willowworks: helpers of the willowworks service."""
