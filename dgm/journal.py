"""The run journal: an append-only, fsynced JSONL log of what was started and finished."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dgm.rundir import append_line, drop_torn_tail
from ground.diskspace import disk_full_guard
from ground.errors import RunError
from ground.jsontypes import JsonLike

JOURNAL_VERSION = 1


@dataclass(frozen=True)
class Event:
    """One journal line: a kind, a timestamp and the facts about it."""

    kind: str
    at: float
    data: Mapping[str, JsonLike] = field(default_factory=dict)
    v: int = JOURNAL_VERSION

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_dict(cls, raw: Mapping[str, object]) -> Event:
        """The event a journal line holds; KeyError or TypeError when it holds none."""
        kind, at, data, v = raw["kind"], raw["at"], raw.get("data", {}), raw.get("v", 1)
        if not (isinstance(kind, str) and isinstance(at, int | float) and isinstance(data, dict)
                and isinstance(v, int)):
            raise TypeError("not a journal event")
        return cls(kind=kind, at=at, data=data, v=v)


class Journal:
    """Appends events durably; reading skips a torn last line left by a crash."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, kind: str, at: float, **data: JsonLike) -> Event:
        """Write one event and fsync it before returning; DiskFull when the disk is full.

        A failed append leaves the journal as it was: what it wrote of the line is cut off
        (or, if even that fails, dropped as a torn tail by the next append).
        """
        event = Event(kind=kind, at=at, data=data)
        with disk_full_guard(self.path):
            drop_torn_tail(self.path)
            append_line(self.path, (event.to_json() + "\n").encode())
        return event

    def events(self) -> Iterator[Event]:
        """Every complete event in order; RunError naming the line if one is damaged."""
        for number, line in self._lines():
            event = _parse(line)
            if event is None:
                raise damaged(self.path, number)
            yield event

    def read_tolerant(self) -> tuple[list[Event], list[str]]:
        """Every readable event, and one warning per damaged line (for read-only views)."""
        events, warnings = [], []
        for number, line in self._lines():
            event = _parse(line)
            if event is None:
                warnings.append(str(damaged(self.path, number)))
            else:
                events.append(event)
        return events, warnings

    def _lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) of each complete line; a torn last line is not one."""
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8", errors="replace") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.endswith("\n"):
                    return  # torn write at a crash: never acknowledged, so never happened
                if line.strip():
                    yield number, line


def _parse(line: str) -> Event | None:
    """One event from a journal line, or None when the line is not a valid event."""
    try:
        return Event.from_dict(json.loads(line))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def damaged(path: Path, number: int) -> RunError:
    """The error for a complete journal line that is not a valid event."""
    return RunError(f"{path} line {number} is damaged (not a journal event)",
                    f"open the file, fix or delete line {number} (one JSON event per line), "
                    "then retry")
