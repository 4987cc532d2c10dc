"""orchidlib: helpers of the orchidlib service."""
