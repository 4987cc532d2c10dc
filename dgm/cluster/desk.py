"""The usage desk: one actor beside the driver that sees every model exchange of the run.

Each node's gateway asks the desk before a live exchange (so the run's budgets hold
across all nodes) and reports the exchange as soon as it is accounted (so nothing a
node paid for is lost if the node dies next). The driver collects what nodes reported
and commits it into the run's ledger and recordings: it stays their only writer.
"""

from __future__ import annotations

import time
from typing import Any

from dgm.gateway.budgets import Budgets
from dgm.gateway.errors import BudgetExceeded
from dgm.gateway.ledger import UsageEntry
from dgm.gateway.recordings import Recording
from dgm.gateway.settings import Budget
from ground.context import CallContext

Exchange = tuple[UsageEntry, Recording | None]


class UsageDesk:
    """Run-wide totals and budgets, exchanges waiting for the driver, and where work runs."""

    def __init__(self, budget: Budget, spent: list[UsageEntry]) -> None:
        self.budgets = Budgets(budget)
        for entry in spent:  # what earlier sessions of the run already spent
            self.budgets.add(entry)
        self.outbox: list[Exchange] = []
        self.running: dict[str, dict[str, Any]] = {}

    def check(self, run_id: str, attempt_id: str, role: str | None = None,
              ) -> tuple[str, str, float, float, str, str | None] | None:
        """The parts of the BudgetExceeded a new exchange of `role` would meet, or None."""
        try:
            self.budgets.check(run_id, attempt_id, role)
        except BudgetExceeded as exc:
            return exc.parts()
        return None

    def report(self, entry: UsageEntry, recording: Recording | None) -> None:
        """A node accounted an exchange: count it, and hold it for the driver."""
        self.budgets.add(entry)
        self.outbox.append((entry, recording))

    def note(self, entry: UsageEntry) -> None:
        """The driver's own gateway accounted an exchange (already in the ledger): count it."""
        self.budgets.add(entry)

    def collect(self) -> list[Exchange]:
        """Hand the driver everything reported since the last collection, in order."""
        out, self.outbox = self.outbox, []
        return out

    def started(self, call_id: str, node_id: str, label: str) -> None:
        """A call began on a node."""
        self.running[call_id] = {"node": node_id, "label": label, "since": time.time()}

    def finished(self, call_id: str) -> None:
        """A call ended (or its node was lost)."""
        self.running.pop(call_id, None)

    def placements(self) -> dict[str, dict[str, Any]]:
        """Calls running now, by call id: node, label and start time."""
        return dict(self.running)


class DeskTap:
    """A gateway's tap that reports to the desk (see dgm.gateway.dispatch.Tap)."""

    def __init__(self, desk: Any, commit: bool = True) -> None:
        self.desk = desk
        self.commit = commit  # False on the driver: its own exchanges are in its ledger already

    def check(self, context: CallContext) -> None:
        import ray  # optional: the ray extra

        parts = ray.get(self.desk.check.remote(context.run_id, context.attempt_id, context.role))
        if parts is not None:
            raise BudgetExceeded(*parts)

    def record(self, entry: UsageEntry, recording: Recording | None) -> None:
        import ray  # optional: the ray extra

        if self.commit:
            ray.get(self.desk.report.remote(entry, recording))
        else:
            ray.get(self.desk.note.remote(entry))
