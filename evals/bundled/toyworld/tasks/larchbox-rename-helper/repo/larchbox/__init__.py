"""larchbox: helpers of the larchbox service."""
