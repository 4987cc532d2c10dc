"""maplebox: helpers of the maplebox service."""
