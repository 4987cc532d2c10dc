"""kestrelly: helpers of the kestrelly service."""
