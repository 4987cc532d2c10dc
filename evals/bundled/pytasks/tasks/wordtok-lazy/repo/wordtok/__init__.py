"""Word tokenization."""

from wordtok.tokenize import tokenize

__all__ = ["tokenize"]
