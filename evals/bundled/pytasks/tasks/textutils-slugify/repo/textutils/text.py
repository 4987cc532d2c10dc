"""Shortening text for previews."""


def truncate(text: str, width: int, suffix: str = "...") -> str:
    """`text` cut to at most `width` characters, marked with `suffix` when cut."""
    if len(text) <= width:
        return text
    return text[: max(width - len(suffix), 0)] + suffix
