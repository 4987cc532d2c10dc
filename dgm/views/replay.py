"""`dgm replay`: re-run an archived agent on its tasks, from its recorded exchanges or live.

The agent runs in real sandboxes exactly as in its evaluation, under the same attempt
ids (`<attempt>/<task>/r<repeat>`), so the gateway's replay provider serves each task
run the exchanges recorded for it, in order, and fails loudly at the first request that
differs. Everything the replay writes (gateway ledger, recordings, agent copy, report)
goes to its own directory; the run is only read.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from dgm.config import RunConfig, load_config, validate
from dgm.evaluate import DEFAULT_MODELS
from dgm.evolution.attempt import TaskResult
from dgm.gateway.errors import ReplayDivergence
from dgm.gateway.providers.replay import ReplayProvider
from dgm.gateway.recordings import attempt_dirname, real_divergence, recording_files
from dgm.gateway.settings import ProviderSettings, Route
from dgm.rundir import write_json_atomic
from dgm.services import open_services
from dgm.views.rundata import RunView, check_outside, read_json_quiet, read_jsonl_quiet
from dgm.views.show import saved_results
from ground.errors import DgmError
from ground.jsontypes import JsonObject
from ground.provider import Provider

REPLAY_VERSION = 1
OUTCOME_FIELDS = ("resolved", "empty_patch", "patch_applied", "timed_out")
# The verdicts, and what `dgm replay` exits with for each: 0 only when everything matched.
IDENTICAL, DIVERGED, DIFFERENT = "identical", "same_outcomes_diverged_exchanges", "different"
EXIT_CODES = {IDENTICAL: 0, DIVERGED: 1, DIFFERENT: 1}


@dataclass
class TaskReplay:
    """One (task, repeat): the archived outcome next to the replayed one."""

    task_id: str
    repeat: int
    archived: dict[str, Any]  # OUTCOME_FIELDS as archived (only those the run saved)
    replayed: dict[str, Any] = field(default_factory=dict)
    same_outcome: bool = False
    same_patch: bool | None = None  # None when the run did not keep the archived patch
    # recorded (in the run), served, tolerated (matched only up to timing noise), failed
    exchanges: dict[str, int] = field(default_factory=dict)
    divergence: str | None = None  # the gateway's first refusal, e.g. a replay divergence
    # where the first diverging request departed from the recorded one: exchange (its seq),
    # field (e.g. request.messages[3].content), recorded and replayed (both whole values)
    divergence_detail: dict[str, Any] | None = None
    same_exchanges: bool | None = None  # every recorded exchange served, none refused; None live

    @property
    def same(self) -> bool:
        """The same outcome and, replaying recordings, the same exchanges."""
        return self.same_outcome and self.same_exchanges is not False


@dataclass
class ReplayReport:
    """What a replay found; saved as replay.json in its directory."""

    run: str
    agent: str
    attempt: str
    mode: str  # "recorded" or "live"
    provider: str
    out: str
    simulated: bool
    tasks: list[TaskReplay] = field(default_factory=list)
    seconds: float = 0.0
    v: int = REPLAY_VERSION

    @property
    def verdict(self) -> str:
        """IDENTICAL, DIVERGED (every outcome as archived, some exchange not) or DIFFERENT."""
        if not all(t.same_outcome for t in self.tasks):
            return DIFFERENT
        return IDENTICAL if all(t.same for t in self.tasks) else DIVERGED

    @property
    def identical(self) -> bool:
        """Every outcome as archived and, replaying recordings, every exchange too."""
        return self.verdict == IDENTICAL

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.verdict]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tasks"] = [{**row, "same": t.same} for row, t in zip(data["tasks"], self.tasks,
                                                                   strict=True)]
        return {**data, "identical": self.identical, "verdict": self.verdict}


def archived_cases(run: RunView, record: Any, only: list[str] | None) -> list[TaskReplay]:
    """The (task, repeat) runs of the agent's evaluation, optionally only some tasks."""
    results = saved_results(run, record)
    if results is None:  # no saved evaluation: the record's outcome per task
        cases = [TaskReplay(str(t), 0, {"resolved": bool(v)}) for t, v in record.results.items()]
    else:
        cases = [TaskReplay(r.task_id, r.repeat, {k: getattr(r, k) for k in
                                                  (*OUTCOME_FIELDS, "patch")}) for r in results]
    if only:
        known = sorted({c.task_id for c in cases})
        unknown = [t for t in only if t not in known]
        if unknown:
            raise DgmError(f"agent {record.id} was not evaluated on {', '.join(unknown)}",
                           f"pick among: {', '.join(known) or '(none)'}")
        cases = [c for c in cases if c.task_id in only]
    if not cases:
        raise DgmError(f"agent {record.id} has no evaluated tasks to replay",
                       "pick an evaluated agent (see `dgm tree RUN`)")
    return cases


def replay_config(run: RunView, model: str | None,
                  role: str = "coding_agent") -> tuple[RunConfig, str]:
    """The run's own config, with `role` (the coding agent) served from recordings or by
    `model`."""
    assert run.run is not None
    config = load_config(run.run.config)
    gw = config.gateway
    roles, providers = dict(gw.roles), dict(gw.providers)
    if model is None:
        if not run.run.recordings.is_dir():
            raise DgmError(f"run {run.root} has no recordings/ to replay from",
                           "replay live instead with --model PROVIDER")
        providers["replay"] = ProviderSettings(source=str(run.run.recordings.resolve()))
        roles[role] = Route("replay", gw.route(role).model)
    else:
        provider, _, name = model.partition("/")
        roles[role] = Route(provider, name or DEFAULT_MODELS.get(provider, provider))
    config.gateway = replace(gw, roles=roles, providers=providers, reuse_recordings=False)
    validate(config)
    return config, roles[role].provider


def default_out(agent: str) -> Path:
    return Path("runs") / "replays" / f"{time.strftime('%Y%m%d-%H%M%S')}-{agent}"


def replay_agent(run: RunView, agent: str, only: list[str] | None, model: str | None,
                 out: Path | None, on_result: Callable[[TaskReplay], None] | None = None,
                 ) -> ReplayReport:
    """Replay `agent` (from recordings when `model` is None) into `out`; `run` is only read."""
    record = run.record(agent)
    attempt = str(record.extra.get("attempt_id") or "")
    if not attempt:
        raise DgmError(f"agent {record.id} has no attempt id in its record",
                       "replay needs an agent archived by `dgm run`")
    cases = archived_cases(run, record, only)
    config, provider = replay_config(run, model)
    out = claim_out(run, out or default_out(record.id))
    report = ReplayReport(run.name, record.id, attempt, "live" if model else "recorded",
                          provider, str(out), run.simulated)
    start = time.monotonic()
    tolerant = (ReplayProvider(ProviderSettings(source=str(run.run.recordings)))
                if model is None and run.run else None)
    injected: dict[str, Provider] = {"replay": tolerant} if tolerant else {}
    with open_services(config, out, providers=injected or None) as svc:
        report.simulated = svc.simulated
        agent_dir = run.archive.materialize(record.id, out / "agent")

        def one(case: TaskReplay) -> TaskReplay:
            result = svc.harness.run_task(agent_dir, svc.bench.task(case.task_id), attempt,
                                          case.repeat)
            _settle(case, result)
            if on_result:
                on_result(case)
            return case

        with ThreadPoolExecutor(max_workers=max(1, config.evaluation.workers)) as pool:
            report.tasks = list(pool.map(one, cases))
    _add_exchanges(run, report, out, tolerant)
    report.seconds = round(time.monotonic() - start, 1)
    write_json_atomic(out / "replay.json", report.to_dict())
    return report


def claim_out(run: RunView, out: Path) -> Path:
    """A new or empty directory outside the run."""
    check_outside(run, out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise DgmError(f"{out} exists and is not empty", "pass a new --out directory")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _settle(case: TaskReplay, result: TaskResult) -> None:
    """Fill in the replayed outcome and compare it with the archived one."""
    case.replayed = {k: getattr(result, k) for k in OUTCOME_FIELDS}
    case.same_outcome = all(case.archived[k] == case.replayed[k]
                            for k in OUTCOME_FIELDS if k in case.archived)
    if "patch" in case.archived:
        case.same_patch = case.archived.pop("patch") == result.patch


def _add_exchanges(run: RunView, report: ReplayReport, out: Path,
                   tolerant: ReplayProvider | None) -> None:
    """Per task run: exchanges served and failed; replaying recordings, whether they match."""
    entries = read_jsonl_quiet(out / "ledger.jsonl")
    for case in report.tasks:
        aid = f"{report.attempt}/{case.task_id}/r{case.repeat}"
        count_exchanges(case, entries, aid, run, out, tolerant)


def count_exchanges(case: TaskReplay, entries: list[JsonObject], aid: str, run: RunView, out: Path,
                    tolerant: ReplayProvider | None) -> None:
    """The exchanges of one replayed agent run (billing key `aid`, ledger `entries`) served
    and failed; replaying recordings, whether they match the recorded ones."""
    mine = [e for e in entries if e.get("attempt_id") == aid]
    failed = [e for e in mine if e.get("status", 200) != 200]
    case.exchanges = {"served": len(mine) - len(failed), "failed": len(failed)}
    if failed:
        case.divergence = str(failed[0].get("error") or f"HTTP {failed[0].get('status')}")
    if tolerant is not None and run.run is not None:
        case.exchanges["tolerated"] = tolerant.tolerated(aid)
        judge_exchanges(case, run.run.recordings, out / "recordings", aid)


def judge_exchanges(case: TaskReplay, recorded_root: Path, replayed_root: Path,
                    aid: str) -> None:
    """Same exchanges: every recorded one answered again (up to timing noise), none refused."""
    ex = case.exchanges
    ex["recorded"] = len(recording_files(recorded_root / attempt_dirname(aid)))
    refused = refusals(replayed_root, aid)
    case.same_exchanges = not refused and ex["served"] + ex["failed"] == ex["recorded"]
    if refused:
        seq, case.divergence = refused[0]
        case.divergence_detail = divergence_detail(recorded_root, replayed_root, aid, seq)
    elif not case.same_exchanges:
        case.divergence = (f"{ex['served'] + ex['failed']} of {ex['recorded']} recorded "
                           "exchanges replayed: the agent stopped asking early")


def refusals(replayed_root: Path, aid: str) -> list[tuple[int, str]]:
    """(seq, message) of the replay's exchanges the replay provider refused as diverging."""
    kind = ReplayDivergence("").error_type
    found = []
    for path in recording_files(replayed_root / attempt_dirname(aid)):
        rec = read_json_quiet(path)
        error = rec.get("error") if isinstance(rec, dict) else None
        if isinstance(error, dict) and error.get("type") == kind:
            found.append((int(path.stem), str(error.get("message"))))
    return found


def divergence_detail(recorded_root: Path, replayed_root: Path, aid: str,
                      seq: int) -> dict[str, Any] | None:
    """The field where exchange `seq` of a task run left its recording, with both whole values."""
    folder = attempt_dirname(aid)
    files = recording_files(recorded_root / folder)
    recorded = read_json_quiet(files[seq]) if seq < len(files) else None
    replayed = read_json_quiet(replayed_root / folder / f"{seq:06d}.json")
    if not isinstance(recorded, dict) or not isinstance(replayed, dict):
        return None  # e.g. a request past the last recording: the divergence says so
    found = real_divergence(recorded.get("request") or {}, replayed.get("request") or {})
    if found is None:
        return None
    where, before, after = found
    return {"exchange": seq, "field": where, "recorded": before, "replayed": after}
