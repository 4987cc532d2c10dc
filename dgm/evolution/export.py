"""The archive export: what a meta agent may read of its run, built on the driver per attempt.

An allow-list of files and fields (HYPERAGENT_DESIGN.md, section 3): nothing of a held-out
task, hidden-test output only under `diagnosis_sees_hidden_tests`, no reference solution
and no resolved run's patch or transcript. Per-agent files never change once the agent
exists, so they are written once into the run's `export_cache/` and hardlinked into each
attempt's `export/`; `export.json`, written last, marks an export complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

from agents_archive import AgentRecord
from agents_archive.layout import META_DIR, META_ENTRY
from dgm.evolution.attempt import EVALUATION_FILE, AttemptSpec, diagnosis_inputs, load_evaluation
from dgm.evolution.diagnose import CONTEXT_OVERFLOW, EVIDENCE_LIMIT
from dgm.evolution.export_readme import README_TEXT
from dgm.evolution.modes import HyperagentConfig as HyperagentConfig  # re-exported
from dgm.evolution.protocols import Archive
from dgm.rundir import RunDir, read_json, write_json_atomic, write_text_atomic
from evals.benchmark import Benchmark
from evals.harness import TaskResult
from ground.jsontypes import JsonLike, JsonObject
from ground.noise import steady_tail

EXPORT_VERSION = 1
EXPORT_DIR, CACHE_DIR = "export", "export_cache"  # in an attempt's folder; in the run's
MANIFEST, CONTEXT, INDEX, README = "export.json", "context.json", "index.jsonl", "README.md"
TEXT_LIMIT = 2_000  # chars of an agent's summary and problem statement in the index
META_PATHS = (META_ENTRY, f"{META_DIR}/")  # the meta part of an agent, for context.json
# Allow-lists, never deny-lists. Every run of an exported evaluation carries RUN_FIELDS (and
# log_flags); a run that did not resolve its task also FAILED_RUN_FIELDS (and, with the
# hidden-tests switch, test_output_tail): a resolved run's patch may be the reference one.
RUN_FIELDS = ("task_id", "repeat", "resolved", "empty_patch", "patch_applied", "timed_out",
              "agent_exit_code", "agent_timed_out", "agent_s", "tokens", "usd", "error")
FAILED_RUN_FIELDS = ("log_tail", "patch")
# Index fields read from the record itself, and from its `extra`.
RECORD_FIELDS = ("id", "parent", "generation", "status", "score", "score_interval",
                 "complete", "cost_usd", "tokens")
EXTRA_FIELDS = ("parts", "task_digest", "scores_from")
MANIFEST_SLACK = 160  # bytes a manifest entry takes beyond its path (an upper bound)
CUT_MARK = "# [export] diff cut at"  # a cut diff's last line (no diff line starts with '#')


@dataclass(frozen=True)
class ExportLimits:
    """The export's size limits (from HyperagentConfig); recorded in context.json."""

    ancestor_logs: int = 3  # ancestors of the parent with their task runs exported
    recent_logs: int = 8  # most recent agents with their task runs exported
    diff_kb: float = 16  # an agent's diff is cut after this many KB
    max_mb: float = 24  # the whole export's cap, in MB (the parent's lineage is always kept)

    @classmethod
    def of(cls, config: HyperagentConfig) -> ExportLimits:
        return cls(config.export_ancestor_logs, config.export_recent_logs,
                   config.export_diff_kb, config.export_max_mb)

    def to_dict(self) -> JsonObject:
        return dict(asdict(self))


@dataclass(frozen=True)
class ExportContext:
    """What the loop knows of an attempt beyond its spec, for context.json."""

    run_id: str
    iterations_left: int  # generations after this one
    generations_total: int
    attempts_in_generation: int
    same_parent_before: int  # earlier attempts of this generation on the same parent
    diagnosis_retries: int
    time_limit_s: float  # the meta agent's time limit (self_modify_timeout_s)
    selection_splits: tuple[str, ...]  # the splits of the run's evaluation stages
    sees_hidden_tests: bool = False  # evolution.diagnosis_sees_hidden_tests


def build_export(archive: Archive, run: RunDir, bench: Benchmark, spec: AttemptSpec,
                 limits: ExportLimits, context: ExportContext) -> Path:
    """The export for one attempt, `attempts/<id>/export/`: reused when complete (it has
    export.json), otherwise built afresh."""
    folder = run.attempt(spec.attempt_id) / EXPORT_DIR
    if (folder / MANIFEST).exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)  # an interrupted build
    cache = _cache(run, limits, context)
    records = sorted(archive.agents(), key=_order)
    lineage = _lineage(records, spec.parent_id)
    tasks, failed = _task_files(records, _logged(records, lineage, limits), run, bench,
                                cache, context.sees_hidden_tests)
    diffs = {r.id: _diff_file(cache, archive, r, limits) for r in records if r.parent}
    files = {**tasks, **{f"agents/{a}/diff.patch": p for a, p in diffs.items()},
             **{f"instructions/{t}.md": p for t, p in failed.items()}}
    fixed = {README: README_TEXT,
             CONTEXT: json.dumps(_context(spec, archive.root_id, bench, limits, context),
                                 indent=1) + "\n"}
    index = _Index(records, diffs, tasks, bench.heldout)
    over = _size(files, {**fixed, INDEX: index.text()}) - int(limits.max_mb * 1024 * 1024)
    for agent in _dropped(records, lineage, diffs, over):
        del files[f"agents/{agent}/diff.patch"]
        index.dropped.add(agent)
    for rel, source in sorted(files.items()):
        _link(source, folder / rel)
    for rel, text in {**fixed, INDEX: index.text()}.items():
        write_text_atomic(folder / rel, text)
    write_json_atomic(folder / MANIFEST, export_manifest(folder))  # last: complete
    readable(folder)
    return folder


def readable(folder: Path) -> None:
    """Let the sandbox's unprivileged user read the export (atomic writes make files 0600);
    the mount is read-only, so nobody in it may write them whatever their mode."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)


def export_manifest(folder: Path) -> JsonObject:
    """An export's manifest as its files are now: size and SHA-256 of each, and its limits.

    A complete export's export.json equals it, so a reader can check nothing changed.
    """
    files: JsonObject = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel != MANIFEST:
            data = path.read_bytes()
            files[rel] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    context = folder / CONTEXT
    limits = read_json(context).get("limits") if context.exists() else None
    return {"v": EXPORT_VERSION, "limits": limits, "files": files}


def _cache(run: RunDir, limits: ExportLimits, context: ExportContext) -> Path:
    """The run's cache of per-agent files, emptied if it was built with other settings."""
    cache = run.root / CACHE_DIR
    settings: JsonObject = {"v": EXPORT_VERSION, "diff_kb": limits.diff_kb,
                            "sees_hidden_tests": context.sees_hidden_tests}
    stamp = cache / "settings.json"
    if stamp.exists() and read_json(stamp) != settings:
        shutil.rmtree(cache)
    if not stamp.exists():
        write_json_atomic(stamp, settings)
    return cache


def _order(record: AgentRecord) -> tuple[int, str]:
    """Agents in the order they were made: (iteration, id)."""
    iteration = record.extra.get("iteration", record.generation)
    return (iteration if isinstance(iteration, int) else record.generation, record.id)


def _lineage(records: list[AgentRecord], parent: str) -> list[str]:
    """The parent and its ancestors up to the root, nearest first."""
    parents = {r.id: r.parent for r in records}
    chain: list[str] = []
    agent: str | None = parent
    while agent is not None and agent not in chain:
        chain.append(agent)
        agent = parents.get(agent)
    return chain


def _logged(records: list[AgentRecord], lineage: list[str], limits: ExportLimits) -> set[str]:
    """Agents whose task runs are exported: the parent, its nearest ancestors, the newest."""
    newest = [r.id for r in records[-limits.recent_logs:]] if limits.recent_logs > 0 else []
    return {*lineage[:1 + limits.ancestor_logs], *newest}


def _task_files(records: list[AgentRecord], logged: set[str], run: RunDir, bench: Benchmark,
                cache: Path, sees_hidden_tests: bool,
                ) -> tuple[dict[str, Path], dict[str, Path]]:
    """The cached tasks.jsonl of each logged agent with a saved evaluation (by export path),
    and the cached instructions of every task their exported runs failed (by task id)."""
    tasks: dict[str, Path] = {}
    instructions: dict[str, str] = {}
    for record in records:
        attempt = record.extra.get("attempt_id")
        folder = run.attempts / str(attempt)
        if record.id not in logged or not attempt or not (folder / EVALUATION_FILE).is_file():
            continue
        results, failed = diagnosis_inputs(load_evaluation(folder).results, bench,
                                           sees_hidden_tests)
        path = cache / "agents" / record.id / "tasks.jsonl"
        tasks[f"agents/{record.id}/tasks.jsonl"] = _cached(
            path, partial(_tasks_text, results, sees_hidden_tests))
        instructions.update(failed)
    return tasks, {t: _cached(cache / "instructions" / f"{t}.md", partial(str, text))
                   for t, text in sorted(instructions.items())}


def _tasks_text(results: list[TaskResult], sees_hidden_tests: bool) -> str:
    return "".join(_dumps(_run(r, sees_hidden_tests)) for r in results)


def _run(result: TaskResult, sees_hidden_tests: bool) -> dict[str, JsonLike]:
    """One task run as exported: outcomes always, evidence only of a run that failed."""
    raw = result.to_dict()
    line: dict[str, JsonLike] = {k: raw[k] for k in RUN_FIELDS}
    line["log_flags"] = ["context_overflow"] if CONTEXT_OVERFLOW.search(result.log_tail) else []
    if not result.resolved:
        line.update(log_tail=result.log_tail, patch=result.patch[:EVIDENCE_LIMIT])
        if sees_hidden_tests:  # diagnosis_inputs blanked it otherwise
            line["test_output_tail"] = steady_tail(result.test_output_tail, EVIDENCE_LIMIT)
    return line


def _diff_file(cache: Path, archive: Archive, record: AgentRecord,
               limits: ExportLimits) -> Path:
    """The cached diff of an agent against its parent, cut at `limits.diff_kb`."""
    def text() -> str:
        assert record.parent is not None  # the root has no diff
        return _cut(archive.diff(record.parent, record.id), limits.diff_kb)
    return _cached(cache / "agents" / record.id / "diff.patch", text)


def _cut(diff: str, kb: float) -> str:
    """`diff` cut to whole lines within `kb` KB, with a last line saying so."""
    data, limit = diff.encode(), int(kb * 1024)
    if len(data) <= limit:
        return diff
    kept = data[:limit].rsplit(b"\n", 1)[0].decode(errors="ignore")
    return f"{kept}\n{CUT_MARK} {kb:g} KB of {len(data) / 1024:.0f} KB\n"


class _Index:
    """index.jsonl: one allow-listed line per archived agent, in (iteration, id) order."""

    def __init__(self, records: list[AgentRecord], diffs: dict[str, Path],
                 tasks: dict[str, Path], heldout: frozenset[str]) -> None:
        self.records, self.diffs, self.tasks, self.heldout = records, diffs, tasks, heldout
        self.cut = {agent for agent, path in diffs.items() if _was_cut(path)}
        self.dropped: set[str] = set()  # agents whose diff is left out for size

    def text(self) -> str:
        return "".join(_dumps(self.line(r)) for r in self.records)

    def line(self, record: AgentRecord) -> dict[str, JsonLike]:
        raw, extra = record.to_dict(), dict(record.extra)
        line: dict[str, JsonLike] = {k: raw[k] for k in RECORD_FIELDS}
        iteration = extra.get("iteration")
        line["iteration"] = iteration if isinstance(iteration, int) else None
        line["runs"] = {t: runs for t, runs in record.runs.items() if t not in self.heldout}
        line["summary"] = record.summary[:TEXT_LIMIT]
        line["problem_statement"] = record.problem_statement[:TEXT_LIMIT]
        line.update({k: _text(extra.get(k)) for k in EXTRA_FIELDS})
        kept = record.id in self.diffs and record.id not in self.dropped
        line["diff"] = f"agents/{record.id}/diff.patch" if kept else None
        line["diff_cut"] = kept and record.id in self.cut
        tasks = f"agents/{record.id}/tasks.jsonl"
        line["tasks"] = tasks if tasks in self.tasks else None
        return line


def _size(files: dict[str, Path], texts: dict[str, str]) -> int:
    """An upper bound of an export's size in bytes, its manifest included."""
    manifest = 1024 + sum(len(rel) + MANIFEST_SLACK for rel in [*files, *texts])
    return (manifest + sum(p.stat().st_size for p in files.values())
            + sum(len(t.encode()) for t in texts.values()))


def _dropped(records: list[AgentRecord], lineage: list[str], diffs: dict[str, Path],
             over: int) -> list[str]:
    """Agents whose diff is left out to save `over` bytes: the oldest outside the parent's
    lineage, until enough is saved (the lineage's diffs are kept whatever they cost)."""
    dropped: list[str] = []
    for record in records:
        if over <= 0:
            break
        if record.id in diffs and record.id not in lineage:
            dropped.append(record.id)
            over -= diffs[record.id].stat().st_size
    return dropped


def _was_cut(path: Path) -> bool:
    """Whether a cached diff was cut: its last line is the cut mark."""
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - 200))
        return fh.read().rstrip(b"\n").rsplit(b"\n", 1)[-1].startswith(CUT_MARK.encode())


def _context(spec: AttemptSpec, root: str, bench: Benchmark, limits: ExportLimits,
             context: ExportContext) -> dict[str, JsonLike]:
    """context.json: this attempt, where it stands in the run, and what is left."""
    return {"v": EXPORT_VERSION, "run": context.run_id, "attempt": spec.attempt_id,
            "generation": spec.generation, "index": spec.index,
            "attempts_in_generation": context.attempts_in_generation,
            "same_parent_before": context.same_parent_before, "parent": spec.parent_id,
            "root": root, "iterations_left": context.iterations_left,
            "generations_total": context.generations_total, "seed": spec.seed,
            "diagnosis_retries": context.diagnosis_retries,
            "time_limit_s": context.time_limit_s, "benchmark": bench.name,
            "selection_splits": list(context.selection_splits),
            "meta_paths": list(META_PATHS), "limits": limits.to_dict()}


def _cached(path: Path, make: Callable[[], str]) -> Path:
    """A cache file, written (atomically) the first time it is asked for."""
    if not path.exists():
        write_text_atomic(path, make())
    return path


def _link(source: Path, dest: Path) -> None:
    """Hardlink a cache file into an export; copy it where links fail (another file system)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, dest)
    except OSError:
        shutil.copyfile(source, dest)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _dumps(value: JsonLike) -> str:
    """One JSON line."""
    return json.dumps(value, ensure_ascii=False) + "\n"
