"""The services one run (or one evaluation) uses, built from its config and handed to the loop."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType
from typing import Any

from dgm.config import RunConfig, gateway_config
from dgm.gateway import Gateway
from dgm.monitor import Monitor
from evals import load_benchmark
from evals.harness import Harness
from ground.context import CallContext
from ground.errors import ConfigError
from sandbox import SandboxConfig, ensure_image


class RunServices:
    """Gateway, sandbox image, benchmark and harness of a run; a context manager."""

    def __init__(self, config: RunConfig, run_root: Path, image: str | None = None,
                 monitor: Monitor | None = None, providers: dict[str, Any] | None = None) -> None:
        self.config = config
        self.run_id = config.name
        self.run_root = Path(run_root)
        self.monitor = monitor or Monitor()
        self.sandbox_config = SandboxConfig.from_dict(config.sandbox)
        self.gateway_config = gateway_config(config)
        ev = config.evaluation
        self.bench = load_benchmark(ev.benchmark, **ev.benchmark_options)
        if ev.smoke_task and ev.smoke_task in self.bench.heldout:
            raise ConfigError(f"evaluation.smoke_task '{ev.smoke_task}' is a held-out task, "
                              "which no agent may run during the search",
                              "pick a task of the selection splits (or leave it unset)")
        self.image = image
        self._providers = providers
        self._stack = ExitStack()
        self.gateway: Any = None
        self.harness: Any = None

    def __enter__(self) -> RunServices:
        try:
            self.image = self.image or ensure_image()
            self.gateway = self._stack.enter_context(
                Gateway(self.gateway_config, self.run_root, providers=self._providers))
            self.harness = Harness(self.gateway, self.sandbox_config, self.image, self.run_id,
                                   self.config.seed, self.config.evaluation.agent_timeout_s)
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stack.close()

    @property
    def simulated(self) -> bool:
        """Whether any role is served by the offline toy model."""
        return "toy" in self.gateway_config.used_providers()

    def progress(self, attempt_id: str, stage: str | None) -> None:
        """An attempt moved to `stage` (None: done); refresh the spend figures too."""
        spent = self.gateway.usage(run_id=self.run_id)
        self.monitor.update(usd=spent.usd, tokens=spent.tokens)
        self.monitor.stage(attempt_id, stage)

    def completer(self, context: CallContext) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """A host-side caller of the gateway, billed to `context`."""
        token = self.gateway.issue_token(context)
        return lambda request: self.gateway.complete(request, token)

    def model(self, role: str) -> str:
        return self.gateway_config.route(role).model

    def smoke_task(self) -> Any:
        """The task a child must run on to be admitted."""
        ev = self.config.evaluation
        return self.bench.task(ev.smoke_task or self.bench.split(ev.stages[0].split)[0])

    def budget_reason(self) -> str | None:
        """Which run budget is spent, or None."""
        return self.gateway.budget_exhausted(self.run_id)

    def attempt_usage(self, attempt_id: str) -> dict[str, float]:
        """Tokens and USD of everything billed to an attempt (its tasks included)."""
        totals = self.gateway.usage_by_prefix(attempt_id, self.run_id)
        return {"usd": round(totals.usd, 6), "tokens": totals.tokens}
