"""Formatting seconds as hours, minutes and seconds."""


def format_duration(seconds: int) -> str:
    """Like "2h 5m 7s", leaving out zero parts."""
    if seconds < 0:
        raise ValueError("duration must not be negative")
    hours = seconds // 3600
    minutes = seconds // 60
    secs = seconds % 60
    parts = [f"{n}{unit}" for n, unit in ((hours, "h"), (minutes, "m"), (secs, "s")) if n]
    return " ".join(parts) or "0s"
