"""gablely: helpers of the gablely service."""
