"""thistlely: helpers of the thistlely service."""
