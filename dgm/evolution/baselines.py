"""The baselines a run can be: the DGM itself, the DGM paper's two ablations and the
Hyperagents paper's frozen meta agent, as one table."""

from __future__ import annotations

from dataclasses import dataclass

PARENT, SEED = "parent", "seed"  # whose code performs a self-modification


@dataclass(frozen=True)
class Baseline:
    """What a baseline changes: which parents it draws, and whose code modifies them."""

    selection: str | None  # strategy used every generation; None: evolution.selection
    meta_agent: str  # PARENT: each parent modifies itself; SEED: the seed modifies every parent
    about: str  # one line for --help and the docs


BASELINES: dict[str, Baseline] = {
    "dgm": Baseline(None, PARENT, "the Darwin Gödel Machine"),
    "no_darwin": Baseline("latest", PARENT, "no archive: always extend the newest agent"),
    "no_selfimprove": Baseline(None, SEED, "the seed agent makes every change"),
    "frozen_meta": Baseline(None, SEED, "the starting agent's meta agent makes every change, "
                            "and meta-agent edits are dropped (mode hyperagent)"),
}
# Baselines that only one mode has: the seed's fixed step in dgm, its meta agent in hyperagent.
ONLY_IN_MODE = {"no_selfimprove": "dgm", "frozen_meta": "hyperagent"}
