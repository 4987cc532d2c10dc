"""nimbuslib: helpers of the nimbuslib service."""
