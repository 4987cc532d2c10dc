"""`dgm tree` output: text (path to the best agent highlighted), Graphviz dot, SVG, JSON."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

from dgm.views.lineage import Lineage, Visit, one_line, score_text
from dgm.views.parts import LEGEND, any_parts, parts_of, tag_of
from dgm.views.rundata import record_iteration
from ground.errors import DgmError

MAX_GUIDES = 24  # deeper agents show their depth instead of ever more guide columns
BEST, ON_PATH, OFF_PATH = "★ ", "● ", "  "
STATUS_STYLE = {"ok": "", "rejected": "dim", "new": "yellow"}
DOT_MISSING = ("Graphviz's `dot` is not installed, so there is no SVG",
               "install Debian's graphviz package (apt-get install graphviz), "
               "or use --format dot and render the file elsewhere")


@dataclass(frozen=True)
class TreeLine:
    """One line of the text tree and how to style it."""

    text: str
    style: str


def tree_lines(lineage: Lineage, summary_width: int = 72) -> list[TreeLine]:
    """The text tree, one line per agent; the best agent and its ancestors are marked, and
    in a run that records changed parts each agent's tag ([T], [M], [TM]) follows its status."""
    on_path = set(lineage.best_path)
    best = lineage.best.id if lineage.best else None
    tagged = any_parts(lineage.by_id.values())
    lines = []
    for visit in lineage.walk():
        record = visit.record
        mark = BEST if record.id == best else ON_PATH if record.id in on_path else OFF_PATH
        tag = f"{_bracket(tag_of(record)):<5}" if tagged else ""
        text = (f"{_guides(visit)}{record.id} {mark}it{record_iteration(record):<3} "
                f"{score_text(record.score):>6}  {record.status:<9} {tag}"
                f"{one_line(record.summary, summary_width)}").rstrip()
        style = "bold green" if record.id in on_path else STATUS_STYLE.get(record.status, "")
        lines.append(TreeLine(text, style))
    return lines


def _bracket(tag: str) -> str:
    """'[TM]', or '' for an agent with no tag."""
    return f"[{tag}]" if tag else ""


def _guides(visit: Visit) -> str:
    """The guide columns before an agent, shortened for very deep agents."""
    lead = visit.lead
    if len(lead) > 4 * MAX_GUIDES:
        lead = f"┆depth {visit.depth}┆ " + lead[-4 * (MAX_GUIDES // 2):]
    return lead + visit.branch


def tree_header(lineage: Lineage, run_name: str) -> str:
    """One line above the tree: size, best agent, legend (with the part tags when shown)."""
    count = len(lineage.by_id)
    tags = f"; {LEGEND}" if any_parts(lineage.by_id.values()) else ""
    if lineage.best is None:
        return f"lineage of {run_name}: {count} agents, none scored yet{tags}"
    return (f"lineage of {run_name}: {count} agents; best {lineage.best.id} "
            f"({score_text(lineage.best.score)}); {BEST.strip()} best, "
            f"{ON_PATH.strip()} its ancestors{tags}")


def tree_text(lineage: Lineage, run_name: str) -> str:
    """The plain text tree with its header line last."""
    lines = [line.text for line in tree_lines(lineage)]
    return "\n".join([*lines, tree_header(lineage, run_name)]) + "\n"


def tree_dot(lineage: Lineage, run_name: str) -> str:
    """The lineage as a Graphviz digraph; the path to the best agent drawn bold and red; the
    part tag in each label, and meta-only agents (like agents kept but not parents) dashed."""
    on_path = set(lineage.best_path)
    out = [f"digraph {_quote('lineage of ' + run_name)} {{",
           '  node [shape=box, style="rounded,filled", fontname="monospace", fontsize=10];',
           "  edge [color=gray40];"]
    for visit in lineage.walk():
        r = visit.record
        tag = f" · {_bracket(tag_of(r))}" if tag_of(r) else ""
        label = (f"{r.id}\\nit{record_iteration(r)} · {score_text(r.score)} · {r.status}{tag}"
                 f"\\n{_escape(one_line(r.summary, 40))}")
        attrs = [f'label="{label}"', f'fillcolor="{_fill(r.score)}"']
        if r.id in on_path:
            attrs += ['color="#c62828"', "penwidth=3"]
        if r.status != "ok" or parts_of(r) == "meta":
            attrs.append('style="rounded,filled,dashed"')
        out.append(f"  {_quote(r.id)} [{', '.join(attrs)}];")
        if r.parent in lineage.by_id:
            edge = ' [color="#c62828", penwidth=3]' if r.id in on_path else ""
            out.append(f"  {_quote(r.parent or '')} -> {_quote(r.id)}{edge};")
    return "\n".join([*out, "}"]) + "\n"


def tree_svg(dot_text: str) -> str:
    """Lay the dot source out as SVG with Graphviz, or say which package provides it."""
    dot = shutil.which("dot")
    if dot is None:
        raise DgmError(*DOT_MISSING)
    proc = subprocess.run([dot, "-Tsvg"], input=dot_text.encode(), capture_output=True)
    if proc.returncode != 0:
        reason = proc.stderr.decode(errors="replace").strip().splitlines()
        raise DgmError(f"Graphviz failed: {reason[-1] if reason else 'no message'}",
                       "use --format dot and inspect the graph source")
    return proc.stdout.decode()


def _fill(score: float | None) -> str:
    """White for 0 (or unscored) to green for 1."""
    level = max(0.0, min(1.0, score or 0.0))
    red, blue = int(255 - 120 * level), int(255 - 140 * level)
    return f"#{red:02x}ff{blue:02x}" if score is not None else "#eeeeee"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _quote(text: str) -> str:
    return f'"{_escape(text)}"'
