"""Tokens are runs of letters, digits and underscores, lowercased."""

import re

_TOKEN = re.compile(r"\w+")


def tokenize(text: str) -> list[str]:
    """All tokens of `text`, in order."""
    tokens: list[str] = []
    for line in text.splitlines():
        for match in _TOKEN.finditer(line):
            tokens.append(match.group().lower())
    return tokens
