"""`dgm status`: a read-only summary of a run, from its journal, archive and ledger."""

from __future__ import annotations

import time
from typing import Any

from agents_archive import GitArchive
from dgm.config import RunConfig, load_config
from dgm.evolution.scoring import BestRule, best_agent, runs_of_record
from dgm.gateway import read_provider_state, wait_text
from dgm.journal import Event, Journal
from dgm.run.hgm_state import hgm_progress
from dgm.run.simulation import simulated
from dgm.run.state import fold
from dgm.run.usage import iter_usage, tokens_text, usage_totals
from dgm.rundir import RunDir, read_json
from dgm.views.attempts import count_attempts, task_duplicates
from dgm.views.improvement import imp_facts, imp_label, imp_text
from dgm.views.lineage import interval_text, score_text
from dgm.views.parts import origin_of, origin_text

STATUS_VERSION = 1


def run_status(path: str, k: int | None = None) -> dict[str, Any]:
    """Where the run at `path` stands; reads only, so it is safe while the run goes on.

    `state` is one of: "not started" (nothing journaled), "running" (a driver holds the
    run), "stopping" (a driver holds it and a stop was asked for: it finishes the attempts
    in flight), "stopped" (no driver; `stop_reason` says why) or "crashed" (no driver and
    no stop journaled: it was killed or the machine went down). When stopped or crashed,
    `attempts.interrupted` lists the attempts it left unfinished and `attempts.steps` the
    step each had reached; `dgm run --resume` runs them again from there.
    A damaged journal line does not stop the report: it is skipped and named in `warnings`.
    imp@k (`imp_*` keys) uses `k`, else the run's evolution.imp_k.
    """
    run = RunDir.find(path)
    config = load_config(run.config)
    events, warnings = Journal(run.journal).read_tolerant()
    journal = fold(events)
    pid = run.driver_pid()
    k = config.evolution.imp_k if k is None else k
    archive = _archive_facts(run, config.evolution.best_rule(), k, journal.last_finished)
    return {
        "v": STATUS_VERSION,
        "run": config.name,
        "dir": str(run.root),
        "state": journal.state(pid),
        "driver_pid": pid,
        "stop_reason": None if pid else journal.stop_reason,
        "generation": journal.generation,
        "generations_finished": journal.last_finished,
        "generations_total": config.evolution.generations,
        "attempts": count_attempts(events, running=bool(pid), attempts_dir=run.attempts,
                                   mode=config.evolution.mode),
        "task_duplicates": task_duplicates(events),
        "hgm": _hgm(events, config) if config.evolution.mode == "hgm" else None,
        **archive,
        "cost": _cost(run),
        "wall_s": journal.live_wall_s(pid, time.time()),
        "simulated": simulated(config.gateway),
        "cluster": _cluster(run) if pid else None,
        "provider": _provider(run) if pid else None,
        "warnings": warnings,
    }


def _hgm(events: list[Event], config: RunConfig) -> dict[str, Any]:
    """An HGM run's counters: expansions done, task evaluations out of the budget, and the
    final agent once named."""
    progress = hgm_progress(events)
    final = progress.final or {}
    return {"expansions": progress.expansions_done, "n_evals": progress.n_evals,
            "max_task_evals": config.evolution.hgm.max_task_evals,
            "final": final.get("agent"), "final_value": final.get("value"),
            "final_quantile": final.get("quantile")}


def _hgm_text(hgm: dict[str, Any], simulated: bool) -> str:
    """'12 expansions, 180 of 800 task evaluations; final agent ab12cd (5% quantile 0.61)'."""
    text = (f"{hgm['expansions']} expansions, {hgm['n_evals']} of {hgm['max_task_evals']} "
            "task evaluations")
    if hgm.get("final"):
        text += (f"; final agent {hgm['final']} ({hgm['final_quantile']:.0%} quantile "
                 f"{hgm['final_value']:.3f})")
    return text + (" (simulated)" if simulated else "")


def _archive_facts(run: RunDir, rule: BestRule, k: int, current: int) -> dict[str, Any]:
    """Archive size, best agent, seed, and imp@k (over no agent before the archive exists)."""
    records = GitArchive.open(run.archive).agents() if run.archive.exists() else []
    if not records:
        return {"archive_size": 0, "best": None, "seed_score": None,
                **imp_facts([], rule, k, current)}
    best = best_agent(records, rule)
    root = next((r for r in records if r.parent is None), None)
    return {"archive_size": len(records), "best": score_facts(best) if best else None,
            "seed_score": root.score if root else None,
            "seed": score_facts(root) if root else None,
            "origin": origin_of(root) if root else None, **imp_facts(records, rule, k, current)}


def side_by_side(facts: dict[str, Any]) -> str:
    """'selection 0.800 [0.49, 0.94] (20 runs) | held-out 0.700 [0.40, 0.89]'."""
    return (f"selection {score_text(facts['score'])}{interval_text(facts['interval'])} "
            f"({facts['runs']} runs) | held-out "
            f"{score_text(facts['heldout_score'])}{interval_text(facts['heldout_interval'])}")


def score_facts(record: Any) -> dict[str, Any]:
    """An agent's selection score and held-out score, side by side, with their intervals."""
    return {"agent": record.id, "score": record.score, "interval": record.score_interval,
            "runs": sum(map(len, runs_of_record(record).values())),
            "heldout_score": record.heldout_score, "heldout_interval": record.heldout_interval}


def _cost(run: RunDir) -> dict[str, Any]:
    """The run's model usage so far, read without touching the ledger; tokens also split into
    uncached input, output, and prompt-cache reads and writes."""
    totals = usage_totals(iter_usage(run.ledger))  # one entry at a time: only totals
    return {"usd": totals.usd, "tokens": totals.tokens, "calls": totals.calls,
            "input_tokens": totals.input_tokens, "output_tokens": totals.output_tokens,
            "cache_read_tokens": totals.cache_read_tokens,
            "cache_write_tokens": totals.cache_write_tokens}


def _provider(run: RunDir) -> dict[str, Any] | None:
    """The driver's model provider when a call is waiting out an outage:
    {"state": "unavailable", "text": "provider unavailable, retrying for 2m10s (...)", ...}."""
    state = read_provider_state(run.root)
    if state is None or state.get("state") != "unavailable":
        return None
    return {**state, "text": wait_text(state, time.time())}


def _cluster(run: RunDir) -> dict[str, Any] | None:
    """Nodes and busy sandbox slots, as the driver of a run on a Ray cluster last wrote them."""
    try:
        return read_json(run.root / "cluster.json")
    except (OSError, ValueError):
        return None


def _cluster_rows(cluster: dict[str, Any]) -> list[tuple[str, str]]:
    """One row for the cluster, one per node: its slots and the work running there."""
    alive = sum(n["alive"] for n in cluster["nodes"])
    nodes = f"{alive} node" + ("" if alive == 1 else "s")
    rows = [("cluster", f"{nodes}, {cluster['busy']} of {cluster['slots']} sandbox slots busy")]
    for n in cluster["nodes"]:
        state = f"{n['busy']}/{n['slots']} busy" if n["alive"] else "lost"
        work = ", ".join(n["work"])
        rows.append((f"  {n['host']} {n['id'][:8]}", state + (f": {work}" if work else "")))
    return rows


def _attempts_text(counts: dict[str, Any], task_dups: int = 0) -> str:
    """'5 finished (3 admitted, 1 discarded, 1 duplicate), 2 in flight' (or interrupted);
    task duplicates are named when some admitted child repeated an archived task agent."""
    left = (f"{len(counts['interrupted'])} interrupted" if counts["interrupted"] else
            f"{len(counts['in_flight'])} in flight")
    tasks = f", {task_dups} task duplicate" if task_dups != counts["duplicates"] else ""
    return (f"{counts['finished']} finished ({counts['admitted']} admitted, "
            f"{counts['discarded']} discarded, {counts['duplicates']} duplicate{tasks}), {left}")


def render_status(info: dict[str, Any]) -> None:
    """Print the status for a person."""
    # heavy: rich
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(show_header=False, box=None)
    best = info["best"]
    rows = [
        ("run", f"{info['run']} ({info['dir']})"),
        ("state", _state_text(info["state"], info["stop_reason"])),
        *([("provider", info["provider"]["text"])] if info.get("provider") else []),
        *([("hgm", _hgm_text(info["hgm"], info["simulated"]))] if info.get("hgm") else
          [("generation", f"{info['generation']} started, {info['generations_finished']} of "
                          f"{info['generations_total']} finished")]),
        ("archive", f"{info['archive_size']} agents"),
        ("best", f"{best['agent']}: {side_by_side(best)}" if best else
         "- (no fully evaluated agent yet)"),
        ("seed score", side_by_side(info["seed"]) if info.get("seed") else "-"),
        *([("started from", origin_text(info["origin"]))] if info.get("origin") else []),
        (imp_label(info), imp_text(info)),
        ("attempts", _attempts_text(info["attempts"], info.get("task_duplicates", 0))),
        *_interrupted_rows(info["attempts"]),
        ("cost", f"${info['cost']['usd']:.4f}, {tokens_text(info['cost'])}, "
                 f"{info['cost']['calls']} calls"),
        ("wall time", time.strftime("%H:%M:%S", time.gmtime(info["wall_s"]))),
    ]
    if info.get("cluster"):
        rows += _cluster_rows(info["cluster"])
    for key, value in rows:
        table.add_row(f"[dim]{key}[/dim]", escape(value))
    console = Console()
    if info["simulated"]:
        console.print("[yellow]simulated model (toy): results are a simulation[/yellow]")
    for warning in info.get("warnings", []):
        console.print(f"[yellow]warning: {escape(warning)}[/yellow]")
    console.print(table)


def _interrupted_rows(attempts: dict[str, Any]) -> list[tuple[str, str]]:
    """A row naming the attempts in flight, or those a stopped driver left unfinished, each
    with the step it had reached (and why it was cut short, when the driver said)."""
    steps, causes = attempts.get("steps", {}), attempts.get("causes", {})

    def named(attempt: str) -> str:
        step = f" at {steps[attempt]}" if attempt in steps else ""
        cause = f", {causes[attempt]}" if causes.get(attempt) else ""
        return f"{attempt} ({step.strip()}{cause})" if step or cause else attempt

    if attempts.get("interrupted"):
        return [("interrupted", ", ".join(map(named, attempts["interrupted"]))
                 + "; `dgm run --resume` runs them again from there")]
    if attempts.get("in_flight"):
        return [("in flight", ", ".join(map(named, attempts["in_flight"])))]
    return []


def _state_text(state: str, stop_reason: str | None) -> str:
    """The state, with why it stopped or what it is waiting for."""
    if state == "stopping":
        return "stopping (finishing the attempts in flight)"
    if stop_reason:
        return f"{state} ({stop_reason})"
    if state == "crashed":
        return "crashed (no stop recorded: the driver was killed or lost; " \
               "`dgm run --resume` continues)"
    return state
