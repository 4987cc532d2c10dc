"""quartzbox: helpers of the quartzbox service."""
