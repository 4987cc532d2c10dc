"""Sandboxes started ahead of need and removed behind it, for a batch of similar runs.

Each `open` still gets a fresh container that nothing has run in: while one task runs, the
container its successor will get is created and started in the background, and a finished
task's container is removed in the background too. Only as many spares are made as the
batch is expected to open; none outlive the batch.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import TYPE_CHECKING

from ground.phases import phase
from sandbox.cleanup import shielded
from sandbox.client import connect
from sandbox.config import Mount, SandboxConfig
from sandbox.container import Sandbox, start_sandbox

if TYPE_CHECKING:
    from docker import DockerClient

# A spare's lifetime beyond the one asked for: how long it may wait for its task. One that
# waited longer is removed unused (each task needs its whole lifetime left).
SPARE_SLACK_S = 600.0
BACKGROUND_THREADS = 2


@dataclass(frozen=True)
class Request:
    """What a sandbox is opened with; a spare serves only an identical request."""

    config: SandboxConfig = field(compare=False)
    settings: str  # the config's fields, compared in its place (a config is mutable)
    image: str | None
    mounts: tuple[Mount, ...]
    run_id: str
    labels: tuple[tuple[str, str], ...]


class Prepared:
    """Opens sandboxes like open_sandbox, with spares made ahead and removals behind.

    `expected` is how many sandboxes of one kind the batch opens at most (its task count):
    no spare is made beyond it. Use it as a context manager; leaving it removes the spares
    and waits for the removals.
    """

    def __init__(self, expected: int, client: DockerClient | None = None,
                 slack_s: float = SPARE_SLACK_S) -> None:
        self.expected = expected
        self.slack_s = slack_s  # a spare's lifetime beyond the one asked for
        self._client = client
        self._own_client = client is None
        self._lock = threading.Lock()
        self._opened: Counter[Request] = Counter()
        self._spares: dict[Request, list[Future[Sandbox]]] = {}
        self._removals: list[Future[None]] = []
        self._background = ThreadPoolExecutor(BACKGROUND_THREADS, "dgm-sandbox-prep")

    def __enter__(self) -> Prepared:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        shielded(self.close)

    @contextmanager
    def open(self, config: SandboxConfig, *, image: str | None = None,
             mounts: Sequence[Mount] = (), run_id: str = "adhoc",
             labels: dict[str, str] | None = None) -> Iterator[Sandbox]:
        """A started, never-used sandbox for this request, removed (in the background) after
        the block; a spare for the next identical request is started meanwhile."""
        request = Request(config, repr(config), image, tuple(mounts), run_id,
                          tuple(sorted((labels or {}).items())))
        sandbox = self._take(request) or start_sandbox(
            self._docker(), config, image=image, mounts=mounts, run_id=run_id, labels=labels)
        self._prepare(request)
        try:
            yield sandbox
        finally:
            self._remove(sandbox)

    def close(self) -> None:
        """Remove every spare and wait for all removals; the pool is then done."""
        with self._lock:
            spares = [f for futures in self._spares.values() for f in futures]
            self._spares.clear()
        for future in spares:
            if not future.cancel():
                sandbox = _result(future)
                if sandbox is not None:
                    self._remove(sandbox)
        for removal in list(self._removals):
            removal.result()
        self._background.shutdown(wait=True)
        if self._own_client and self._client is not None:
            self._client.close()

    def _docker(self) -> DockerClient:
        """The client, connected on first use (a batch run elsewhere never needs one)."""
        with self._lock:
            if self._client is None:
                self._client = connect()
            return self._client

    def _take(self, request: Request) -> Sandbox | None:
        """A spare for `request` with its whole lifetime left (waiting for it if it is still
        starting), or None: then the caller starts one itself."""
        with self._lock:
            futures = self._spares.get(request)
            future = futures.pop(0) if futures else None
        if future is None:
            return None
        with phase("sandbox wait"):
            sandbox = _result(future)
        if sandbox is not None and sandbox.ends_at - time.time() < request.config.lifetime_s:
            self._remove(sandbox)  # it waited too long: it would end before the task does
            return None
        return sandbox

    def _prepare(self, request: Request) -> None:
        """Start a spare for the next identical request, unless the batch has no more."""
        client = self._docker()
        with self._lock:
            self._opened[request] += 1
            waiting = len(self._spares.get(request, []))
            if self._opened[request] + waiting >= self.expected:
                return
            config = replace(request.config,
                             lifetime_s=request.config.lifetime_s + self.slack_s)
            future = self._background.submit(
                start_sandbox, client, config, image=request.image,
                mounts=request.mounts, run_id=request.run_id, labels=dict(request.labels))
            self._spares.setdefault(request, []).append(future)

    def _remove(self, sandbox: Sandbox) -> None:
        """Remove `sandbox` in the background (gc finds it if this process dies first)."""
        with self._lock:
            self._removals.append(self._background.submit(shielded, sandbox.close))


def _result(future: Future[Sandbox]) -> Sandbox | None:
    """The spare a background start made, or None when it failed (the caller's own start
    then meets the same failure and reports it)."""
    try:
        return future.result()
    except Exception:
        return None
