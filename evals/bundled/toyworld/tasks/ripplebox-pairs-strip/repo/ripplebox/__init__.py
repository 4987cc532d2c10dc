"""ripplebox: helpers of the ripplebox service."""
