"""ripplelib: helpers of the ripplelib service."""
