"""`dgm replay RUN AGENT --meta`: re-run the meta agent run that made an agent (mode hyperagent).

The attempt that made AGENT runs again as the loop ran it (MetaAttempt.meta_agent): the same
meta agent (the parent's, or the root's under frozen_meta) on a fresh checkout of the
parent's source, with a copy of the attempt's export, under the same attempt id, role and
seed draw and with the same iterations left. Role meta_agent is served the run's recorded
exchanges (or a live model); the child patch is compared with child.patch and the exchanges
with the recordings, with `dgm replay`'s verdicts and exit codes. The export must be the one
the meta agent saw (checked against its export.json): one that is gone or was altered
cannot be replayed. Everything the replay writes goes to its own directory.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from agents_archive.parts import TASK, only_part
from agents_archive.record import AgentRecord
from dgm.evolution.attempt import AttemptInputs, AttemptSpec
from dgm.evolution.baselines import BASELINES, SEED
from dgm.evolution.export import CONTEXT, EXPORT_DIR, MANIFEST, export_manifest, readable
from dgm.evolution.meta_attempt import META_STEP, MetaAttempt, MetaOutcome
from dgm.gateway.providers.replay import ReplayProvider
from dgm.gateway.settings import ProviderSettings
from dgm.rundir import write_json_atomic, write_text_atomic
from dgm.services import open_services
from dgm.views.replay import (
    ReplayReport,
    TaskReplay,
    claim_out,
    count_exchanges,
    default_out,
    replay_config,
)
from dgm.views.replay_text import case_lines, case_mark, served_text, verdict_text
from dgm.views.rundata import RunView, read_json_quiet, read_jsonl_quiet
from ground.errors import DgmError
from ground.jsontypes import JsonObject
from ground.provider import Provider

# What a meta run ended with besides its patch; a meta run's outcome is these and its patch.
META_OUTCOME = ("exit_code", "timed_out", "oom_killed", "summary")
NOT_META = "replay its task runs without --meta"
SHOWN_FILES = 5  # differing export files named in the error


@dataclass
class MetaReplayReport(ReplayReport):
    """A replay of the meta agent run that made `agent`; its one case is that run."""

    parent: str = ""
    meta_agent: str = ""  # whose meta agent ran: the parent, or the root under frozen_meta
    export_files: int = 0  # the export's files, checked against its export.json


def replay_meta(run: RunView, agent: str, model: str | None,
                out: Path | None) -> MetaReplayReport:
    """Replay the meta run that made `agent` (recordings when `model` is None) into `out`."""
    record = run.record(agent)
    folder, parent = made_by(run, record)
    saved = MetaOutcome.from_dict(_value(folder / f"{META_STEP}.json"))
    manifest = check_export(folder / EXPORT_DIR, folder.name)
    context = read_json_quiet(folder / EXPORT_DIR / CONTEXT)
    assert isinstance(context, dict)  # its bytes are export.json's, which a build writes last
    config, provider = replay_config(run, model, role=META_STEP)
    frozen = BASELINES[config.evolution.baseline].meta_agent == SEED
    out = claim_out(run, out or default_out(record.id))
    export = copy_export(folder / EXPORT_DIR, out / EXPORT_DIR, manifest, folder.name)
    report = MetaReplayReport(
        run.name, record.id, folder.name, "live" if model else "recorded", provider, str(out),
        run.simulated, parent=parent, export_files=len(manifest),
        meta_agent=run.archive.root_id if frozen else parent)
    assert run.run is not None  # replay_config needs a run directory
    tolerant = None if model else ReplayProvider(ProviderSettings(source=str(run.run.recordings)))
    injected: dict[str, Provider] | None = {"replay": tolerant} if tolerant else None
    start = time.monotonic()
    with open_services(config, out, providers=injected) as svc:
        report.simulated = svc.simulated
        parent_dir = run.archive.materialize(parent, out / "parent")
        meta_dir = run.archive.materialize(report.meta_agent, out / "meta_agent") if frozen \
            else parent_dir
        spec = AttemptSpec(folder.name, int(context["generation"]), int(context["index"]),
                           parent, int(context["seed"]))
        inputs = AttemptInputs(parent_dir, meta_dir, [], {}, export_dir=export,
                               iterations_left=int(context["iterations_left"]),
                               frozen_meta=frozen)
        replayed = MetaAttempt(spec, inputs, svc, out).meta_agent()
    case = compare(saved, replayed, _archived_patch(folder, saved, frozen), frozen)
    write_text_atomic(out / "child.patch", only_part(replayed.patch, TASK) if frozen
                      else replayed.patch)
    count_exchanges(case, read_jsonl_quiet(out / "ledger.jsonl"), folder.name, run, out,
                    tolerant)
    report.tasks = [case]
    report.seconds = round(time.monotonic() - start, 1)
    write_json_atomic(out / "replay.json", report.to_dict())
    return report


def made_by(run: RunView, record: AgentRecord) -> tuple[Path, str]:
    """The folder of the meta agent run that made the agent, and its parent's id."""
    attempt = str(record.extra.get("attempt_id") or "")
    if record.parent is None or not attempt:
        raise DgmError(f"agent {record.id} was not made by an attempt of `dgm run` (it is "
                       "the root or has no attempt id)", "pick a child (see `dgm tree RUN`)")
    folder = run.attempt_dir(attempt)
    if folder is None or not (folder / f"{META_STEP}.json").is_file():
        raise DgmError(f"agent {record.id} was not made by a meta agent (attempt {attempt} "
                       f"has no {META_STEP}.json: not a hyperagent run, or deleted)", NOT_META)
    return folder, record.parent


def check_export(folder: Path, attempt: str) -> dict[str, object]:
    """The export's files as its export.json lists them, once its files are checked to be
    those: an export that is gone or was altered is not what the meta agent saw."""
    recorded = read_json_quiet(folder / MANIFEST)
    if not folder.is_dir() or not isinstance(recorded, dict):
        raise DgmError(f"attempt {attempt}'s export is gone ({folder / MANIFEST} is missing "
                       "or unreadable): the meta run cannot be replayed without the export "
                       "it saw", NOT_META)
    files = recorded.get("files")
    _same_files(files, export_manifest(folder)["files"], attempt)
    assert isinstance(files, dict)
    return files


def copy_export(source: Path, dest: Path, files: dict[str, object], attempt: str) -> Path:
    """A copy of the checked export for the sandbox to mount (checked again once copied)."""
    shutil.copytree(source, dest)
    _same_files(files, export_manifest(dest)["files"], attempt)
    readable(dest)
    return dest


def _same_files(recorded: object, now: object, attempt: str) -> None:
    """Refuse an export whose files differ from what its export.json says."""
    if recorded == now:
        return
    old = recorded if isinstance(recorded, dict) else {}
    new = now if isinstance(now, dict) else {}
    differ = sorted(f for f in {*old, *new} if old.get(f) != new.get(f))
    shown = ", ".join(differ[:SHOWN_FILES]) + (" ..." if len(differ) > SHOWN_FILES else "")
    raise DgmError(f"attempt {attempt}'s export was altered since the run: {len(differ)} "
                   f"file(s) differ from its {MANIFEST} ({shown or 'the manifest itself'}), "
                   "so the meta run cannot be replayed as it ran",
                   f"restore the export from a copy of the run, or {NOT_META}")


def compare(saved: MetaOutcome, replayed: MetaOutcome, archived_patch: str,
            frozen: bool) -> TaskReplay:
    """The meta run's case: how it ended, and its child patch, archived and replayed. Its
    patch is part of its outcome (the child is what a meta run makes)."""
    case = TaskReplay(META_STEP, 0, _outcome(saved), _outcome(replayed))
    patch = only_part(replayed.patch, TASK) if frozen else replayed.patch
    case.same_patch = patch == archived_patch
    case.same_outcome = case.same_patch and case.archived == case.replayed
    return case


def _archived_patch(folder: Path, saved: MetaOutcome, frozen: bool) -> str:
    """The child's patch as the attempt kept it (child.patch, else from meta_agent.json)."""
    path = folder / "child.patch"
    if path.is_file():
        return path.read_text(encoding="utf-8")
    return only_part(saved.patch, TASK) if frozen else saved.patch


def _outcome(outcome: MetaOutcome) -> dict[str, object]:
    return {k: getattr(outcome, k) for k in META_OUTCOME}


def _value(path: Path) -> JsonObject:
    """A saved step's value ({"value": ...}); a damaged file cannot be compared with."""
    raw = read_json_quiet(path)
    value = raw.get("value") if isinstance(raw, dict) else None
    if not isinstance(value, dict):
        raise DgmError(f"{path} is damaged: the archived meta run is unknown", NOT_META)
    return value


def meta_report_lines(report: ReplayReport) -> list[str]:
    """The meta replay for a person: what ran, its one line, a divergence in full, verdict."""
    assert isinstance(report, MetaReplayReport)
    lines = ["simulated model (toy): results are a simulation"] if report.simulated else []
    whose = (f"the root {report.meta_agent}'s (frozen_meta)"
             if report.meta_agent != report.parent else f"{report.parent}'s")
    lines += [f"replay of the meta agent run that made agent {report.agent} (attempt "
              f"{report.attempt}, {report.mode}, provider {report.provider}) in {report.out}",
              f"  {whose} meta agent on {report.parent}'s source; export: {report.export_files} "
              "files as its export.json lists them"]
    lines += case_lines(report.tasks, _case_text)
    return [*lines, verdict_text(report)]


def _case_text(case: TaskReplay) -> str:
    """'same     meta_agent g001a00: archived exit 0, replayed exit 0  same patch  8/8 ...'."""
    patch = "same patch" if case.same_patch else "other patch"
    return (f"{case_mark(case)} {case.task_id}: archived {_ended(case.archived)}, replayed "
            f"{_ended(case.replayed)}  {patch}  {served_text(case)}").rstrip()


def _ended(values: dict[str, object]) -> str:
    if values.get("timed_out"):
        return "timed out"
    return "out of memory" if values.get("oom_killed") else f"exit {values.get('exit_code')}"
