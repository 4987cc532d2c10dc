"""Rendering rows as an aligned text table."""


def render_table(headers: list[str], rows: list[list[str]]) -> str:
    """Headers, a rule of dashes, then the rows; columns padded to fit."""
    rule = []
    for i, header in enumerate(headers):
        width = max([len(header)] + [len(row[i]) for row in rows])
        rule.append("-" * width)
    lines = [" | ".join(h.ljust(len(r)) for h, r in zip(headers, rule))]
    lines.append("-+-".join(rule))
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            width = len(headers[i])
            for other in rows:
                width = max(width, len(other[i]))
            cells.append(cell.ljust(width))
        lines.append(" | ".join(cells))
    return "\n".join(line.rstrip() for line in lines)
