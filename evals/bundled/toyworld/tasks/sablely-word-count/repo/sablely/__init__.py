"""sablely: helpers of the sablely service."""
