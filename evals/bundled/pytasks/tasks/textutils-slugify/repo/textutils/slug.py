"""Turn titles into URL slugs."""

import re
import unicodedata


def slugify(text: str, separator: str = "-") -> str:
    """Lowercase ASCII slug of `text`, words joined by `separator`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", separator, ascii_text.lower())
