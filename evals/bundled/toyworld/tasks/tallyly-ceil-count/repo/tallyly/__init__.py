"""tallyly: helpers of the tallyly service."""
