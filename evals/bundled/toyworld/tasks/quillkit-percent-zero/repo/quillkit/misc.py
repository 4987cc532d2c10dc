"""quillkit.misc: helpers of the quillkit service."""

from __future__ import annotations


def is_blank(text: str) -> bool:
    """Whether `text` holds nothing but whitespace."""
    return not text.strip()


def initials(name: str) -> str:
    """The upper-case first letters of the parts of `name`."""
    return "".join(part[0].upper() for part in name.split())
