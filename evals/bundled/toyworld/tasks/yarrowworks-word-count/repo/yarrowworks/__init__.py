"""yarrowworks: helpers of the yarrowworks service."""
