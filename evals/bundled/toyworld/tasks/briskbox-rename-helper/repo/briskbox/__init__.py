"""briskbox: helpers of the briskbox service."""
