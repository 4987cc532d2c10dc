"""Darwin Gödel Machine: an archive of coding agents that rewrite themselves.

Importing this package is cheap: docker, anthropic and ray are only imported by
the adapter modules that need them.
"""

__version__ = "0.1.0"
