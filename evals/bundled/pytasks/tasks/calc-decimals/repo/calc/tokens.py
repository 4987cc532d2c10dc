"""Splitting arithmetic into tokens."""

from dataclasses import dataclass

OPERATORS = "+-*/"


class TokenizeError(ValueError):
    """The text contains something that is not a token."""


@dataclass(frozen=True)
class Token:
    """A NUMBER (with its value) or an OP (with its symbol)."""

    kind: str
    value: object


def tokenize(text: str) -> list[Token]:
    """The tokens of `text`, whitespace skipped."""
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char.isdigit():
            start = i
            while i < len(text) and text[i].isdigit():
                i += 1
            tokens.append(Token("NUMBER", int(text[start:i])))
        elif char in OPERATORS:
            tokens.append(Token("OP", char))
            i += 1
        else:
            raise TokenizeError(f"unexpected character {char!r}")
    return tokens
