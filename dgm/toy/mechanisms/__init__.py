"""The toy's improvement space as data (WORLD_DESIGN.md A.8, A.8b): each mechanism has
parameter ranges, implementation variants, a generator of edits for the hooks that
`dgm.toy.agent_ast` locates, and a structural detector of its own shape (to retune, not
duplicate). The records (Param, Mechanism, Names) live in base.py, which the family modules
import; this module holds the one table, by id, each mechanism after those it needs (its
stepping stones). The open world's self-modifier (dgm.toy.world_modifier) makes them."""

from __future__ import annotations

import random

from dgm.toy.agent_ast import index
from dgm.toy.mechanisms import editing, loop, output, reading, recovery, testing
from dgm.toy.mechanisms.base import EditOp, Mechanism, Names, Param, Params

__all__ = ["MECHANISMS", "EditError", "EditOp", "Mechanism", "Names", "Param", "Params",
           "apply_edits", "improve"]


class EditError(ValueError):
    """An edit's old_str is missing or not unique in its file."""


def apply_edits(files: dict[str, str], edits: list[EditOp]) -> dict[str, str]:
    """`files` with the edits applied in order, each old_str occurring exactly once."""
    out = dict(files)
    for path, old, new in edits:
        if old is None:
            out[path] = new
            continue
        count = out[path].count(old)
        if count != 1:
            raise EditError(f"{path}: old_str occurs {count} times, must be once: {old[:80]!r}")
        out[path] = out[path].replace(old, new)
    return out


def improve(files: dict[str, str], mechanism: str, rng: random.Random,
            variant: str | None = None, params: Params | None = None,
            ) -> tuple[dict[str, str], Params, str]:
    """Apply `mechanism` (add, or retune when present) to the agent's files; the new files,
    the parameters in effect afterwards (as its detector reads them) and the variant used."""
    if mechanism not in MECHANISMS:
        raise KeyError(f"unknown mechanism {mechanism!r}; choose from {', '.join(MECHANISMS)}")
    mech = MECHANISMS[mechanism]
    chosen = params if params is not None else mech.draw(rng)
    variant = variant or rng.choice(mech.variants)
    if variant not in mech.variants:
        raise KeyError(f"unknown variant {variant!r} of {mechanism}; choose from "
                       f"{', '.join(mech.variants)}")
    agent = index(files)
    edits = mech.generate(agent, chosen, Names(rng, files), variant)
    new = apply_edits(files, edits)
    after = mech.existing(index(new))
    if after is None:
        raise EditError(f"{mechanism} ({variant}) made a change its own detector does not see: "
                        f"a bug in dgm/toy/mechanisms/{mech.family}.py")
    return new, after, variant


MECHANISMS: dict[str, Mechanism] = {m.id: m for m in (
    loop.TURN_LIMIT, loop.RETRY_EMPTY, output.TRUNCATE, reading.REPO_MAP,
    testing.VERIFY_ON_DONE, recovery.CONTINUE_WHEN_PARTIAL, recovery.STOP_ON_GREEN,
    editing.COMPILE_CHECK, testing.DIFF_REVIEW, testing.BASELINE_TESTS,
    testing.TEST_OUTPUT_TAIL, reading.PRELOAD_FILES, output.ERROR_SUMMARY,
    output.COMPACT_HISTORY, testing.TESTS_TOOL)}
