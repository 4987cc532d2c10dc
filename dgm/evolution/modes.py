"""The loops a run can use (evolution.mode), as one table: which loop drives the run, and
which step makes a child from a parent."""

from __future__ import annotations

from dataclasses import dataclass

GENERATIONAL, HGM = "generational", "hgm"  # the loop: dgm.evolution.loop, or hgm_loop
FIXED, META_AGENT = "fixed", "meta_agent"  # the step: host diagnosis + self-modification, or
# the parent's own meta_agent.py in a sandbox (dgm.evolution.meta_attempt)


@dataclass(frozen=True)
class Mode:
    """How a mode runs."""

    loop: str
    step: str
    about: str  # one line for the docs


MODES: dict[str, Mode] = {
    "dgm": Mode(GENERATIONAL, FIXED, "the Darwin Gödel Machine's generational loop"),
    "hgm": Mode(HGM, FIXED, "the Huxley-Gödel Machine: expand-or-evaluate decisions"),
    "hyperagent": Mode(GENERATIONAL, META_AGENT,
                       "generational, and each parent's own meta agent makes its child"),
}


@dataclass
class HyperagentConfig:
    """[evolution.hyperagent]: what a meta agent sees of the archive, and score reuse."""

    # Ancestors of the parent (levels up from it) whose task runs are exported besides the
    # parent's own: a meta agent can follow what its lineage tried.
    export_ancestor_logs: int = 3
    export_recent_logs: int = 8  # the most recent agents whose task runs are exported too
    export_diff_kb: int = 16  # an agent's diff in the export is cut after this many KB
    # Cap on one attempt's export (copied to a worker on Ray): over it, the diffs of the
    # oldest agents outside the parent's lineage are left out, which the index says.
    export_max_mb: int = 24
    # A child whose task part equals an archived agent's reuses that agent's smoke run and
    # evaluation instead of paying for them again (task runs see the task part only).
    reuse_task_scores: bool = True
