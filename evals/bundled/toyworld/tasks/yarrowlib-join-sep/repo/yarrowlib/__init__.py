"""yarrowlib: helpers of the yarrowlib service."""
