"""larchkit: helpers of the larchkit service."""
