"""rippleworks: helpers of the rippleworks service."""
