"""umberly: helpers of the umberly service."""
