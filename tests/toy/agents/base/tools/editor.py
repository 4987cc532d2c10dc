"""The editor tool: view, create and edit files by exact string replacement or insertion."""

from __future__ import annotations

from pathlib import Path

SCHEMA = {
    "name": "editor",
    "description": (
        "View, create and edit files. Paths are relative to the repository (the current "
        "directory) or absolute. Commands:\n"
        "- view: show a file with line numbers (optionally only view_range [first, last]), "
        "or list a directory two levels deep\n"
        "- create: write file_text to path (replacing the file if it exists)\n"
        "- str_replace: replace old_str, which must occur exactly once in the file, by new_str\n"
        "- insert: insert new_str after line insert_line (0 inserts at the top)"
    ),
    "input_schema": {
        "type": "object",
        "properties": {
            "command": {"type": "string", "enum": ["view", "create", "str_replace", "insert"]},
            "path": {"type": "string"},
            "file_text": {"type": "string", "description": "content for create"},
            "old_str": {"type": "string", "description": "exact text to replace"},
            "new_str": {"type": "string", "description": "replacement or inserted text"},
            "insert_line": {"type": "integer", "description": "line after which to insert"},
            "view_range": {"type": "array", "items": {"type": "integer"}},
        },
        "required": ["command", "path"],
    },
}


def view(path: Path, view_range: list[int] | None = None) -> str:
    """A file with line numbers, or a directory listing."""
    if path.is_dir():
        entries = [p for p in sorted(path.glob("*")) + sorted(path.glob("*/*"))
                   if not any(part.startswith(".") for part in p.relative_to(path).parts)]
        return "\n".join(str(p.relative_to(path)) + ("/" if p.is_dir() else "") for p in entries)
    lines = path.read_text(encoding="utf-8").splitlines()
    first, last = view_range or (1, len(lines))
    last = len(lines) if last == -1 else last
    return "\n".join(f"{n:6}\t{lines[n - 1]}" for n in range(max(first, 1), last + 1)
                     if n <= len(lines))


def create(path: Path, file_text: str) -> str:
    """Write a whole file, creating its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(file_text, encoding="utf-8")
    return f"created {path}"


def str_replace(path: Path, old_str: str, new_str: str) -> str:
    """Replace the one occurrence of old_str."""
    text = path.read_text(encoding="utf-8")
    count = text.count(old_str)
    if count != 1:
        raise ValueError(f"old_str must occur exactly once in {path}, found {count} times")
    path.write_text(text.replace(old_str, new_str), encoding="utf-8")
    return f"edited {path}"


def insert(path: Path, insert_line: int, new_str: str) -> str:
    """Insert text after a line (0 = at the top)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if not 0 <= insert_line <= len(lines):
        raise ValueError(f"insert_line must be between 0 and {len(lines)}")
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    text = new_str if new_str.endswith("\n") else new_str + "\n"
    lines.insert(insert_line, text)
    path.write_text("".join(lines), encoding="utf-8")
    return f"inserted {len(text.splitlines())} lines after line {insert_line} of {path}"


def run(command: str, path: str, file_text: str | None = None, old_str: str | None = None,
        new_str: str | None = None, insert_line: int | None = None,
        view_range: list[int] | None = None) -> str:
    """Dispatch one editor command."""
    target = Path(path)
    if command == "view":
        return view(target, view_range)
    if command == "create":
        return create(target, file_text or "")
    if command == "str_replace":
        return str_replace(target, old_str or "", new_str or "")
    if command == "insert":
        return insert(target, int(insert_line or 0), new_str or "")
    raise ValueError(f"unknown command {command!r}; use view, create, str_replace or insert")
