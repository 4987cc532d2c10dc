"""Normalizing POSIX paths without touching the file system."""


def normalize(path: str) -> str:
    """`path` with '.', '..' and duplicate slashes resolved."""
    absolute = path.startswith("/")
    parts: list[str] = []
    for part in path.strip("/").split("/"):
        if part == ".":
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    result = "/".join(parts)
    if absolute and parts and parts[0] != "..":
        result = "/" + result
    return result or ("/" if absolute else ".")


def join(*parts: str) -> str:
    """Join path parts; an absolute part discards what came before."""
    joined = ""
    for part in parts:
        if part.startswith("/"):
            joined = part
        elif joined and not joined.endswith("/"):
            joined += "/" + part
        else:
            joined += part
    return normalize(joined)
