"""birchlib: helpers of the birchlib service."""
