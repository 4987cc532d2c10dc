"""gableworks: helpers of the gableworks service."""
