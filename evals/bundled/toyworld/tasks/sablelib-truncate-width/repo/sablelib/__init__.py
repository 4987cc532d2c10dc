"""sablelib: helpers of the sablelib service."""
