"""Page selections such as "1-3,5"."""


def parse_pages(text: str) -> list[int]:
    """Sorted unique page numbers from a comma-separated list."""
    pages = set()
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit() or int(part) < 1:
            raise ValueError(f"not a page: {part!r}")
        pages.add(int(part))
    return sorted(pages)


def format_pages(pages: list[int]) -> str:
    """The shortest selection string for sorted unique `pages`."""
    runs: list[list[int]] = []
    for page in pages:
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    return ",".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
