"""Splitting and joining one line of CSV."""


def join_line(fields: list[str], delimiter: str = ",") -> str:
    """One CSV line; fields with delimiters, quotes or spaces at the ends are quoted."""
    out = []
    for field in fields:
        if delimiter in field or '"' in field or field != field.strip():
            field = '"' + field.replace('"', '""') + '"'
        out.append(field)
    return delimiter.join(out)


def split_line(line: str, delimiter: str = ",") -> list[str]:
    """The fields of one CSV line."""
    return line.split(delimiter)
