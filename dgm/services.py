"""The services one run (or one evaluation) uses: built from its config, handed to the loop.

`open_services` builds them in order: the placement first (it decides where sandboxes
run and brings the gateway's tap), the gateway, then the harness the placement makes
of the local one. They are closed in reverse when the block ends.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from dgm.config import RunConfig, gateway_config
from dgm.gateway import Gateway, wait_text
from dgm.monitor import Monitor
from dgm.placement import PLACEMENTS, Placement
from dgm.run.simulation import simulated
from evals import load_benchmark
from evals.benchmark import Benchmark
from evals.harness import Harness
from evals.task import Task
from ground.context import CallContext
from ground.errors import ConfigError, RunInterrupted
from ground.jsontypes import JsonObject
from ground.provider import Provider
from sandbox import ensure_image


@dataclass(frozen=True)
class RunServices:
    """The parts of a run: config, benchmark, gateway, harness, placement and live display."""

    config: RunConfig
    run_root: Path
    bench: Benchmark
    gateway: Gateway
    harness: Harness
    placement: Placement
    monitor: Monitor

    @property
    def run_id(self) -> str:
        return self.config.name

    @property
    def simulated(self) -> bool:
        """Whether a role the run's mode uses is served by the offline toy model."""
        return simulated(self.gateway.config, self.config.evolution.mode)

    def progress(self, attempt_id: str, stage: str | None) -> None:
        """An attempt moved to `stage` (None: done); refresh the spend figures too."""
        spent = self.gateway.usage(run_id=self.run_id)
        self.monitor.update(usd=spent.usd, tokens=spent.tokens)
        self.monitor.stage(attempt_id, stage)

    def completer(self, context: CallContext) -> Callable[[JsonObject], JsonObject]:
        """A host-side caller of the gateway, billed to `context`."""
        token = self.gateway.issue_token(context)
        return lambda request: self.gateway.complete(request, token)

    def model(self, role: str) -> str:
        return self.gateway.config.route(role).model

    def smoke_task(self) -> Task:
        """The task a child must run on to be admitted."""
        ev = self.config.evaluation
        return self.bench.task(ev.smoke_task or self.bench.split(ev.stages[0].split)[0])

    def budget_reason(self) -> str | None:
        """Which run budget is spent, or None."""
        return self.gateway.budget_exhausted(self.run_id)

    def interruption(self) -> RunInterrupted | None:
        """The provider outage or full disk the gateway met, if any (then the run stops)."""
        return self.gateway.interruption()

    def attempt_usage(self, attempt_id: str) -> dict[str, float]:
        """Tokens and USD of everything billed to an attempt (its tasks included)."""
        totals = self.gateway.usage_by_prefix(attempt_id, self.run_id)
        return {"usd": round(totals.usd, 6), "tokens": totals.tokens}


def run_benchmark(config: RunConfig) -> Benchmark:
    """The run's benchmark, checked against the config; builds nothing, writes nothing."""
    ev = config.evaluation
    bench = load_benchmark(ev.benchmark, **ev.benchmark_options)
    if ev.smoke_task and ev.smoke_task in bench.heldout:
        raise ConfigError(f"evaluation.smoke_task '{ev.smoke_task}' is a held-out task, "
                          "which no agent may run during the search",
                          "pick a task of the selection splits (or leave it unset)")
    return bench


@contextmanager
def open_services(config: RunConfig, run_root: Path, *, bench: Benchmark | None = None,
                  image: str | None = None, monitor: Monitor | None = None,
                  providers: dict[str, Provider] | None = None) -> Iterator[RunServices]:
    """Build a run's services (placement, gateway, harness) and close them after the block.

    `bench` is the run's benchmark if already loaded (run_benchmark), `image` the sandbox
    image (built or found when None), `providers` replaces providers by name (tests).
    """
    bench = bench or run_benchmark(config)
    gw_config = gateway_config(config)
    image = image or ensure_image()
    for variant in bench.variants:  # built now (when missing), not in the middle of the run
        ensure_image(variant=variant)
    with ExitStack() as stack:
        placement = PLACEMENTS[config.executor.kind](config, gw_config, run_root, image)
        stack.callback(placement.close)
        gateway = stack.enter_context(Gateway(gw_config, run_root, providers=providers,
                                              tap=placement.tap, mode=config.evolution.mode))
        local = Harness(gateway, config.sandbox, image, config.name, config.seed,
                        config.evaluation.agent_timeout_s)
        harness = placement.bind(local, gateway)
        stack.callback(placement.unbind)
        monitor = monitor or Monitor()
        monitor.notices_from(lambda: provider_notice(gateway))
        yield RunServices(config, Path(run_root), bench, gateway, harness, placement, monitor)


def provider_notice(gateway: Gateway) -> str | None:
    """'provider unavailable, retrying for 2m10s (...)' while a call waits out an outage."""
    wait = gateway.provider_wait()
    return None if wait is None else wait_text(wait, time.time())
