"""A small calculator."""

from calc.evaluate import evaluate
from calc.tokens import Token, TokenizeError, tokenize

__all__ = ["Token", "TokenizeError", "evaluate", "tokenize"]
