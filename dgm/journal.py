"""The run journal: an append-only, fsynced JSONL log of what was started and finished."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dgm.rundir import drop_torn_tail

JOURNAL_VERSION = 1


@dataclass(frozen=True)
class Event:
    """One journal line: a kind, a timestamp and the facts about it."""

    kind: str
    at: float
    data: dict[str, Any] = field(default_factory=dict)
    v: int = JOURNAL_VERSION

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Event:
        return cls(kind=raw["kind"], at=raw["at"], data=raw.get("data", {}), v=raw.get("v", 1))


class Journal:
    """Appends events durably; reading skips a torn last line left by a crash."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, kind: str, at: float, **data: Any) -> Event:
        """Write one event and fsync it before returning."""
        event = Event(kind=kind, at=at, data=data)
        drop_torn_tail(self.path)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(event.to_json() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        return event

    def events(self) -> Iterator[Event]:
        """Every complete event in order."""
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                if not line.endswith("\n"):
                    return  # torn write at a crash: never acknowledged, so never happened
                yield Event.from_dict(json.loads(line))
