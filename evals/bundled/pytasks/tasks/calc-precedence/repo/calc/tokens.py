"""Splitting arithmetic into tokens: ints, operators and parentheses."""

import re

_TOKEN = re.compile(r"\s*(?:(\d+)|(.))")


def tokenize(text: str) -> list[int | str]:
    """Ints for numbers, one-character strings for + - * / ( )."""
    tokens: list[int | str] = []
    for number, other in _TOKEN.findall(text):
        if number:
            tokens.append(int(number))
        elif other in "+-*/()":
            tokens.append(other)
        elif not other.isspace():
            raise ValueError(f"unexpected character {other!r}")
    return tokens
