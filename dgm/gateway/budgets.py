"""Running totals per run, per attempt and per role in an attempt, and the caps on them."""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass

from dgm.gateway.errors import BudgetExceeded
from dgm.gateway.ledger import POSSIBLY_BILLED, UsageEntry
from dgm.gateway.settings import Budget


@dataclass
class Totals:
    """Summed usage of some set of exchanges."""

    calls: int = 0  # exchanges answered by a provider
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    usd: float = 0.0
    reused: int = 0  # exchanges answered again from an earlier session's recordings (free)
    possibly_billed: int = 0  # calls whose answer was lost mid-way (usage partly estimated)

    @property
    def tokens(self) -> int:
        """All tokens: input, output and cache."""
        cache = self.cache_read_tokens + self.cache_write_tokens
        return self.input_tokens + self.output_tokens + cache

    def add(self, entry: UsageEntry) -> None:
        """Count one exchange; a reused one counts only as reused (nothing was spent)."""
        if entry.reused:
            self.reused += 1
            return
        self.calls += 1
        self.possibly_billed += entry.billing == POSSIBLY_BILLED
        self.input_tokens += entry.input_tokens
        self.output_tokens += entry.output_tokens
        self.cache_read_tokens += entry.cache_read_tokens
        self.cache_write_tokens += entry.cache_write_tokens
        self.usd += entry.usd

    def to_dict(self) -> dict[str, float | int]:
        """A JSON-ready dict, with the token total."""
        return {**asdict(self), "tokens": self.tokens}


class Budgets:
    """Totals by run, by (run, attempt) and by (run, attempt, role), checked against a Budget
    before each call."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self._runs: dict[str, Totals] = {}
        self._attempts: dict[tuple[str, str], Totals] = {}
        self._roles: dict[tuple[str, str, str], Totals] = {}
        self._lock = threading.Lock()

    def add(self, entry: UsageEntry) -> None:
        """Count `entry` towards its run, its attempt and its role in the attempt."""
        with self._lock:
            self._runs.setdefault(entry.run_id, Totals()).add(entry)
            self._attempts.setdefault((entry.run_id, entry.attempt_id), Totals()).add(entry)
            key = (entry.run_id, entry.attempt_id, entry.role)
            self._roles.setdefault(key, Totals()).add(entry)

    def check(self, run_id: str, attempt_id: str | None = None, role: str | None = None) -> None:
        """Raise BudgetExceeded when the run's, the attempt's or (given the role) the role's
        budget in the attempt is spent."""
        b = self.budget
        run = self.totals(run_id)
        _check("run", run_id, run, b.run_usd, b.run_tokens)
        if attempt_id is None:
            return
        attempt = self.totals(run_id, attempt_id)
        _check("attempt", attempt_id, attempt, b.attempt_usd, b.attempt_tokens)
        if role is not None and (cap := b.roles.get(role)) is not None:
            spent = self.role_totals(run_id, attempt_id, role)
            _check("role", attempt_id, spent, cap.attempt_usd, cap.attempt_tokens, role)

    def totals(self, run_id: str | None = None, attempt_id: str | None = None) -> Totals:
        """Totals of one attempt, one run, or (both None) everything, as a copy."""
        with self._lock:
            if attempt_id is not None:
                picked = [t for (r, a), t in self._attempts.items()
                          if a == attempt_id and run_id in (None, r)]
            elif run_id is not None:
                picked = [self._runs[run_id]] if run_id in self._runs else []
            else:
                picked = list(self._runs.values())
            return _sum(picked)

    def role_totals(self, run_id: str, attempt_id: str, role: str) -> Totals:
        """Totals of `role`'s exchanges in one attempt, as a copy."""
        with self._lock:
            found = self._roles.get((run_id, attempt_id, role))
            return _sum([found] if found is not None else [])

    def totals_by_prefix(self, prefix: str, run_id: str | None = None) -> Totals:
        """Totals of attempt `prefix` and every attempt id under it (`prefix/...`), as a copy."""
        under = prefix + "/"
        with self._lock:
            picked = [t for (r, a), t in self._attempts.items()
                      if run_id in (None, r) and (a == prefix or a.startswith(under))]
            return _sum(picked)


def _sum(parts: list[Totals]) -> Totals:
    """The field-wise sum of `parts`."""
    out = Totals()
    for t in parts:
        out.calls += t.calls
        out.input_tokens += t.input_tokens
        out.output_tokens += t.output_tokens
        out.cache_read_tokens += t.cache_read_tokens
        out.cache_write_tokens += t.cache_write_tokens
        out.usd += t.usd
        out.reused += t.reused
        out.possibly_billed += t.possibly_billed
    return out


def _check(scope: str, key: str, t: Totals, usd: float | None, tokens: int | None,
           role: str | None = None) -> None:
    """Raise BudgetExceeded when `t` has reached either cap."""
    if usd is not None and t.usd >= usd:
        raise BudgetExceeded(scope, "usd", t.usd, usd, key, role)
    if tokens is not None and t.tokens >= tokens:
        raise BudgetExceeded(scope, "tokens", t.tokens, tokens, key, role)
