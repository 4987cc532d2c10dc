"""The INI parser."""


class ParseError(ValueError):
    """The text is not valid INI."""


def parse(text: str) -> dict[str, dict[str, str]]:
    """Parse INI text into {section: {key: value}}."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            continue
        if "=" not in line:
            raise ParseError(f"line {number}: expected key = value")
        if current is None:
            raise ParseError(f"line {number}: key outside of a section")
        key, value = line.split("=", 1)
        current[key.strip()] = value.strip()
    return sections
