"""larchlib: helpers of the larchlib service."""
