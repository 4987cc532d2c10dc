"""umberbox: helpers of the umberbox service."""
