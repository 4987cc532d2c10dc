"""A run's sandboxed work on a Ray cluster (see README.md); `placement.py` is the Ray placement.

Importing this package imports neither ray nor docker; its modules do that inside functions.
"""
