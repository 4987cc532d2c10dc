"""Print a result the way the zephyrbox log shows it, to check a call by hand."""


def show(value: object) -> None:
    """Print `value` as the log line shows it."""
    state = "empty" if value is None else "set"
    print(f"zephyrbox: {type(value).__name__} result ({state})")
