"""HTML pieces of the report: page shell with inline CSS and JS, tables, the tree, diffs."""

from __future__ import annotations

from html import escape

from dgm.views.lineage import Lineage, one_line, score_text
from dgm.views.rundata import record_iteration

MAX_NEST = 60  # deeper agents are listed flat (with their depth) to keep the DOM shallow
OPEN_ALL_UP_TO = 200  # smaller trees start fully open; larger ones open the best path only

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:0 1.2em 3em;
color:#1d1d1d}
h1{margin:.6em 0 .2em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
h4{margin:1em 0 .3em}
.sim{background:#fff3cd;border:1px solid #e0c36a;padding:.4em .8em;border-radius:4px}
table{border-collapse:collapse;margin:.3em 0}td,th{padding:2px 10px;text-align:left;
border-bottom:1px solid #eee;vertical-align:top}th{background:#f6f6f6}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code,pre,.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
pre{background:#f7f7f7;padding:.6em;overflow-x:auto;white-space:pre-wrap;border-radius:4px}
.diff .add{color:#116329;background:#e6ffec}.diff .del{color:#82071e;background:#ffebe9}
.diff .hunk{color:#0550ae}.diff .file{font-weight:bold}
.tree ul{list-style:none;padding-left:1.3em;margin:0;border-left:1px dotted #bbb}
.tree>ul{border-left:none;padding-left:0}.tree summary{cursor:pointer}
.tree li{margin:1px 0}.tree .leaf{padding-left:1.1em}
.path>.node,.path>details>summary .node{font-weight:bold;color:#b71c1c}
.best .star{color:#e6a100}.rejected{color:#888}.deep{color:#888;font-size:12px}
details.agent{border:1px solid #ddd;border-radius:5px;margin:.4em 0;padding:.2em .8em}
details.agent[open]{background:#fcfcfc}details.agent>summary{cursor:pointer;padding:.2em 0}
.resolved{color:#116329;font-weight:bold}.failed{color:#82071e}
.toolbar{margin:.5em 0}.toolbar input{width:22em;padding:2px 6px}
img.plot{max-width:100%;border:1px solid #eee}
"""

JS = """
function setAll(sel,open){document.querySelectorAll(sel).forEach(d=>d.open=open)}
function openHash(){const id=decodeURIComponent(location.hash.slice(1));if(!id)return;
const el=document.getElementById(id);if(el&&el.tagName==='DETAILS'){el.open=true;
el.scrollIntoView()}}
function filterAgents(q){q=q.trim().toLowerCase();let n=0;
document.querySelectorAll('details.agent').forEach(d=>{const hit=!q||
d.dataset.search.includes(q);d.style.display=hit?'':'none';n+=hit});
document.getElementById('agent-count').textContent=n}
function markPlots(){document.querySelectorAll('img.plot').forEach(i=>{
i.dataset.loaded=String(i.complete&&i.naturalWidth>0)})}
window.addEventListener('hashchange',openHash);
window.addEventListener('load',()=>{markPlots();openHash()});
"""


def page(title: str, body: list[str]) -> str:
    """A complete, self-contained HTML document."""
    return "".join([
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">",
        f"<title>{escape(title)}</title><style>{CSS}</style><script>{JS}</script></head>",
        "<body>\n", "\n".join(body), "\n</body></html>\n"])


def table(header: list[str], rows: list[list[str]], numeric: set[int] = frozenset(),
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
    out, stack = ["<div class=\"tree\"><ul>"], []
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


def _tree_node(record: object, is_best: bool, deep: int | None) -> str:
    r = record
    star = "<span class=\"star\">★ </span>" if is_best else ""
    depth = f"<span class=\"deep\">[depth {deep}, child of {r.parent}] </span>" if deep else ""
    return (f"<span class=\"node\">{depth}{star}{agent_link(r.id)} it{record_iteration(r)} "
            f"{score_text(r.score)} {escape(r.status)}</span> "
            f"— {escape(one_line(r.summary, 90))}")


def diff_html(diff: str, max_lines: int, max_chars: int) -> str:
    """A unified diff with added, removed and hunk lines coloured; long diffs are cut."""
    lines, size, out = diff.splitlines(), 0, []
    for n, line in enumerate(lines):
        size += len(line) + 1
        if n >= max_lines or size > max_chars:
            out.append(f"<span class=\"hunk\">… {len(lines) - n} more lines; see `dgm diff`"
                       "</span>")
            break
        cls = ("file" if line.startswith(("diff --git", "+++ ", "--- ")) else
               "add" if line.startswith("+") else "del" if line.startswith("-") else
               "hunk" if line.startswith("@@") else "")
        text = escape(line)
        out.append(f"<span class=\"{cls}\">{text}</span>" if cls else text)
    return "<pre class=\"diff\">" + "\n".join(out) + "</pre>"
