"""Run-length encoding."""

from rle.codec import decode, encode

__all__ = ["decode", "encode"]
