"""pebblelib: helpers of the pebblelib service."""
