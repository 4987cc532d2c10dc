"""orchidbox: helpers of the orchidbox service."""
