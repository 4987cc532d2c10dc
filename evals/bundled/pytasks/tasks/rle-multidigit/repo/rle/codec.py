"""Encode runs of a character as <count><char>."""

from itertools import groupby


def encode(text: str) -> str:
    """Run-length encode `text` (which must not contain digits)."""
    if any(char.isdigit() for char in text):
        raise ValueError("text must not contain digits")
    return "".join(f"{len(list(run))}{char}" for char, run in groupby(text))


def decode(encoded: str) -> str:
    """Expand <count><char> pairs back into text."""
    out = []
    for i in range(0, len(encoded), 2):
        count, char = encoded[i], encoded[i + 1:i + 2]
        if not count.isdigit() or not char:
            raise ValueError(f"malformed input at {i}")
        out.append(char * int(count))
    return "".join(out)
