"""juniperkit: helpers of the juniperkit service."""
