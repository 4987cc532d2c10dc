"""yarrowbox: helpers of the yarrowbox service."""
