"""Where a run starts: the bundled seed, an agent's source directory, or an agent of another run.

`dgm run --from RUN:AGENT|DIR` sets `evolution.start_from`; the new archive's root is that
agent, and its record keeps where it came from in `extra.origin` (with its scores there,
which are never shown to a model). Reading another run is safe while it goes on.
"""

from __future__ import annotations

import shutil
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from agents_archive import AgentRecord, GitArchive
from agents_archive.layout import META_ENTRY, check_agent_source
from dgm.config import EvaluationConfig, EvolutionConfig
from dgm.evolution.scoring import best_agent, rule_of_table
from dgm.run.simulation import simulated
from dgm.rundir import RunDir
from ground.agentfields import RecordFields
from ground.errors import DgmError, RunError
from ground.jsontypes import Json, JsonObject

SEED_DIR = Path(__file__).resolve().parent.parent / "agents_archive" / "seed"
SEED_META_DIR = SEED_DIR.with_name("seed_meta")  # the seed's meta agent (mode hyperagent)
FIX_FROM = ("pass RUN:AGENT (a run directory and an agent id, unique prefix, root or best, "
            "e.g. runs/demo:best) or the directory of an agent's source")


@dataclass
class StartAgent:
    """The starting agent's source, where it came from, and how dgm.toml names it.

    Used as a context manager: a source it materialised into a temporary folder is removed
    on exit.
    """

    dir: Path  # the source tree the new archive's root is made of
    origin: JsonObject  # the root's extra.origin; {} for the bundled seed
    start_from: str  # evolution.start_from naming the agent for good (full id, absolute path)
    temp: Path | None = None  # a folder this object made, removed by close()

    def meta(self) -> RecordFields:
        """The root's record fields: its summary, and where it came from."""
        if not self.origin:
            return {"summary": "seed agent"}
        return {"summary": f"seed: from {self.label()}", "extra": {"origin": self.origin}}

    def label(self) -> str:
        """`run:agent` for an agent of a run, the path for a directory."""
        if self.origin.get("kind") == "run":
            return f"{self.origin['run']}:{self.origin['agent']}"
        return str(self.origin.get("path", self.dir))

    def close(self) -> None:
        if self.temp is not None:
            shutil.rmtree(self.temp, ignore_errors=True)
            self.temp = None

    def __enter__(self) -> StartAgent:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def with_seed_meta(start: StartAgent) -> StartAgent:
    """The agent with the seed's meta agent added when it has none (mode hyperagent: every
    agent makes its children with its own meta_agent.py). An agent that has one keeps it."""
    if (start.dir / META_ENTRY).exists():
        return start
    temp = start.temp or Path(tempfile.mkdtemp(prefix="dgm-start-"))
    dest = temp / "with-meta"
    shutil.copytree(start.dir, dest, symlinks=True, ignore=shutil.ignore_patterns(".git"))
    shutil.copytree(SEED_META_DIR, dest, symlinks=True, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    origin = {**start.origin, "meta_added": True} if start.origin else {}
    return StartAgent(dest, origin, start.start_from, temp)


# What a mode adds to its starting agent; a mode without an entry takes the agent as it is.
ADDITIONS: dict[str, Callable[[StartAgent], StartAgent]] = {"hyperagent": with_seed_meta}


def resolve_start(text: str, mode: str) -> StartAgent:
    """The starting agent that `start_from` names, for a run in `mode`; RunError with the fix
    when it names nothing usable. Close it (or use `with`) when the archive is made."""
    text = text.strip()
    if not text:
        start = StartAgent(SEED_DIR, {}, "")
    elif (ref := run_reference(text)) is not None:
        start = from_run(text, *ref)
    else:
        start = from_dir(text)
    add = ADDITIONS.get(mode)
    return add(start) if add else start


def run_reference(text: str) -> tuple[str, str] | None:
    """RUN and AGENT of `RUN:AGENT`, or None when `text` is a directory (its name may hold ':')."""
    run, sep, agent = text.rpartition(":")
    if not sep or not run or Path(text).expanduser().is_dir():
        return None
    return run, agent


def from_dir(text: str) -> StartAgent:
    """An agent's source directory, as it is."""
    path = Path(text).expanduser().resolve()  # kept in dgm.toml: no '..', any cwd
    if not path.exists():
        raise _refused(text, f"no directory or run at {path}", FIX_FROM)
    if RunDir(path).exists():
        raise _refused(text, f"{path} is a run, not an agent",
                       f"name one of its agents: {text}:best, {text}:root or {text}:<id>")
    if path.is_dir() and (path / "archive.git").is_dir():  # a run cut short before dgm.toml
        raise _refused(text, f"{path} holds an archive, not an agent", FIX_FROM)
    try:
        check_agent_source(path)
    except DgmError as exc:
        raise _refused(text, exc.message, exc.fix) from None
    return StartAgent(path, {"kind": "dir", "path": str(path)}, str(path))


def from_run(text: str, run_text: str, agent_text: str) -> StartAgent:
    """An agent of another run (id, unique prefix, root or best), materialised."""
    try:
        run = RunDir.find(Path(run_text).expanduser().resolve())
        archive = GitArchive.open(run.archive)
        table = _run_table(run)
        record = _pick(archive, agent_text, table)
    except DgmError as exc:
        raise _refused(text, exc.message, exc.fix) from None
    temp = Path(tempfile.mkdtemp(prefix="dgm-start-"))
    try:
        source = archive.materialize(record.id, temp / "agent")
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    origin = run_origin(run, table, record)
    return StartAgent(source, origin, f"{run.root}:{record.id}", temp)


def _pick(archive: GitArchive, agent: str, table: dict[str, object]) -> AgentRecord:
    """The agent named: `best` by the run's own rule, else an id, unique prefix or root."""
    if agent.strip().lower() != "best":
        return archive.meta(archive.resolve(agent))
    evolution = table.get("evolution")
    rule = rule_of_table(evolution if isinstance(evolution, dict) else {})
    best = best_agent(archive.agents(), rule)
    if best is None:
        raise RunError("the run has no fully evaluated agent yet",
                       "wait for its seed's evaluation, or name an agent by id or root")
    return best


def run_origin(run: RunDir, table: dict[str, object], record: AgentRecord) -> JsonObject:
    """The root's extra.origin for an agent of `run`: where it is, and its scores there."""
    evolution, evaluation, gateway = (_section(table, key)
                                      for key in ("evolution", "evaluation", "gateway"))
    return {"kind": "run", "run": str(table.get("name") or run.root.name),
            "run_dir": str(run.root), "agent": record.id, "score": record.score,
            "score_interval": _floats(record.score_interval),
            "heldout_score": record.heldout_score,
            "heldout_interval": _floats(record.heldout_interval),
            "benchmark": str(evaluation.get("benchmark", EvaluationConfig().benchmark)),
            "mode": str(evolution.get("mode", EvolutionConfig().mode)),
            "simulated": simulated(gateway)}


def _run_table(run: RunDir) -> dict[str, object]:
    try:
        with open(run.config, "rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RunError(f"cannot read {run.config} ({exc})",
                       "start from a run whose dgm.toml is readable") from None


def _section(table: dict[str, object], key: str) -> dict[str, object]:
    value = table.get(key)
    return value if isinstance(value, dict) else {}


def _floats(values: list[float] | None) -> list[Json] | None:
    """An interval as JSON (a list of numbers), or None."""
    return None if values is None else [float(v) for v in values]


def _refused(text: str, why: str, fix: str | None) -> RunError:
    return RunError(f"cannot start from '{text}': {why}", fix)
