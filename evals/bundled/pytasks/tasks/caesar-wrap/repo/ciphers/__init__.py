"""Classical ciphers."""

from ciphers.caesar import decode, encode

__all__ = ["decode", "encode"]
