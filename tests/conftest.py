"""Shared fixtures. Docker tests must fail, not skip, when the daemon is missing in CI."""
