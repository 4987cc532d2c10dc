"""recordings/<attempt>/<seq>.json: every exchange, with no credential in it."""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TypedDict

from ground.diskspace import disk_full_guard
from ground.jsontypes import Json, JsonObject, check_format, dataclass_from
from ground.noise import steady as steady  # re-exported: replay's masking

RECORDING_FORMAT = 1
REDACTED = "[redacted]"
# Request fields that may legitimately differ between a recorded exchange and its repeat.
IGNORED = ("model", "stream")
ABSENT = "<absent>"
ABANDONED = "abandoned-"  # recordings/<attempt>/abandoned-<k>/: set aside, never served


class RecordedError(TypedDict):
    """How a recorded exchange failed."""

    status: int  # the HTTP status the caller got
    type: str  # the Anthropic error type
    message: str


@dataclass
class Recording:
    """One exchange as the caller saw it: the request it sent and the answer it got."""

    run_id: str
    attempt_id: str
    seq: int  # 0, 1, 2, ... within the attempt, in the order requests arrived
    role: str
    provider: str
    model: str
    request: JsonObject  # the body the caller POSTed
    response: JsonObject | None = None  # the message answered, or None on error
    error: RecordedError | None = None  # when it failed
    task_id: str | None = None
    format: int = RECORDING_FORMAT

    def to_dict(self) -> JsonObject:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Recording:
        """Inverse of to_dict; refuses recordings of a newer format."""
        check_format(data, RECORDING_FORMAT, "recording")
        return dataclass_from(cls, data)


def attempt_dirname(attempt_id: str) -> str:
    """A safe directory name for an attempt id."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", attempt_id) or "_"


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret (of useful length) replaced."""
    for secret in secrets:
        if len(secret) >= 8:
            text = text.replace(secret, REDACTED)
    return text


class Recorder:
    """Writes recordings under `root`, numbering exchanges per attempt."""

    def __init__(self, root: Path, secrets: Callable[[], Iterable[str]]) -> None:
        self.root = root
        self._secrets = secrets
        self._next: dict[str, int] = {}
        self._lock = threading.Lock()
        root.mkdir(parents=True, exist_ok=True)

    def next_seq(self, attempt_id: str) -> int:
        """Reserve the next sequence number of `attempt_id` (continuing after earlier files)."""
        with self._lock:
            if attempt_id not in self._next:
                done = recording_files(self.root / attempt_dirname(attempt_id))
                self._next[attempt_id] = int(done[-1].stem) + 1 if done else 0
            seq = self._next[attempt_id]
            self._next[attempt_id] = seq + 1
            return seq

    def resume_at(self, attempt_id: str, seq: int) -> None:
        """Number the next exchange of `attempt_id` `seq` (after reusing an earlier session's)."""
        with self._lock:
            self._next[attempt_id] = seq

    def write(self, rec: Recording) -> Path:
        """Store `rec` atomically (temp file, fsync, rename), credentials scrubbed.

        DiskFull when the disk is full; then no file of it is left, whole or partial.
        """
        folder = self.root / attempt_dirname(rec.attempt_id)
        text = redact(json.dumps(rec.to_dict(), separators=(",", ":")), self._secrets())
        path = folder / f"{rec.seq:06d}.json"
        tmp = path.with_suffix(".tmp")
        with disk_full_guard(path):
            folder.mkdir(parents=True, exist_ok=True)
            try:
                with open(tmp, "w", encoding="utf-8") as f:
                    f.write(text)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        return path

    def adopt(self, rec: Recording) -> Path:
        """Store a recording a gateway elsewhere made; numbering goes on after it.

        A sequence number already taken means that gateway diverged from the recordings
        it was given from there on: they move into `abandoned-<k>/` first, as reuse does.
        """
        folder = self.root / attempt_dirname(rec.attempt_id)
        abandon([p for p in recording_files(folder) if int(p.stem) >= rec.seq])
        with self._lock:
            self._next[rec.attempt_id] = max(self._next.get(rec.attempt_id, 0), rec.seq + 1)
        return self.write(rec)


def abandon(paths: list[Path]) -> Path | None:
    """Move `paths` (one attempt's recordings) into a fresh `abandoned-<k>/` beside them.

    The last file moves first, so a crash part-way leaves an unbroken sequence in place.
    """
    if not paths:
        return None
    folder = paths[0].parent
    k = 0
    while (folder / f"{ABANDONED}{k}").exists():
        k += 1
    target = folder / f"{ABANDONED}{k}"
    target.mkdir()
    for path in reversed(paths):
        if path.exists():  # a failed earlier try may have moved some already
            os.replace(path, target / path.name)
    _fsync_dir(target)
    _fsync_dir(folder)
    return target


def _fsync_dir(folder: Path) -> None:
    """Make the renames in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def load_recordings(root: Path, attempt_id: str) -> list[Recording]:
    """The recordings of `attempt_id` under `root`, in sequence order."""
    folder = root / attempt_dirname(attempt_id)
    paths = recording_files(folder)
    return [Recording.from_dict(json.loads(p.read_text(encoding="utf-8"))) for p in paths]


def recording_files(folder: Path) -> list[Path]:
    """The recording files in `folder`, sorted by sequence number (subfolders are ignored)."""
    return sorted(folder.glob("[0-9]*.json")) if folder.is_dir() else []


def request_difference(recorded: Mapping[str, Json], got: Mapping[str, Json]) -> str | None:
    """The first difference between a recorded request and a new one, ignoring IGNORED."""
    return first_difference(_comparable(recorded), _comparable(got))


def matches_up_to_noise(recorded: JsonObject, got: JsonObject) -> bool:
    """Whether two requests differ at most in volatile tokens (timings, addresses)."""
    return request_difference(_steady_object(recorded), _steady_object(got)) is None


def _steady_object(value: Mapping[str, Json]) -> JsonObject:
    """`steady` of a JSON object, typed as one."""
    return {k: steady(v) for k, v in value.items()}


def _comparable(request: Mapping[str, Json]) -> JsonObject:
    """`request` without the fields replay ignores."""
    return {k: v for k, v in request.items() if k not in IGNORED}


def first_difference(recorded: Json, got: Json, path: str = "request") -> str | None:
    """The first place two JSON values differ, as 'path: recorded X, got Y', or None."""
    keys = difference_keys(recorded, got)
    if keys is None:
        return None
    a, b, where = value_at(recorded, keys), value_at(got, keys), path + keys_text(keys)
    if isinstance(a, list) and isinstance(b, list):
        return f"{where}: recorded {len(a)} items, got {len(b)}"
    return f"{where}: recorded {_show(a)}, got {_show(b)}"


def real_divergence(recorded: Mapping[str, Json], got: Mapping[str, Json],
                    ) -> tuple[str, Json, Json] | None:
    """Where a request departs from the recorded one beyond noise: field, both whole values."""
    mine, theirs = _comparable(recorded), _comparable(got)
    keys = difference_keys(steady(mine), steady(theirs))
    if keys is None:
        return None
    return "request" + keys_text(keys), value_at(mine, keys), value_at(theirs, keys)


def difference_keys(recorded: Json, got: Json) -> list[str | int] | None:
    """The keys and indexes down to the first place two JSON values differ, or None."""
    if isinstance(recorded, dict) and isinstance(got, dict):
        for key in [*recorded, *(k for k in got if k not in recorded)]:
            below = difference_keys(recorded.get(key, ABSENT), got.get(key, ABSENT))
            if below is not None:
                return [key, *below]
        return None
    if isinstance(recorded, list) and isinstance(got, list):
        for i, (a, b) in enumerate(zip(recorded, got, strict=False)):
            below = difference_keys(a, b)
            if below is not None:
                return [i, *below]
        return [] if len(recorded) != len(got) else None
    return [] if recorded != got or type(recorded) is not type(got) else None


def value_at(value: Json, keys: list[str | int]) -> Json:
    """The part of a JSON value the keys lead to (ABSENT where there is none)."""
    for key in keys:
        if isinstance(value, dict) and isinstance(key, str):
            value = value.get(key, ABSENT)
        elif isinstance(value, list) and isinstance(key, int) and key < len(value):
            value = value[key]
        else:
            return ABSENT
    return value


def keys_text(keys: list[str | int]) -> str:
    """'.messages[0].content' for ['messages', 0, 'content']."""
    return "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys)


def _show(value: Json) -> str:
    """A short printable form of a JSON value."""
    text = value if value == ABSENT else repr(value)
    return text if len(text) <= 120 else text[:117] + "..."
