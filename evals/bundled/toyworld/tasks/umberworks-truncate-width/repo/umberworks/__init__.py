"""umberworks: helpers of the umberworks service."""
