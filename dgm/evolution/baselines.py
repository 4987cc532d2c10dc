"""The baselines a run can be: the DGM itself and the paper's two ablations, as one table."""

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
}
