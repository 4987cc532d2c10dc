"""The fields of an agent record that callers set, as types shared by every layer.

agents_archive.AgentRecord holds them; the evolution core names them in its protocols
(which may not import the archive), so they live here.
"""

from __future__ import annotations

from typing import TypedDict

from ground.jsontypes import Json, JsonObject


class AgentExtra(TypedDict, total=False):
    """What the loop keeps in a record's `extra` (a record read back may hold other keys)."""

    attempt_id: str  # the attempt that made (or, for the seed, evaluated) the agent
    iteration: int  # the loop iteration that made it: the agents' order
    stages: list[str]  # the evaluation stages (splits) that ran
    # The root's only: the agent the run started from when not the bundled seed (dgm run
    # --from): kind "dir" with its path, or kind "run" with that run, agent and its scores
    # there (dgm.origin). Never shown to a model.
    origin: JsonObject
    # Mode hyperagent (dgm.evolution.hyper_loop): the parts the agent's patch changed (task,
    # meta, both; none for the root), its changed paths by part, the digest of its task
    # part, and the agent whose evaluation it reused because their task parts are equal.
    parts: str
    changed_files: dict[str, list[str]]
    task_digest: str
    scores_from: str


class RecordFields(TypedDict, total=False):
    """The fields of an AgentRecord a caller may set: add's meta and update_meta's keywords."""

    status: str
    score: float | None
    results: dict[str, Json]
    runs: dict[str, list[bool]]
    score_interval: list[float] | None
    complete: bool | None
    heldout_score: float | None
    heldout_interval: list[float] | None
    heldout_runs: dict[str, list[bool]]
    problem_statement: str
    summary: str
    cost_usd: float
    tokens: int
    created_at: str
    extra: AgentExtra
