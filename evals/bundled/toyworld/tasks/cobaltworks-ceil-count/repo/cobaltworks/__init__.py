"""cobaltworks: helpers of the cobaltworks service."""
