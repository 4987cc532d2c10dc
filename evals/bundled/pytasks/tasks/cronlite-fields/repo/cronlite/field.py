"""One field of a cron expression (minute, hour, ...)."""


def _number(text: str, low: int, high: int) -> int:
    """One value within bounds."""
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")
    value = int(text)
    if not low <= value <= high:
        raise ValueError(f"{value} is outside {low}..{high}")
    return value


def parse_field(text: str, low: int, high: int) -> list[int]:
    """The sorted values matched by a field such as "*" or "1,15"."""
    values: set[int] = set()
    for part in text.split(","):
        if part == "*":
            values.update(range(low, high + 1))
        else:
            values.add(_number(part, low, high))
    return sorted(values)
