"""Version strings."""

from versions.semver import compare, latest, parse, sort_versions

__all__ = ["compare", "latest", "parse", "sort_versions"]
