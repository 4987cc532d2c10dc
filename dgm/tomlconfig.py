"""Compatibility: the TOML-to-dataclass helpers live in ground.tomlconfig."""

from ground.tomlconfig import apply_override, coerce, from_table, lookup, parse_override

__all__ = ["apply_override", "coerce", "from_table", "lookup", "parse_override"]
