"""Bit sets."""

from bits.bitset import BitSet

__all__ = ["BitSet"]
