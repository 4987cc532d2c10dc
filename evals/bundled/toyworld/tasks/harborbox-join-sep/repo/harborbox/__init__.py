"""harborbox: helpers of the harborbox service."""
