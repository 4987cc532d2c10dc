"""The meta agent's own modules (see README.md here)."""
