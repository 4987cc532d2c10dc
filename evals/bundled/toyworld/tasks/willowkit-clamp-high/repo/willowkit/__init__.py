"""willowkit: helpers of the willowkit service."""
