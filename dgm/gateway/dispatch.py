"""One exchange: budget check, routing, retries, metering, recording."""

from __future__ import annotations

import copy
import json
import logging
import threading
import time
from dataclasses import dataclass
from typing import Protocol

from dgm.gateway.budgets import Budgets
from dgm.gateway.config import GatewayConfig
from dgm.gateway.errors import ProviderError
from dgm.gateway.ledger import Ledger, UsageEntry, cost_usd, usage_counts
from dgm.gateway.recordings import Recorder, Recording, redact
from dgm.gateway.retry import call_with_retries
from dgm.gateway.reuse import Reuser
from dgm.gateway.settings import Route
from ground.context import CallContext
from ground.jsontypes import Json, JsonObject
from ground.provider import Provider

log = logging.getLogger("dgm.gateway")


class Tap(Protocol):
    """An outside party told of every exchange (a cluster's run-wide budget and ledger)."""

    def check(self, context: CallContext) -> None:
        """Raise BudgetExceeded when a budget kept elsewhere is spent."""

    def record(self, entry: UsageEntry, recording: Recording | None) -> None:
        """An exchange was accounted here (recording None: reused, nothing new recorded)."""


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
    ) -> None:
        self.config = config
        self.providers = providers
        self.ledger = ledger
        self.budgets = budgets
        self.recorder = recorder
        self.reuser = Reuser(recorder) if config.reuse_recordings else None
        self.tap: Tap | None = None
        self.limits = {
            name: threading.BoundedSemaphore(config.settings(name).concurrency)
            for name in providers
        }

    def run(self, request: JsonObject, context: CallContext) -> JsonObject:
        """Answer `request` for `context`; raise BudgetExceeded or ProviderError.

        An exchange an earlier session already paid for and recorded is answered from its
        recording, free and without a budget check (see reuse.py).
        """
        route = self.config.route(context.role)
        reused = self.reuser.take(request, context, route) if self.reuser else None
        if reused is not None:
            return self._serve_reused(reused, context, route)
        self.budgets.check(context.run_id, context.attempt_id)
        if self.tap is not None:
            self.tap.check(context)
        seq = self.recorder.next_seq(context.attempt_id)
        forwarded = copy.deepcopy(request)
        forwarded.pop("stream", None)
        forwarded["model"] = route.model
        outcome = self._call(route.provider, forwarded, context)
        self._account(request, context, seq, outcome)
        if outcome.error is not None:
            raise outcome.error
        assert outcome.response is not None
        return outcome.response

    def _call(self, name: str, request: JsonObject, context: CallContext) -> Outcome:
        """Call provider `name` with retries; every failure is captured in the Outcome."""
        provider = self.providers[name]
        start = time.monotonic()
        try:
            response, retries = call_with_retries(
                lambda: _checked(provider.complete(request, context), name),
                self.config.retry,
                limit=self.limits[name],
            )
            return Outcome(response, None, retries, time.monotonic() - start)
        except ProviderError as error:
            error.message = redact(error.message, self.secrets())  # an upstream may echo a key
            return Outcome(None, error, error.retries, time.monotonic() - start)
        except Exception as exc:  # a provider bug answers 500 instead of killing the server
            log.exception("provider %r failed", name)
            failure = ProviderError(500, f"provider '{name}' failed: {type(exc).__name__}: {exc}")
            return Outcome(None, failure, 0, time.monotonic() - start)

    def _serve_reused(self, rec: Recording, context: CallContext, route: Route) -> JsonObject:
        """Bill a reused exchange at nothing (its recording stays as it is) and answer it."""
        entry = UsageEntry(
            run_id=context.run_id, attempt_id=context.attempt_id, role=context.role,
            provider=route.provider, model=route.model, seq=rec.seq, task_id=context.task_id,
            time=time.time(), reused=True,
        )
        self.ledger.append(entry)
        self.budgets.add(entry)
        if self.tap is not None:
            self.tap.record(entry, None)
        assert rec.response is not None
        return rec.response

    def _account(
        self, request: JsonObject, context: CallContext, seq: int, outcome: Outcome
    ) -> None:
        """Write the ledger entry, count the usage, then write the recording.

        Ledger first: a crash in between can make an exchange paid twice (it was: its
        answer was lost), never recorded (and so reusable for free) but unbilled.
        """
        entry = self._entry(context, seq, outcome)
        self.ledger.append(entry)
        self.budgets.add(entry)
        route = self.config.route(context.role)
        error = outcome.error
        recording = Recording(
            run_id=context.run_id, attempt_id=context.attempt_id, seq=seq, role=context.role,
            provider=route.provider, model=route.model, request=request,
            response=outcome.response, task_id=context.task_id,
            error={"status": error.status, "type": error.error_type, "message": error.message}
            if error else None,
        )
        path = self.recorder.write(recording)
        if self.tap is not None:  # the recording as written: credentials scrubbed
            self.tap.record(entry, Recording.from_dict(json.loads(path.read_text("utf-8"))))

    def _entry(self, context: CallContext, seq: int, outcome: Outcome) -> UsageEntry:
        """The ledger entry of one exchange, priced from the config."""
        route = self.config.route(context.role)
        counts = usage_counts(_usage(outcome.response))
        billed = self.providers[route.provider].billed
        usd = cost_usd(counts, self.config.price(route.model)) if billed else 0.0
        error = outcome.error
        return UsageEntry(
            run_id=context.run_id, attempt_id=context.attempt_id, role=context.role,
            provider=route.provider, model=route.model, seq=seq, task_id=context.task_id,
            usd=usd, latency_s=round(outcome.latency_s, 6), retries=outcome.retries,
            status=error.status if error else 200,
            error=error.message if error else None,
            time=time.time(), **counts,
        )

    def secrets(self) -> list[str]:
        """Provider credentials, to keep them out of anything written."""
        found: list[str] = []
        for provider in self.providers.values():
            found.extend(provider.secrets())
        return found


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
