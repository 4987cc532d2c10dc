"""What running a command in a sandbox produced: a record, and the capped output buffers."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from ground.jsontypes import JsonObject, dataclass_from

FORMAT_VERSION = 1
# The keys `dgm sandbox run --json` prints.
RESULT_KEYS = ("exit_code", "timed_out", "oom_killed", "stdout", "stderr", "truncated",
               "duration_s")


@dataclass
class ExecResult:
    """One command's outcome; exit_code is None when it did not end by itself (time limit)."""

    exit_code: int | None
    timed_out: bool
    oom_killed: bool
    stdout: str
    stderr: str
    truncated: bool
    duration_s: float
    format_version: int = FORMAT_VERSION

    @property
    def ok(self) -> bool:
        """The command ended by itself with status 0."""
        return self.exit_code == 0 and not self.timed_out

    def to_dict(self) -> JsonObject:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ExecResult:
        """Read what to_dict wrote; unknown keys are ignored."""
        return dataclass_from(cls, data)


class CappedBuffer:
    """Keeps the first and last bytes of a stream, at most `limit` in all, and counts the rest."""

    def __init__(self, limit: int) -> None:
        self.head_limit = limit // 4
        self.tail_limit = limit - self.head_limit
        self.head = bytearray()
        self.tail: deque[bytes] = deque()
        self.tail_size = 0
        self.total = 0

    def add(self, data: bytes) -> None:
        """Take a chunk of output."""
        self.total += len(data)
        room = self.head_limit - len(self.head)
        if room > 0:
            self.head += data[:room]
            data = data[room:]
        if data and self.tail_limit > 0:
            self.tail.append(data[-self.tail_limit:])
            self.tail_size += len(self.tail[-1])
            self._trim()

    def _trim(self) -> None:
        while self.tail_size - len(self.tail[0]) >= self.tail_limit:
            self.tail_size -= len(self.tail.popleft())
        excess = self.tail_size - self.tail_limit
        if excess > 0:
            self.tail[0] = self.tail[0][excess:]
            self.tail_size -= excess

    @property
    def dropped(self) -> int:
        """Bytes seen but not kept."""
        return self.total - len(self.head) - self.tail_size

    def text(self) -> str:
        """The kept output, with a marker where bytes were dropped."""
        middle = f"\n[... {self.dropped} bytes of output dropped ...]\n" if self.dropped else ""
        head = bytes(self.head).decode("utf-8", errors="replace")
        tail = b"".join(self.tail).decode("utf-8", errors="replace")
        return head + middle + tail
