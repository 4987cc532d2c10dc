"""nimbuskit: helpers of the nimbuskit service."""
