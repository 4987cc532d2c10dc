"""lumenlib: helpers of the lumenlib service."""
