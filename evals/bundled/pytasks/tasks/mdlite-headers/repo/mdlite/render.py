"""Rendering Markdown text to HTML."""

import html


def _paragraph(lines: list[str]) -> str:
    """One <p> block from consecutive text lines."""
    return "<p>" + html.escape(" ".join(line.strip() for line in lines)) + "</p>"


def render(text: str) -> str:
    """HTML for `text`: blank lines separate paragraphs."""
    blocks: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            blocks.append(_paragraph(lines))
            lines = []
    if lines:
        blocks.append(_paragraph(lines))
    return "\n".join(blocks)
