"""zephyrkit: helpers of the zephyrkit service."""
