"""A run, read without changing a byte: archive, config, journal, ledger, attempts.

Every reader here tolerates what a live or crashed run leaves behind: a torn last
line, a missing file, an attempt directory without its result. Nothing is created,
locked, repaired or truncated (unlike the writers' own readers, e.g. Ledger()).
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from agents_archive import AgentRecord, ArchiveError, GitArchive
from dgm.evolution.scoring import BestRule, best_agent, rule_of_table
from dgm.gateway.ledger import UsageEntry
from dgm.journal import Event, Journal
from dgm.run.simulation import simulated
from dgm.run.state import RunState, fold
from dgm.run.usage import read_jsonl_quiet as read_jsonl_quiet  # re-exported: replay uses it
from dgm.run.usage import read_usage
from dgm.rundir import RunDir
from ground.errors import DgmError

ITERATION_RE = re.compile(r"^g(\d+)")  # attempt ids: g000-seed, g003a01, g003a01/task/r0
# What a listing of attempts leaves out of each result.json: the evaluation (the agent's own
# view reads it from evaluate.json), smoke check, diagnosis and patch. A big run has
# thousands of attempts; kept whole, they would hold every task result of the run at once.
BULKY = frozenset({"eval", "smoke", "diagnosis", "patch"})


@dataclass
class AttemptInfo:
    """One attempts/<id>/ directory as found: its result if it finished."""

    attempt_id: str
    iteration: int | None
    # result.json (attempt.AttemptResult) without its bulky parts (BULKY), None if absent
    result: dict[str, Any] | None

    evaluated: bool = False  # evaluate.json is there (the seed's attempt has only that)

    @property
    def status(self) -> str:
        """The attempt's final status, or 'unfinished' (in flight, or cut off by a crash)."""
        if self.result:
            return str(self.result.get("status"))
        return "evaluated" if self.evaluated else "unfinished"


def read_json_quiet(path: Path) -> Any | None:
    """A JSON file's content, or None when it is missing or not (yet) whole."""
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def iteration_of(attempt_id: str) -> int | None:
    """The loop generation an attempt id belongs to (g003a01 -> 3), if it has one."""
    found = ITERATION_RE.match(attempt_id)
    return int(found.group(1)) if found else None


def record_iteration(record: AgentRecord) -> int:
    """The loop generation in which an agent was made (its tree depth if not recorded)."""
    value = record.extra.get("iteration")
    return int(value) if isinstance(value, int) else record.generation


class RunView:
    """A run directory (or a bare archive path) opened for reading only."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        self.archive = GitArchive.open(path)  # ArchiveError with the fix when there is none
        run_root = path if (path / "dgm.toml").is_file() else self.archive.path.parent
        self.run: RunDir | None = RunDir(run_root) if (run_root / "dgm.toml").is_file() else None

    @classmethod
    def require_run(cls, path: str | Path) -> RunView:
        """A full run directory (not just an archive), or a RunError saying what to pass."""
        RunDir.find(path)
        return cls(path)

    @property
    def root(self) -> Path:
        """The run directory, or the archive itself when there is no run around it."""
        return self.run.root if self.run else self.archive.path

    @cached_property
    def raw_config(self) -> dict[str, Any]:
        """dgm.toml as a plain table (not validated: a view reads any run it can)."""
        if self.run is None:
            return {}
        try:
            with open(self.run.config, "rb") as fh:
                return tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError):
            return {}

    @property
    def name(self) -> str:
        return str(self.raw_config.get("name") or self.root.name)

    @property
    def benchmark(self) -> str:
        return str(self.raw_config.get("evaluation", {}).get("benchmark", "pytasks"))

    @property
    def simulated(self) -> bool:
        """Whether some role ran on the offline toy model (a damaged table is read as it is)."""
        gateway = self.raw_config.get("gateway", {})
        return simulated(gateway if isinstance(gateway, dict) else {})

    @property
    def best_rule(self) -> BestRule:
        """How the run names its best agent (by score; by the posterior for an hgm run)."""
        evolution = self.raw_config.get("evolution", {})
        return rule_of_table(evolution if isinstance(evolution, dict) else {})

    @cached_property
    def records(self) -> list[AgentRecord]:
        """Every agent's record, by generation then id."""
        return self.archive.agents()

    @cached_property
    def by_id(self) -> dict[str, AgentRecord]:
        return {r.id: r for r in self.records}

    def record(self, agent: str) -> AgentRecord:
        """One agent by id, unique prefix, 'root' or 'best' (ArchiveError if unknown)."""
        if agent == "best":
            best = best_agent(self.records, self.best_rule)
            if best is None:
                raise ArchiveError(f"run {self.name} has no fully evaluated agent yet",
                                   "wait for the seed's evaluation, or pass an agent id")
            return best
        return self.by_id.get(agent) or self.archive.meta(agent)

    @cached_property
    def _journal(self) -> tuple[list[Event], list[str]]:
        """The journal's readable events, and one warning per damaged line."""
        if self.run is None:
            return [], []
        return Journal(self.run.journal).read_tolerant()

    @property
    def events(self) -> list[Event]:
        """The journal's complete events (a torn last line is not one; damaged lines are warned)."""
        return self._journal[0]

    @property
    def warnings(self) -> list[str]:
        """What a reader should know: one line per damaged journal line (it was skipped)."""
        return self._journal[1]

    @cached_property
    def state(self) -> RunState:
        """What the journal's readable events say has happened."""
        return fold(self.events)

    @cached_property
    def usage(self) -> list[UsageEntry]:
        """The ledger's complete entries."""
        return read_usage(self.run.ledger) if self.run else []

    def attempt_dir(self, attempt_id: str) -> Path | None:
        """attempts/<id>/, when the run has it."""
        if self.run is None or not attempt_id or "/" in attempt_id:
            return None
        path = self.run.attempts / attempt_id
        return path if path.is_dir() else None

    def evaluation(self, record: AgentRecord) -> dict[str, Any] | None:
        """The agent's saved evaluation (EvalResult dict), or None when it is not there."""
        folder = self.attempt_dir(str(record.extra.get("attempt_id", "")))
        saved = read_json_quiet(folder / "evaluate.json") if folder else None
        value = saved.get("value") if isinstance(saved, dict) else None
        return value if isinstance(value, dict) else None

    def attempts(self) -> list[AttemptInfo]:
        """Every attempt directory, finished or not, in id order (read once per view)."""
        return list(self._attempts)

    @cached_property
    def _attempts(self) -> list[AttemptInfo]:
        if self.run is None or not self.run.attempts.is_dir():
            return []
        found = []
        for folder in sorted(p for p in self.run.attempts.iterdir() if p.is_dir()):
            result = _brief(read_json_quiet(folder / "result.json"))
            found.append(AttemptInfo(folder.name, iteration_of(folder.name), result,
                                     (folder / "evaluate.json").is_file()))
        return found

    def driver_pid(self) -> int | None:
        """The pid driving the run now, if any (a shared flock probe; the file is not written)."""
        if self.run is None:
            return None
        try:
            return self.run.driver_pid()
        except OSError:
            return None


def _brief(result: object) -> dict[str, Any] | None:
    """A result.json's fields but the BULKY ones; None when it is absent or not an object."""
    if not isinstance(result, dict):
        return None
    return {k: v for k, v in result.items() if k not in BULKY}


def check_outside(run: RunView, target: Path) -> None:
    """Refuse to write `target` inside the run: views never modify a run."""
    root, where = run.root.resolve(), Path(target).resolve()
    if where == root or root in where.parents:
        raise DgmError(f"{target} is inside the run {run.root}",
                       "views never write into a run; choose a path outside it")

