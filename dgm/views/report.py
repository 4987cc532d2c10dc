"""`dgm report`: one self-contained HTML file: summary, plots, lineage, attempts, every agent."""

from __future__ import annotations

import base64
import re
import time
from html import escape
from typing import Any

from agents_archive import AgentRecord
from dgm.views import html
from dgm.views.lineage import Lineage, one_line, score_text
from dgm.views.plot import progress_png
from dgm.views.progress import progress
from dgm.views.rundata import RunView, record_iteration
from dgm.views.show import cost_of, outcome_text, patch_text, task_rows, usage_by_attempt
from dgm.views.summary import run_summary

MAX_DIFF_LINES, MAX_DIFF_CHARS = 400, 40_000  # per agent; the rest is one `dgm diff` away
COMMIT_LINE = re.compile(r"^[0-9a-f]{40}$")


def build_report(run: RunView) -> str:
    """The whole report as one HTML string (plots inline as base64 PNG; no external asset)."""
    summary = run_summary(run)
    lineage = Lineage(run.records)
    title = f"DGM run {run.name}"
    body = [f"<h1>{escape(title)}</h1>",
            f"<p>Report made {time.strftime('%Y-%m-%d %H:%M:%S %Z')} from <code>"
            f"{escape(str(run.root))}</code>; state: <b>{escape(summary['state'])}</b>.</p>"]
    if run.simulated:
        body.append("<p class=\"sim\">Simulated model (toy): every score in this run is a "
                    "simulation, not a measurement of a real model.</p>")
    body += _summary_section(summary)
    body += _progress_section(run, summary)
    body += _tree_section(lineage)
    body += _attempts_section(run)
    body += _agents_section(run, lineage)
    return html.page(title, body)


def _summary_section(s: dict[str, Any]) -> list[str]:
    best = (f"{score_text(s['best_score'])} ({html.agent_link(s['best_agent'])}, "
            f"iteration {s['best_iteration']})" if s["best_agent"] else "-")
    rows = [("benchmark", escape(s["benchmark"])),
            ("selection / admission / baseline",
             escape(f"{s['selection']} / {s['admission']} / {s['baseline']}")),
            ("generations", f"{s['generations_finished']} finished of "
                            f"{s['generations_total'] or '?'}"),
            ("archive", f"{s['archive_size']} agents ({s['rejected']} kept but not parents)"),
            ("attempts", f"{s['attempts']} ({s['discarded']} discarded)"),
            ("seed score", score_text(s["seed_score"])), ("best score", best),
            ("cost", f"${s['usd']:.4f}, {s['tokens']:,} tokens, {s['calls']:,} model calls"),
            ("wall time", time.strftime("%H:%M:%S", time.gmtime(s["wall_s"])))]
    return ["<h2 id=\"summary\">Summary</h2>", html.facts(rows)]


def _progress_section(run: RunView, s: dict[str, Any]) -> list[str]:
    png = progress_png(progress(run), f"{run.name}{' (simulated model)' if run.simulated else ''}")
    data = base64.b64encode(png).decode()
    alt = (f"Progress of {run.name}: best score {score_text(s['best_score'])}; "
           f"cumulative cost ${s['usd']:.4f}")
    return ["<h2 id=\"progress\">Progress</h2>",
            "<p>Left: every archived agent's score by the iteration that made it (hollow: kept "
            "but not a parent) and the best score so far. Right: cumulative model cost.</p>",
            f"<img class=\"plot\" alt=\"{escape(alt)}\" src=\"data:image/png;base64,{data}\">"]


def _tree_section(lineage: Lineage) -> list[str]:
    path = " → ".join(html.agent_link(a) for a in lineage.best_path) or "-"
    return ["<h2 id=\"lineage\">Lineage</h2>",
            f"<p>Path to the best agent (bold red, ★ marks the best): {path}</p>",
            "<div class=\"toolbar\"><button onclick=\"setAll('.tree details',true)\">expand all"
            "</button> <button onclick=\"setAll('.tree details',false)\">collapse all</button>"
            "</div>", html.tree_html(lineage)]


def _attempts_section(run: RunView) -> list[str]:
    admitted = {str(e.data.get("attempt")): str(e.data.get("agent")) for e in run.events
                if e.kind in ("child_admitted", "child_duplicate")}
    rows = []
    for info in run.attempts():
        result = info.result or {}
        child = admitted.get(info.attempt_id)
        rows.append([f"<code>{escape(info.attempt_id)}</code>", str(info.iteration or 0),
                     html.agent_link(result["parent_id"]) if result.get("parent_id") else "-",
                     escape(info.status), score_text(result.get("score")),
                     html.agent_link(child) if child else "-"])
    return ["<h2 id=\"attempts\">Attempts</h2>",
            "<p>Every attempt directory; <i>unfinished</i> means in flight, or cut off by a "
            "crash (a resumed run re-runs it).</p>",
            html.table(["attempt", "iteration", "parent", "status", "score", "child agent"],
                       rows, numeric={1, 4})]


def _agents_section(run: RunView, lineage: Lineage) -> list[str]:
    diffs = bulk_parent_diffs(run)
    by_attempt = usage_by_attempt(run)
    sections = [_agent_html(run, v.record, lineage, diffs.get(v.record.id, ""), by_attempt)
                for v in lineage.walk()]
    return ["<h2 id=\"agents\">Agents</h2>",
            "<div class=\"toolbar\"><input type=\"search\" placeholder=\"filter by id or text\" "
            "oninput=\"filterAgents(this.value)\"> <span id=\"agent-count\">"
            f"{len(sections)}</span> shown <button onclick=\"setAll('details.agent',true)\">"
            "open all</button> <button onclick=\"setAll('details.agent',false)\">close all"
            "</button></div>", *sections]


def _agent_html(run: RunView, r: AgentRecord, lineage: Lineage, diff: str,
                by_attempt: dict[str, Any]) -> str:
    """One agent's page: facts, problem statement, per-task results, diff against its parent."""
    tasks, source = task_rows(run, r)
    cost = cost_of(r, by_attempt)
    roles = ", ".join(f"{escape(role)}: ${c['usd']:.4f}, {c['tokens']:,} tokens, {c['calls']} "
                      "calls" for role, c in sorted(cost["by_role"].items())) or "-"
    kids = " ".join(html.agent_link(k.id) for k in lineage.kids(r.id)) or "-"
    resolved = sum(bool(t.get("resolved")) for t in tasks)
    facts = [("parent", html.agent_link(r.parent) if r.parent else "- (seed agent)"),
             ("iteration / depth", f"{record_iteration(r)} / {r.generation}"),
             ("status", escape(r.status)), ("score", score_text(r.score)),
             ("tasks", f"{resolved}/{len(tasks)} resolved (from the {source})"),
             ("cost", f"${r.cost_usd:.4f}, {r.tokens:,} tokens"), ("by role", roles),
             ("attempt", escape(str(r.extra.get("attempt_id", "-")))),
             ("created", escape(r.created_at or "-")), ("children", kids)]
    parts = [html.facts(facts), "<h4>Problem statement</h4>",
             f"<pre>{escape(r.problem_statement.strip() or '(none: the seed agent)')}</pre>",
             "<h4>Per-task results</h4>", _tasks_table(tasks), "<h4>Diff against parent</h4>",
             html.diff_html(diff, MAX_DIFF_LINES, MAX_DIFF_CHARS) if r.parent
             else "<p>(the seed agent has no parent)</p>"]
    search = escape(f"{r.id} {r.summary} {r.problem_statement[:400]}".lower())
    head = (f"<span class=\"id\">{r.id}</span> it{record_iteration(r)} · "
            f"{score_text(r.score)} · {escape(r.status)} — {escape(one_line(r.summary, 100))}")
    return (f"<details class=\"agent\" id=\"agent-{r.id}\" data-search=\"{search}\">"
            f"<summary>{head}</summary>{''.join(parts)}</details>")


def _tasks_table(tasks: list[dict[str, Any]]) -> str:
    rows = []
    for t in tasks:
        outcome = outcome_text(t)
        cls = "resolved" if outcome == "resolved" else "failed"
        rows.append([escape(str(t["task_id"])), str(t.get("repeat") or 0),
                     f"<span class=\"{cls}\">{outcome}</span>", patch_text(t),
                     _num(t.get("agent_s"), "{:.1f}"), _num(t.get("tokens"), "{:,}"),
                     _num(t.get("usd"), "{:.4f}")])
    return html.table(["task", "repeat", "outcome", "patch", "agent s", "tokens", "usd"],
                      rows, numeric={1, 4, 5, 6})


def _num(value: Any, fmt: str) -> str:
    return "-" if value is None else fmt.format(value)


def bulk_parent_diffs(run: RunView) -> dict[str, str]:
    """Every agent's diff against its parent, from one `git diff-tree --stdin` process."""
    by_commit = {r.commit: r.id for r in run.records if r.parent}
    if not by_commit:
        return {}
    out = run.archive.git.run_bytes("diff-tree", "--stdin", "-p", "--no-renames",
                                    "--no-color", "--no-ext-diff",
                                    input="".join(f"{c}\n" for c in by_commit).encode())
    diffs: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in out.decode(errors="replace").splitlines():
        if COMMIT_LINE.match(line) and line in by_commit:
            current = diffs.setdefault(by_commit[line], [])
        elif current is not None:
            current.append(line)
    return {agent: "\n".join(lines) + "\n" for agent, lines in diffs.items()}
