"""Role `meta_agent`: the toy answers a meta agent as the role its request's shape belongs to.

A meta agent (hyperagent mode) diagnoses and then edits its own source, both under the one
gateway role `meta_agent`. The toy reads the request's structure, never its words: a request
without tools is a diagnosis (the world's diagnoser answers), one with tools an edit (the
world's self-modifier answers). The policy is called with the role today's steps use, so
every draw equals a `dgm` run's and the seed meta agent makes the same child the fixed step
makes. Limit: a meta agent that offers the model tools while it diagnoses is answered as an
editor; the toy simulates the seed's two-phase shape.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from dgm.toy.conversation import Action
from ground.context import CallContext

Policy = Callable[[dict[str, Any], CallContext, int], Action]


def answering_role(request: dict[str, Any]) -> str:
    """The role whose policy answers this request: `self_modifier` when it offers tools."""
    return "self_modifier" if request.get("tools") else "diagnoser"


def next_action(request: dict[str, Any], context: CallContext, seed: int,
                roles: Mapping[str, Policy]) -> Action:
    """The answer of the world's diagnoser or self-modifier (`roles`), by the request's shape."""
    role = answering_role(request)
    return roles[role](request, replace(context, role=role), seed)
