"""nimbusworks: helpers of the nimbusworks service."""
