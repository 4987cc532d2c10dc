"""One exchange: budget check, routing, retries, metering, recording; and interruptions.

A provider that stays down past the retry time budget, or a full disk, interrupts the
gateway: the exchange that met it fails, and every later request is refused at once.
"""

from __future__ import annotations

import copy
import itertools
import json
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from dgm.gateway.budgets import Budgets
from dgm.gateway.caching import BREAKPOINT_PROVIDERS, place_breakpoints
from dgm.gateway.config import GatewayConfig
from dgm.gateway.errors import ProviderError, Refused, ResponseDropped
from dgm.gateway.ledger import (
    BILLED,
    POSSIBLY_BILLED,
    Ledger,
    UsageEntry,
    cost_usd,
    dropped_counts,
    usage_counts,
)
from dgm.gateway.outage import WaitBoard, duration, short_error
from dgm.gateway.recordings import Recorder, Recording, redact
from dgm.gateway.retry import Timing, call_with_retries
from dgm.gateway.reuse import Reuser
from dgm.gateway.settings import Route
from ground.context import CallContext
from ground.errors import DiskFull, ProviderUnavailable, RunInterrupted
from ground.jsontypes import Json, JsonObject
from ground.provider import Provider

log = logging.getLogger("dgm.gateway")
T = TypeVar("T")


class Tap(Protocol):
    """An outside party told of every exchange (a cluster's run-wide budget and ledger)."""

    def check(self, context: CallContext) -> None:
        """Raise BudgetExceeded when a budget kept elsewhere is spent."""

    def record(self, entry: UsageEntry, recording: Recording | None) -> None:
        """An exchange was accounted here (recording None: nothing new recorded, as for a
        reused exchange or an answer lost before a retry)."""


@dataclass
class Outcome:
    """How one exchange ended, for the ledger and the recording."""

    response: JsonObject | None
    error: ProviderError | None
    retries: int
    latency_s: float


class Dispatcher:
    """Runs exchanges against the providers and accounts for each one."""

    def __init__(
        self,
        config: GatewayConfig,
        providers: dict[str, Provider],
        ledger: Ledger,
        budgets: Budgets,
        recorder: Recorder,
        board: WaitBoard,
        timing: Timing | None = None,
    ) -> None:
        self.config = config
        self.providers = providers
        self.ledger = ledger
        self.budgets = budgets
        self.recorder = recorder
        self.board = board
        self.reuser = Reuser(recorder) if config.reuse_recordings else None
        self.tap: Tap | None = None
        self.limits = {
            name: threading.BoundedSemaphore(config.settings(name).concurrency)
            for name in providers
        }
        timing = timing or Timing()
        self.clock = timing.clock
        self._stop = threading.Event()
        self.sleep = timing.sleep or self._stop.wait  # a backoff ends early on interruption
        self.rng = timing.rng or random.Random()
        self.interrupted: RunInterrupted | None = None
        self._calls = itertools.count()
        self._lock = threading.Lock()

    def interrupt(self, cause: RunInterrupted) -> None:
        """Answer nothing from now on; the first cause is the one kept."""
        with self._lock:
            if self.interrupted is None:
                log.info("model gateway interrupted: %s", cause.message)
                self.interrupted = cause
        self._stop.set()

    def run(self, request: JsonObject, context: CallContext) -> JsonObject:
        """Answer `request` for `context`; raise BudgetExceeded or ProviderError.

        An exchange an earlier session already paid for and recorded is answered from its
        recording, free and without a budget check (see reuse.py). Once interrupted, every
        request is Refused without reaching a provider or the ledger.
        """
        if self.interrupted is not None:
            raise Refused(self.interrupted)
        route = self.config.route(context.role)
        reused = self.reuser.take(request, context, route) if self.reuser else None
        if reused is not None:
            return self._serve_reused(reused, context, route)
        self.budgets.check(context.run_id, context.attempt_id, context.role)
        if self.tap is not None:
            self.tap.check(context)
        seq = self.recorder.next_seq(context.attempt_id)
        forwarded = self._forwarded(request, context, route)
        watch = CallWatch(self, route.provider, request, context, seq)
        outcome = self._call(route.provider, forwarded, context, watch)
        self._account(request, context, seq, outcome)
        if outcome.error is not None:
            raise outcome.error
        assert outcome.response is not None
        return outcome.response

    def _forwarded(self, request: JsonObject, context: CallContext, route: Route) -> JsonObject:
        """What the provider gets: a copy with the routed model and, by `prompt_cache`, cache
        breakpoints. The recording keeps `request` as the caller sent it, so replay and
        reuse compare what the agent asked, whether or not breakpoints were added."""
        forwarded = copy.deepcopy(request)
        forwarded.pop("stream", None)
        forwarded["model"] = route.model
        auto = self.config.prompt_cache_for(context.role) == "auto"
        if auto and route.provider in BREAKPOINT_PROVIDERS:
            place_breakpoints(forwarded)
        return forwarded

    def _call(
        self, name: str, request: JsonObject, context: CallContext, watch: CallWatch
    ) -> Outcome:
        """Call provider `name` with retries; every failure is captured in the Outcome.

        A retryable fault that outlasts the retry budget interrupts the gateway.
        """
        provider = self.providers[name]
        answered = False
        try:
            response, retries = call_with_retries(
                lambda: _checked(provider.complete(request, context), name),
                self.config.retry, limit=self.limits[name], sleep=self.sleep,
                clock=self.clock, rng=self.rng, watch=watch,
                stopped=lambda: self.interrupted is not None,
            )
            answered = True
            return Outcome(response, None, retries, watch.latency())
        except ProviderError as error:
            error.message = redact(error.message, self.secrets())  # an upstream may echo a key
            if error.retryable:
                self.interrupt(watch.gave_up(error))
            return Outcome(None, error, error.retries, watch.latency())
        except Exception as exc:  # a provider bug answers 500 instead of killing the server
            log.exception("provider %r failed", name)
            failure = ProviderError(500, f"provider '{name}' failed: {type(exc).__name__}: {exc}")
            return Outcome(None, failure, 0, watch.latency())
        finally:
            self.board.ended(watch.key, answered)

    def _serve_reused(self, rec: Recording, context: CallContext, route: Route) -> JsonObject:
        """Bill a reused exchange at nothing (its recording stays as it is) and answer it."""
        entry = UsageEntry(
            run_id=context.run_id, attempt_id=context.attempt_id, role=context.role,
            provider=route.provider, model=route.model, seq=rec.seq, task_id=context.task_id,
            time=self.clock(), reused=True,
        )
        self.budgets.add(entry)
        self._durably(lambda: self.ledger.append(entry))
        if self.tap is not None:
            self.tap.record(entry, None)
        assert rec.response is not None
        return rec.response

    def _account(
        self, request: JsonObject, context: CallContext, seq: int, outcome: Outcome
    ) -> None:
        """Write the ledger entry, count the usage, then write the recording.

        Ledger first: a crash in between can make an exchange paid twice (it was: its
        answer was lost), never recorded (and so reusable for free) but unbilled. A full
        disk interrupts the gateway and fails the exchange (its usage still counts here).
        """
        entry = self._entry(request, context, seq, outcome)
        self.budgets.add(entry)
        self._durably(lambda: self.ledger.append(entry))
        route = self.config.route(context.role)
        error = outcome.error
        recording = Recording(
            run_id=context.run_id, attempt_id=context.attempt_id, seq=seq, role=context.role,
            provider=route.provider, model=route.model, request=request,
            response=outcome.response, task_id=context.task_id,
            error={"status": error.status, "type": error.error_type, "message": error.message}
            if error else None,
        )
        path = self._durably(lambda: self.recorder.write(recording))
        if self.tap is not None:  # the recording as written: credentials scrubbed
            self.tap.record(entry, Recording.from_dict(json.loads(path.read_text("utf-8"))))

    def bill_dropped(
        self, request: JsonObject, context: CallContext, seq: int, outcome: Outcome
    ) -> None:
        """Account a try whose answer was lost mid-way before the exchange retries it."""
        entry = self._entry(request, context, seq, outcome)
        self.budgets.add(entry)
        try:
            self._durably(lambda: self.ledger.append(entry))
        except Refused:
            return  # interrupted: the exchange ends at its next step
        if self.tap is not None:
            self.tap.record(entry, None)

    def _durably(self, write: Callable[[], T]) -> T:
        """`write()`; a full disk interrupts the gateway and is Refused to the caller."""
        try:
            return write()
        except DiskFull as exc:
            self.interrupt(exc)
            raise Refused(exc) from exc

    def _entry(
        self, request: JsonObject, context: CallContext, seq: int, outcome: Outcome
    ) -> UsageEntry:
        """The ledger entry of one exchange (or lost answer), priced from the config."""
        route = self.config.route(context.role)
        error = outcome.error
        if isinstance(error, ResponseDropped):
            counts = dropped_counts(request, error.partial_usage, error.received_chars)
        else:
            counts = usage_counts(_usage(outcome.response))
        billed = self.providers[route.provider].billed
        usd = cost_usd(counts, self.config.price(route.model)) if billed else 0.0
        return UsageEntry(
            run_id=context.run_id, attempt_id=context.attempt_id, role=context.role,
            provider=route.provider, model=route.model, seq=seq, task_id=context.task_id,
            usd=usd, latency_s=round(outcome.latency_s, 6), retries=outcome.retries,
            status=error.status if error else 200,
            error=error.message if error else None, time=self.clock(),
            billing=POSSIBLY_BILLED if isinstance(error, ResponseDropped) else BILLED, **counts,
        )

    def secrets(self) -> list[str]:
        """Provider credentials, to keep them out of anything written."""
        found: list[str] = []
        for provider in self.providers.values():
            found.extend(provider.secrets())
        return found


class CallWatch:
    """One exchange's retried faults: shown while it waits, a lost answer billed."""

    def __init__(
        self, owner: Dispatcher, provider: str, request: JsonObject, context: CallContext,
        seq: int,
    ) -> None:
        self.owner = owner
        self.provider = provider
        self.request = request
        self.context = context
        self.seq = seq
        self.key = next(owner._calls)
        self.since = owner.clock()
        self.start = time.monotonic()

    def fault(self, error: ProviderError, deadline: float) -> None:
        """`error` will be retried: show the wait, and bill the try if its answer was lost."""
        error.message = redact(error.message, self.owner.secrets())
        self.owner.board.waiting(self.key, self.provider, self.since, deadline, error.message)
        if isinstance(error, ResponseDropped):
            outcome = Outcome(None, error, error.retries, self.latency())
            self.owner.bill_dropped(self.request, self.context, self.seq, outcome)

    def gave_up(self, error: ProviderError) -> ProviderUnavailable:
        """The interruption of a provider that kept failing until the retry budget ran out."""
        tried = duration(self.owner.clock() - self.since)
        return ProviderUnavailable(
            f"provider '{self.provider}' kept failing for {tried} "
            f"({error.retries} retries; last: {short_error(error.message)})",
            "check the provider's status, then `dgm run --resume` re-runs the interrupted work",
        )

    def latency(self) -> float:
        """Seconds since the exchange started."""
        return time.monotonic() - self.start


def _checked(response: object, name: str) -> JsonObject:
    """`response` if it looks like a Messages response, else a ProviderError."""
    if not isinstance(response, dict) or not isinstance(response.get("content"), list):
        raise ProviderError(502, f"provider '{name}' answered something that is not a message")
    return response


def _usage(response: JsonObject | None) -> dict[str, Json]:
    """The `usage` object of a response ({} when there is none)."""
    usage = (response or {}).get("usage") or {}
    if not isinstance(usage, dict):
        raise TypeError(f"a response's usage is not an object: {usage!r}")
    return usage
