"""HTML pieces of the report: page shell with inline CSS and JS, tables, the tree, diffs."""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from agents_archive import AgentRecord
from dgm.views.assets import CSS, JS
from dgm.views.lineage import Lineage, one_line, score_text
from dgm.views.parts import tag_of
from dgm.views.rundata import record_iteration

MAX_NEST = 60  # deeper agents are listed flat (with their depth) to keep the DOM shallow
OPEN_ALL_UP_TO = 200  # smaller trees start fully open; larger ones open the best path only

def page(title: str, body: list[str]) -> str:
    """A complete, self-contained HTML document."""
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">",
        f"<title>{escape(title)}</title><style>{CSS}</style><script>{JS}</script></head>",
        "<body>\n", "\n".join(body), "\n</body></html>\n"])


def table(header: list[str], rows: list[list[str]], numeric: Collection[int] = frozenset(),
          cls: str = "") -> str:
    """A table of already-escaped cells; columns in `numeric` are right-aligned."""
    def cell(tag: str, i: int, text: str) -> str:
        return f"<{tag} class=\"num\">{text}</{tag}>" if i in numeric else f"<{tag}>{text}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>"
                   for row in rows)
    return f"<table class=\"{cls}\"><tr>{head}</tr>{body}</table>"


def facts(rows: list[tuple[str, str]]) -> str:
    """A two-column key/value table (values already escaped)."""
    return "<table class=\"facts\">" + "".join(
        f"<tr><th>{escape(k)}</th><td>{v}</td></tr>" for k, v in rows) + "</table>"


def agent_link(agent_id: str) -> str:
    return f"<a class=\"id\" href=\"#agent-{agent_id}\">{agent_id}</a>"


def tree_html(lineage: Lineage) -> str:
    """The lineage as nested lists of <details>; the path to the best agent marked."""
    on_path, best = set(lineage.best_path), lineage.best.id if lineage.best else None
    open_all = len(lineage.by_id) <= OPEN_ALL_UP_TO
    out = ["<div class=\"tree\"><ul>"]
    stack: list[int] = []  # the levels of the open <details>
    for visit in lineage.walk():
        level = min(visit.depth, MAX_NEST)
        while stack and stack[-1] >= level:
            out.append("</ul></details></li>")
            stack.pop()
        r = visit.record
        classes = " ".join(c for c in ("path" if r.id in on_path else "",
                                       "best" if r.id == best else "", r.status) if c)
        node = _tree_node(r, r.id == best, visit.depth if visit.depth > MAX_NEST else None)
        if lineage.kids(r.id) and visit.depth < MAX_NEST:
            is_open = " open" if open_all or r.id in on_path else ""
            out.append(f"<li class=\"{classes}\"><details{is_open}><summary>{node}</summary><ul>")
            stack.append(level)
        else:
            out.append(f"<li class=\"{classes} leaf\">{node}</li>")
    out.extend("</ul></details></li>" for _ in stack)
    return "".join([*out, "</ul></div>"])


def _tree_node(r: AgentRecord, is_best: bool, deep: int | None) -> str:
    star = "<span class=\"star\">★ </span>" if is_best else ""
    depth = f"<span class=\"deep\">[depth {deep}, child of {r.parent}] </span>" if deep else ""
    tag = f" [{tag_of(r)}]" if tag_of(r) else ""
    return (f"<span class=\"node\">{depth}{star}{agent_link(r.id)} it{record_iteration(r)} "
            f"{score_text(r.score)} {escape(r.status)}{tag}</span> "
            f"— {escape(one_line(r.summary, 90))}")
