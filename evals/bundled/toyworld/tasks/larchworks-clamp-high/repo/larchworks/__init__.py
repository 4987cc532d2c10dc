"""larchworks: helpers of the larchworks service."""
