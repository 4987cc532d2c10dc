"""fernworks: helpers of the fernworks service."""
