"""Parsing dates written in a few common formats."""

import re
from datetime import date

_DAY_FIRST = re.compile(r"^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$")


def parse_date(text: str) -> date:
    """A date from DD/MM/YYYY or DD.MM.YYYY."""
    match = _DAY_FIRST.match(text.strip())
    if not match:
        raise ValueError(f"unrecognised date: {text!r}")
    day, _, month, year = match.groups()
    return date(int(year), int(month), int(day))
