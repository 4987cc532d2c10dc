"""fernbox: helpers of the fernbox service."""
