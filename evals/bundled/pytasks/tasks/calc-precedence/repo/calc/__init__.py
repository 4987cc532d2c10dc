"""A small calculator."""

from calc.evaluate import evaluate
from calc.tokens import tokenize

__all__ = ["evaluate", "tokenize"]
