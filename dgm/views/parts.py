"""What a hyperagent run records about its agents, worded for the views: the parts a child
changed (task agent, meta agent, both), scores reused from an identical task agent, and where
a run's starting agent came from.

Every field is optional in a record (`extra.parts`, `extra.changed_files`, `extra.scores_from`,
`extra.origin`); a run that has none of them shows exactly what it showed before: tags and
rows appear only where a record carries them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from agents_archive import AgentRecord

TAGS = {"task": "T", "meta": "M", "both": "TM"}  # `none` (a root) has no tag
NAMES = {"task": "task agent", "meta": "meta agent", "both": "both", "none": "none"}
LEGEND = "[T] task agent changed, [M] meta agent, [TM] both"
SHOWN_FILES = 6  # changed files named on a `dgm show` row; the JSON has them all


def parts_of(record: AgentRecord) -> str | None:
    """task, meta, both or none, as recorded; None when the record does not say."""
    value = record.extra.get("parts")
    return value if isinstance(value, str) and value in NAMES else None


def tag_of(record: AgentRecord) -> str:
    """'T', 'M', 'TM', or '' (no part recorded, or none changed)."""
    return TAGS.get(parts_of(record) or "", "")


def any_parts(records: Iterable[AgentRecord]) -> bool:
    """Whether some agent records its parts: the views then show tags for every agent."""
    return any(parts_of(r) is not None for r in records)


def changed_files(record: AgentRecord) -> dict[str, list[str]] | None:
    """{"task": [...], "meta": [...]} as recorded, or None."""
    value = record.extra.get("changed_files")
    if not isinstance(value, dict):
        return None
    return {part: [str(p) for p in paths] for part, paths in value.items()
            if isinstance(paths, list)}


def parts_text(record: AgentRecord) -> str | None:
    """'task agent (coding_agent.py, tools/bash.py)', 'both (...)'; None when not recorded or
    none changed (a root)."""
    parts = parts_of(record)
    return None if parts in (None, "none") else _parts_line(parts, changed_files(record) or {})


def _parts_line(parts: str, files: Mapping[str, list[str]]) -> str:
    """The part's name and the files changed, task part first."""
    paths = [*files.get("task", []), *files.get("meta", [])]
    named = ", ".join(paths[:SHOWN_FILES]) + (f", +{len(paths) - SHOWN_FILES} more"
                                              if len(paths) > SHOWN_FILES else "")
    return NAMES[parts] + (f" ({named})" if named else "")


def scores_from(record: AgentRecord) -> str | None:
    """The agent whose evaluation this one reused (same task agent), if it did."""
    value = record.extra.get("scores_from")
    return value if isinstance(value, str) and value else None


def origin_of(record: AgentRecord) -> dict[str, Any] | None:
    """A starting agent's `extra.origin` (where it came from), if it has one."""
    value = record.extra.get("origin")
    return value if isinstance(value, dict) else None


def origin_text(origin: dict[str, Any]) -> str:
    """'runs/a:ab12cd34ef56, pytasks, selection 0.620 [0.41, 0.79], held-out 0.550' (show)."""
    if origin.get("kind") != "run":
        where = f"directory {origin.get('path', '?')}"
        return where + ("; meta agent added" if origin.get("meta_added") else "")
    where = f"{origin.get('run_dir') or origin.get('run', '?')}:{origin.get('agent', '?')}"
    scores = (f"selection {_score(origin.get('score'))}{_interval(origin.get('score_interval'))}"
              f", held-out {_score(origin.get('heldout_score'))}"
              f"{_interval(origin.get('heldout_interval'))}")
    notes = [n for n, on in (("simulated", origin.get("simulated")),
                             ("meta agent added", origin.get("meta_added"))) if on]
    return ", ".join([where, str(origin.get("benchmark", "?")), scores, *notes])


def origin_line(origin: dict[str, Any]) -> str:
    """'from run a, agent ab12cd34ef56 (pytasks: selection 0.620, held-out 0.550)' (log)."""
    if origin.get("kind") != "run":
        return f"from directory {origin.get('path', '?')}"
    return (f"from run {origin.get('run', '?')}, agent {origin.get('agent', '?')} "
            f"({origin.get('benchmark', '?')}: selection {_score(origin.get('score'))}, "
            f"held-out {_score(origin.get('heldout_score'))})")


def show_rows(view: dict[str, Any]) -> list[tuple[str, str]]:
    """`dgm show`'s rows for an agent_view: parts, reused scores, origin (those it has)."""
    rows = []
    if view.get("parts") not in (None, "none"):
        rows.append(("parts", _parts_line(view["parts"], view.get("changed_files") or {})))
    if view.get("scores_from"):
        rows.append(("scores", f"reused from {view['scores_from']} (same task agent)"))
    if view.get("origin"):
        rows.append(("origin", origin_text(view["origin"])))
    return rows


# Origin figures are read from another run's record, so checked before they are formatted
# (as lineage.score_text and interval_text do; this module sits below lineage, which imports it).
def _score(value: object) -> str:
    """'0.620', or '-'."""
    return f"{value:.3f}" if isinstance(value, int | float) else "-"


def _interval(value: object) -> str:
    """' [0.41, 0.79]', or nothing."""
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int | float)
                                                           for v in value):
        return f" [{value[0]:.2f}, {value[1]:.2f}]"
    return ""
