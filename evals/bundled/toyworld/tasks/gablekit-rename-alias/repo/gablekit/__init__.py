"""gablekit: helpers of the gablekit service."""
