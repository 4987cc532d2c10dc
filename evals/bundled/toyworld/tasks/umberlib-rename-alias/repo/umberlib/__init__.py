"""umberlib: helpers of the umberlib service."""
