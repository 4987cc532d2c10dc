"""maplelib: helpers of the maplelib service."""
