"""zephyrbox: helpers of the zephyrbox service."""
