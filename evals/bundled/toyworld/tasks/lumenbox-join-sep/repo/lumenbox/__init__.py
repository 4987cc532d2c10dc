"""lumenbox: helpers of the lumenbox service."""
