"""A run's sandboxed work on a Ray cluster (see README.md); `executor.py` is the Ray executor.

Importing this package imports neither ray nor docker; its modules do that inside functions.
"""
