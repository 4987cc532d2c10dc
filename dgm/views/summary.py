"""A run in a few figures (for the report's header and `dgm compare`), and two runs side by side."""

from __future__ import annotations

from typing import Any

from dgm.run.usage import usage_totals
from dgm.views.attempts import count_attempts, task_duplicates
from dgm.views.improvement import imp_facts, imp_k_of
from dgm.views.lineage import best_agent
from dgm.views.parts import origin_of
from dgm.views.rundata import RunView, record_iteration

SUMMARY_VERSION = 1
# (key, label, format) of the rows `dgm compare` shows; numeric rows get a difference.
COMPARE_ROWS = [
    ("benchmark", "benchmark", "{}"), ("selection", "selection", "{}"),
    ("admission", "admission", "{}"), ("baseline", "baseline", "{}"),
    ("state", "state", "{}"), ("generations_finished", "generations", "{}"),
    ("archive_size", "archive size", "{}"), ("rejected", "rejected (kept)", "{}"),
    ("attempts", "attempts", "{}"), ("attempts_finished", "attempts finished", "{}"),
    ("admitted", "children admitted", "{}"), ("discarded", "attempts discarded", "{}"),
    ("duplicates", "duplicate children", "{}"),
    ("seed_score", "seed score", "{:.3f}"), ("best_score", "best score (selection)", "{:.3f}"),
    ("best_heldout_score", "best score (held-out)", "{:.3f}"),
    ("seed_heldout_score", "seed score (held-out)", "{:.3f}"),
    ("gain", "best - seed", "{:+.3f}"), ("best_iteration", "best found at iteration", "{}"),
    ("imp_at_k", "imp@k (selection)", "{:+.3f}"), ("imp_at_k_heldout", "imp@k (held-out)",
                                                    "{:+.3f}"),
    ("usd", "cost (USD)", "{:.4f}"), ("tokens", "tokens", "{:,}"),
    ("cache_read_tokens", "cache reads (tokens)", "{:,}"),
    ("cache_write_tokens", "cache writes (tokens)", "{:,}"),
    ("calls", "model calls", "{:,}"), ("wall_s", "wall time (s)", "{:.0f}"),
]


def run_summary(run: RunView, k: int | None = None) -> dict[str, Any]:
    """The figures of one run, from its config, journal, archive and ledger; imp@k with `k`,
    else the run's evolution.imp_k (50 for a run from before the key)."""
    evo = run.raw_config.get("evolution", {})
    evo = evo if isinstance(evo, dict) else {}
    records = run.records
    best = best_agent(records, run.best_rule)
    root = next((r for r in records if r.parent is None), None)
    pid = run.driver_pid()
    counts = count_attempts(run.events, running=pid is not None,
                            attempts_dir=run.run.attempts if run.run else None,
                            mode=str(evo.get("mode", "dgm")))
    usage = usage_totals(run.usage)
    seed_score = root.score if root else None
    return {
        "v": SUMMARY_VERSION, "run": run.name, "dir": str(run.root),
        "simulated": run.simulated, "benchmark": run.benchmark,
        "mode": evo.get("mode", "dgm"), "origin": origin_of(root) if root else None,
        "selection": evo.get("selection", "-"), "admission": evo.get("admission", "-"),
        "baseline": evo.get("baseline", "-"), "state": run.state.summary_state(pid),
        "generations_finished": len(run.state.finished),
        "generations_total": evo.get("generations"),
        "archive_size": len(records), "rejected": sum(r.status == "rejected" for r in records),
        "attempts": len(run.attempts()), "attempt_counts": counts,
        "attempts_finished": counts["finished"], "admitted": counts["admitted"],
        "discarded": counts["discarded"], "duplicates": counts["duplicates"],
        "task_duplicates": task_duplicates(run.events),
        "seed_score": seed_score, "best_score": best.score if best else None,
        "best_agent": best.id if best else None,
        "best_interval": best.score_interval if best else None,
        "best_heldout_score": best.heldout_score if best else None,
        "best_heldout_interval": best.heldout_interval if best else None,
        "seed_heldout_score": root.heldout_score if root else None,
        "best_iteration": record_iteration(best) if best else None,
        "gain": (best.score - seed_score) if best and best.score is not None
        and seed_score is not None else None,
        "usd": usage.usd, "tokens": usage.tokens, "calls": usage.calls,
        "input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens,
        "cache_read_tokens": usage.cache_read_tokens,
        "cache_write_tokens": usage.cache_write_tokens,
        "wall_s": run.state.wall_s,
        **imp_facts(records, run.best_rule, imp_k_of(evo, k), run.state.last_finished),
    }


def compare(a: RunView, b: RunView, k: int | None = None) -> dict[str, Any]:
    """Two runs' summaries and, for numeric figures, b minus a (imp@k with `k` for both, else
    each run's own)."""
    left, right = run_summary(a, k), run_summary(b, k)
    for mine in (left, right):
        mine["label"] = run_label(mine, right if mine is left else left)
    delta = {key: _minus(right[key], left[key]) for key, _, _ in COMPARE_ROWS
             if _minus(right[key], left[key]) is not None}
    return {"v": SUMMARY_VERSION, "runs": [left, right], "delta": delta}


def run_label(mine: dict[str, Any], other: dict[str, Any]) -> str:
    """The run's name, with its directory when the other run has the same name."""
    return f"{mine['run']} ({mine['dir']})" if mine["run"] == other["run"] else mine["run"]


def _minus(x: Any, y: Any) -> float | None:
    numeric = (int, float)
    if isinstance(x, numeric) and isinstance(y, numeric) and not isinstance(x, bool):
        return round(x - y, 6)
    return None


def compare_rows(result: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(label, run 1, run 2, difference) rows for a table."""
    left, right = result["runs"]
    rows = [("run", left["label"], right["label"], "")]
    for key, label, fmt in COMPARE_ROWS:
        diff = result["delta"].get(key)
        label = _imp_label(label, left, right)
        rows.append((label, _fmt(left[key], fmt), _fmt(right[key], fmt),
                     "" if diff is None else _fmt(diff, _signed(fmt))))
    best = ("best agent", left["best_agent"] or "-", right["best_agent"] or "-", "")
    return [*rows, best]


def _imp_label(label: str, left: dict[str, Any], right: dict[str, Any]) -> str:
    """'imp@k (selection)' as 'imp@50 (selection)'; when the runs' k differ, 'imp@k (selection,
    k 50 | 20)'; until both have finished iteration k, also ', up to iteration 3 | 12'."""
    if not label.startswith("imp@k"):
        return label
    ks, notes = (left["imp_k"], right["imp_k"]), []
    name = f"imp@{ks[0]}" if ks[0] == ks[1] else "imp@k"
    if ks[0] != ks[1]:
        notes.append(f"k {ks[0]} | {ks[1]}")
    if not (left["imp_reached"] and right["imp_reached"]):
        notes.append(f"up to iteration {left['imp_at']} | {right['imp_at']}")
    which = label.removeprefix("imp@k (").removesuffix(")")
    return f"{name} ({', '.join([which, *notes])})"


def _signed(fmt: str) -> str:
    """The same format with a sign: "{:.3f}" -> "{:+.3f}", "{}" -> "{:+}"."""
    if fmt == "{}":
        return "{:+}"
    return fmt if fmt.startswith("{:+") else fmt.replace("{:", "{:+", 1)


def _fmt(value: Any, fmt: str) -> str:
    if value is None:
        return "-"
    try:
        return fmt.format(value)
    except (ValueError, TypeError):
        return str(value)
