"""orchidkit: helpers of the orchidkit service."""
