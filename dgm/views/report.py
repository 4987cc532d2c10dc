"""`dgm report`: one self-contained HTML file: summary, plots, lineage, attempts, every agent."""

from __future__ import annotations

import base64
import json
import re
import time
from collections import Counter
from html import escape
from typing import Any

from agents_archive import AgentRecord
from dgm.run.usage import tokens_text
from dgm.views import html
from dgm.views.attempts import DUPLICATE, attempt_outcomes
from dgm.views.improvement import imp_label, imp_text
from dgm.views.lineage import Lineage, interval_text, one_line, score_text
from dgm.views.parts import NAMES, origin_of, origin_text, parts_text, scores_from, tag_of
from dgm.views.plot import progress_png
from dgm.views.progress import progress
from dgm.views.rundata import RunView, record_iteration
from dgm.views.show import cost_of, task_rows, usage_by_attempt
from dgm.views.summary import run_summary

MAX_DIFF_LINES, MAX_DIFF_CHARS = 400, 40_000  # per agent; the rest is one `dgm diff` away
COMMIT_LINE = re.compile(r"^[0-9a-f]{40}$")


def build_report(run: RunView, k: int | None = None) -> str:
    """The whole report as one HTML string (plots inline as base64 PNG; no external asset);
    imp@k with `k`, else the run's evolution.imp_k."""
    summary = run_summary(run, k)
    lineage = Lineage(run.records, run.best_rule)
    title = f"DGM run {run.name}"
    body = [f"<h1>{escape(title)}</h1>",
            f"<p>Report made {time.strftime('%Y-%m-%d %H:%M:%S %Z')} from <code>"
            f"{escape(str(run.root))}</code>; state: <b>{escape(summary['state'])}</b>.</p>"]
    if run.simulated:
        body.append("<p class=\"sim\">Simulated model (toy): every score in this run is a "
                    "simulation, not a measurement of a real model.</p>")
    body += [f"<p class=\"sim\">Warning: {escape(w)} (skipped)</p>" for w in run.warnings]
    body += _summary_section(summary)
    body += _progress_section(run, summary)
    body += _tree_section(lineage)
    body += _attempts_section(run)
    body += _agents_section(run, lineage)
    return html.page(title, body)


def _summary_section(s: dict[str, Any]) -> list[str]:
    best = (f"{score_text(s['best_score'])}{interval_text(s['best_interval'])} "
            f"({html.agent_link(s['best_agent'])}, "
            f"iteration {s['best_iteration']})" if s["best_agent"] else "-")
    rows = [("benchmark", escape(s["benchmark"])), ("mode", escape(str(s["mode"]))),
            *([("started from", escape(origin_text(s["origin"])))] if s["origin"] else []),
            ("selection / admission / baseline",
             escape(f"{s['selection']} / {s['admission']} / {s['baseline']}")),
            ("generations", f"{s['generations_finished']} finished of "
                            f"{s['generations_total'] or '?'}"),
            ("archive", f"{s['archive_size']} agents ({s['rejected']} kept but not parents)"),
            ("attempts", f"{s['attempts']} ({s['attempts_finished']} finished: "
                         f"{s['admitted']} admitted, {s['discarded']} discarded, "
                         f"{s['duplicates']} duplicate)"),
            *([("task duplicates", f"{s['task_duplicates']} (children whose task agent "
                "equals an archived agent's, whole duplicates included)")]
              if s["mode"] == "hyperagent" or s["task_duplicates"] != s["duplicates"] else []),
            ("seed score", score_text(s["seed_score"])), ("best score (selection)", best),
            ("best score (held-out)", score_text(s["best_heldout_score"])
             + interval_text(s["best_heldout_interval"]) + " &mdash; quote this one: the "
             "selection score is biased upwards by the selection itself"),
            (imp_label(s), escape(imp_text(s)) + " &mdash; the best agent made up to that "
             "iteration against the starting agent; quote the held-out difference"),
            ("cost", f"${s['usd']:.4f}, {tokens_text(s)}, {s['calls']:,} model calls"),
            ("wall time", time.strftime("%H:%M:%S", time.gmtime(s["wall_s"])))]
    return ["<h2 id=\"summary\">Summary</h2>", html.facts(rows)]


def _progress_section(run: RunView, s: dict[str, Any]) -> list[str]:
    prog = progress(run)
    png = progress_png(prog, f"{run.name}{' (simulated model)' if run.simulated else ''}",
                       k=s["imp_k"])
    data = base64.b64encode(png).decode()
    alt = (f"Progress of {run.name}: best score {score_text(s['best_score'])}; "
           f"cumulative cost ${s['usd']:.4f}")
    at_k = (f"; the dashed line is iteration k = {s['imp_k']} of imp@k"
            if s["imp_k"] <= prog.iterations[-1] else
            f"; k = {s['imp_k']} of imp@k is beyond the iterations so far")
    return ["<h2 id=\"progress\">Progress</h2>",
            "<p>Left: every archived agent's score by the iteration that made it (hollow: kept "
            f"but not a parent) and the best score so far{at_k}. Right: cumulative model "
            "cost.</p>",
            f"<img class=\"plot\" alt=\"{escape(alt)}\" src=\"data:image/png;base64,{data}\">"]


def _tree_section(lineage: Lineage) -> list[str]:
    path = " → ".join(html.agent_link(a) for a in lineage.best_path) or "-"
    return ["<h2 id=\"lineage\">Lineage</h2>",
            f"<p>Path to the best agent (bold red, ★ marks the best): {path}</p>",
            "<div class=\"toolbar\"><button onclick=\"setAll('.tree details',true)\">expand all"
            "</button> <button onclick=\"setAll('.tree details',false)\">collapse all</button>"
            "</div>", html.tree_html(lineage)]


def _attempts_section(run: RunView) -> list[str]:
    outcomes = attempt_outcomes(run.events)
    rows, attempts = [], run.attempts()
    with_parts = any((info.result or {}).get("parts") for info in attempts)
    for info in attempts:
        result = info.result or {}
        outcome = outcomes.get(info.attempt_id)
        child = outcome.agent if outcome else None
        rows.append([f"<code>{escape(info.attempt_id)}</code>", str(info.iteration or 0),
                     html.agent_link(result["parent_id"]) if result.get("parent_id") else "-",
                     escape(info.status), score_text(result.get("score")),
                     escape(outcome.kind) if outcome else "-",
                     ("duplicate of " if outcome and outcome.kind == DUPLICATE else "")
                     + (html.agent_link(child) if child else "-")
                     + _task_twin(outcome.task_duplicate_of if outcome else None)]
                    + ([escape(_parts_cell(result.get("parts")))] if with_parts else []))
    counts = Counter(info.status for info in attempts)
    tally = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    duplicates = sum(o.kind == DUPLICATE for o in outcomes.values())
    tally += f"; {duplicates} duplicate" if duplicates else ""
    is_open = " open" if len(rows) <= html.OPEN_ALL_UP_TO else ""
    return ["<h2 id=\"attempts\">Attempts</h2>",
            "<p>Every attempt directory; <i>unfinished</i> means in flight, or cut off by a "
            "crash (a resumed run re-runs it). Outcome: <i>admitted</i> (the child entered the "
            "archive), <i>discarded</i> (no child that runs), <i>duplicate</i> (the child's "
            "source equals an archived agent, so nothing was added).</p>",
            f"<details{is_open}><summary>{len(rows)} attempts: {escape(tally) or 'none'}"
            "</summary>",
            html.table(["attempt", "iteration", "parent", "status", "score", "outcome",
                        "child agent", *(["parts"] if with_parts else [])],
                       rows, numeric={1, 4}), "</details>"]


def _task_twin(agent: str | None) -> str:
    """' (task agent of <id>)' for an admitted child that repeats an archived task agent."""
    return f" (task agent of {html.agent_link(agent)})" if agent else ""


def _parts_cell(parts: object) -> str:
    """An attempt's changed parts (result.json's `parts`), named; '-' when it has none."""
    return NAMES.get(parts, "-") if isinstance(parts, str) else "-"


def _agents_section(run: RunView, lineage: Lineage) -> list[str]:
    """A collapsed entry per agent; its page is drawn from the embedded JSON when opened."""
    diffs = bulk_parent_diffs(run)
    by_attempt = usage_by_attempt(run)
    names: dict[str, int] = {}
    pages, heads = {}, []
    for visit in lineage.walk():
        r = visit.record
        pages[r.id] = _agent_data(run, r, lineage, diffs.get(r.id, ""), by_attempt, names)
        heads.append(_agent_head(r))
    payload = json.dumps({"tasks": list(names), "agents": pages}, separators=(",", ":"),
                         ensure_ascii=False).replace("<", "\\u003c")
    return ["<h2 id=\"agents\">Agents</h2>",
            "<div class=\"toolbar\"><input type=\"search\" placeholder=\"filter by id or text\" "
            "oninput=\"filterAgents(this.value)\"> <span id=\"agent-count\">"
            f"{len(heads)}</span> shown <button onclick=\"setAll('details.agent',true)\">"
            "open all</button> <button onclick=\"setAll('details.agent',false)\">close all"
            "</button></div>", *heads,
            f"<script type=\"application/json\" id=\"agent-data\">{payload}</script>"]


def _agent_head(r: AgentRecord) -> str:
    """The always-visible line of an agent's entry."""
    search = escape(f"{r.id} {r.summary} {r.problem_statement[:400]}".lower())
    tag = f" [{tag_of(r)}]" if tag_of(r) else ""
    head = (f"<span class=\"id\">{r.id}</span> it{record_iteration(r)} · "
            f"{score_text(r.score)} · {escape(r.status)}{tag} — "
            f"{escape(one_line(r.summary, 100))}")
    return (f"<details class=\"agent\" id=\"agent-{r.id}\" data-search=\"{search}\">"
            f"<summary>{head}</summary></details>")


def _agent_data(run: RunView, r: AgentRecord, lineage: Lineage, diff: str,
                by_attempt: dict[str, Any], names: dict[str, int]) -> dict[str, Any]:
    """What an agent's page shows, compactly: facts, problem, per-task rows, cut diff."""
    tasks, source = task_rows(run, r)
    cost = cost_of(r, by_attempt)
    lines = diff.splitlines()
    keep, size = 0, 0
    while keep < min(len(lines), MAX_DIFF_LINES) and size + len(lines[keep]) < MAX_DIFF_CHARS:
        size += len(lines[keep]) + 1
        keep += 1
    return {"p": r.parent, "it": record_iteration(r), "d": r.generation, "st": r.status,
            "sc": r.score, "ci": r.score_interval, "ho": r.heldout_score,
            "hoci": r.heldout_interval, "usd": r.cost_usd, "tok": r.tokens,
            "roles": [[role, c["usd"], c["tokens"], c["calls"], c.get("cache_read_tokens", 0),
                       c.get("cache_write_tokens", 0)]
                      for role, c in sorted(cost["by_role"].items())],
            "att": r.extra.get("attempt_id"), "at": r.created_at,
            "kids": [k.id for k in lineage.kids(r.id)], "ps": r.problem_statement.strip(),
            "src": source, "t": [_task_row(t, names) for t in tasks],
            "diff": "\n".join(lines[:keep]), "cut": len(lines) - keep, **_hyper_data(r)}


def _hyper_data(r: AgentRecord) -> dict[str, Any]:
    """An agent page's parts ("pt"), reused scores ("sf") and origin ("og"), those it has."""
    origin = origin_of(r)
    found = {"pt": parts_text(r), "sf": scores_from(r),
             "og": origin_text(origin) if origin else None}
    return {key: value for key, value in found.items() if value}


def _task_row(t: dict[str, Any], names: dict[str, int]) -> list[Any]:
    """[task index, repeat, resolved, empty patch, applied, timed out, agent s, tokens, usd]."""
    index = names.setdefault(str(t["task_id"]), len(names))
    flags = [None if t.get(k) is None else int(bool(t[k]))
             for k in ("resolved", "empty_patch", "patch_applied", "timed_out")]
    return [index, t.get("repeat") or 0, *flags, t.get("agent_s"), t.get("tokens"), t.get("usd")]


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
