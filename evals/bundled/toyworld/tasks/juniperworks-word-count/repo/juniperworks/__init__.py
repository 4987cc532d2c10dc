"""juniperworks: helpers of the juniperworks service."""
