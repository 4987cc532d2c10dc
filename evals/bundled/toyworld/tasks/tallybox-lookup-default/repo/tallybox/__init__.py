"""tallybox: helpers of the tallybox service."""
