"""`dgm status`: a read-only summary of a run, from its journal, archive and ledger."""

from __future__ import annotations

import time
from typing import Any

from dgm.config import load_config
from dgm.journal import Event, Journal
from dgm.rundir import RunDir
from dgm.views.attempts import count_attempts

STATUS_VERSION = 1


def run_status(path: str) -> dict[str, Any]:
    """Where the run at `path` stands; reads only, so it is safe while the run goes on."""
    run = RunDir.find(path)
    config = load_config(run.config)
    events = list(Journal(run.journal).events())
    journal = _journal_facts(events)
    pid = run.driver_pid()
    archive = _archive_facts(run)
    return {
        "v": STATUS_VERSION,
        "run": config.name,
        "dir": str(run.root),
        "state": "running" if pid else ("stopped" if journal["started"] else "not started"),
        "driver_pid": pid,
        "stop_reason": None if pid else journal["stop_reason"],
        "generation": journal["generation"],
        "generations_finished": journal["generations_finished"],
        "generations_total": config.evolution.generations,
        "attempts": count_attempts(events, running=bool(pid)),
        **archive,
        "cost": _cost(run),
        "wall_s": journal["wall_s"],
        "simulated": _simulated(config),
        "cluster": _cluster(run) if pid else None,
    }


def _journal_facts(events: list[Event]) -> dict[str, Any]:
    facts: dict[str, Any] = {"started": False, "stop_reason": None, "generation": 0,
                             "generations_finished": 0, "wall_s": 0.0}
    for e in events:
        d = e.data
        facts["wall_s"] = d.get("wall_s", facts["wall_s"])
        if e.kind in ("run_started", "run_resumed"):
            facts["started"], facts["stop_reason"] = True, None
            facts["session_at"] = e.at
        elif e.kind == "run_stopped":
            facts["stop_reason"] = d.get("reason")
        elif e.kind == "generation_started":
            facts["generation"] = d["generation"]
        elif e.kind == "generation_finished":
            facts["generations_finished"] = d["generation"]
    return facts


def _archive_facts(run: RunDir) -> dict[str, Any]:
    if not run.archive.exists():
        return {"archive_size": 0, "best": None, "seed_score": None}
    from agents_archive import GitArchive

    records = GitArchive.open(run.archive).agents()
    scored = [r for r in records if r.score is not None]
    best = max(scored, key=lambda r: (r.score, -r.extra.get("iteration", 0)), default=None)
    root = next((r for r in records if r.parent is None), None)
    return {"archive_size": len(records),
            "best": {"agent": best.id, "score": best.score} if best else None,
            "seed_score": root.score if root else None}


def _cost(run: RunDir) -> dict[str, Any]:
    from dgm.gateway.ledger import Ledger

    entries = Ledger(run.ledger).entries() if run.ledger.exists() else []
    return {"usd": round(sum(e.usd for e in entries), 6),
            "tokens": sum(e.tokens for e in entries), "calls": len(entries)}


def _cluster(run: RunDir) -> dict[str, Any] | None:
    """Nodes and busy sandbox slots, as the driver of a run on a Ray cluster last wrote them."""
    from dgm.rundir import read_json

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


def _simulated(config: Any) -> bool:
    gw = config.gateway
    providers = {gw.get("provider", "toy")} | {r.get("provider") for r in
                                              gw.get("roles", {}).values()}
    return "toy" in providers


def _attempts_text(counts: dict[str, Any]) -> str:
    """'5 finished (3 admitted, 1 discarded, 1 duplicate), 2 in flight'."""
    return (f"{counts['finished']} finished ({counts['admitted']} admitted, "
            f"{counts['discarded']} discarded, {counts['duplicates']} duplicate), "
            f"{len(counts['in_flight'])} in flight")


def render_status(info: dict[str, Any]) -> None:
    """Print the status for a person."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_header=False, box=None)
    best = info["best"]
    rows = [
        ("run", f"{info['run']} ({info['dir']})"),
        ("state", info["state"] + (f" ({info['stop_reason']})" if info["stop_reason"] else "")),
        ("generation", f"{info['generation']} started, {info['generations_finished']} of "
                       f"{info['generations_total']} finished"),
        ("archive", f"{info['archive_size']} agents"),
        ("best", f"{best['score']:.3f} ({best['agent']})" if best else "-"),
        ("seed score", "-" if info["seed_score"] is None else f"{info['seed_score']:.3f}"),
        ("attempts", _attempts_text(info["attempts"])),
        ("cost", f"${info['cost']['usd']:.4f}, {info['cost']['tokens']:,} tokens, "
                 f"{info['cost']['calls']} calls"),
        ("wall time", time.strftime("%H:%M:%S", time.gmtime(info["wall_s"]))),
    ]
    if info.get("cluster"):
        rows += _cluster_rows(info["cluster"])
    for key, value in rows:
        table.add_row(f"[dim]{key}[/dim]", value)
    console = Console()
    if info["simulated"]:
        console.print("[yellow]simulated model (toy): results are a simulation[/yellow]")
    console.print(table)
