"""The simulated model as a diagnoser: one catalog improvement, chosen from the logs' symptoms.

Improvements already in the agent's source (when the request shows it) are left
out; the others are weighted up when the logs show their symptom. The answer is
a JSON object with diagnosis, improvement and problem_statement; the first answer
of a conversation is sometimes malformed, so callers exercise their retry.
"""

from __future__ import annotations

import json
import re
from typing import Any

from dgm.toy.catalog import CATALOG, Improvement
from dgm.toy.conversation import LABEL, Action, Draws, all_text
from ground.context import CallContext

P_MALFORMED = 0.1
SYMPTOM_WEIGHT = 4.0  # weight of an improvement whose symptom shows, against 1.0

NOTHING_LEFT = {
    "diagnosis": f"{LABEL} Every improvement the simulated model knows is already in the agent.",
    "improvement": "No known improvement",
    "problem_statement": "The simulated model has nothing further to propose; "
                         "leave the agent unchanged.",
}


def candidates(text: str) -> list[tuple[Improvement, float]]:
    """Improvements not yet in the agent, each with its weight given the logs in `text`."""
    return [(item, SYMPTOM_WEIGHT if re.search(item.symptoms, text) else 1.0)
            for item in CATALOG if not item.is_present(text)]


def choose(weighted: list[tuple[Improvement, float]], u: float) -> Improvement:
    """The improvement at quantile `u` of the weights."""
    total = sum(w for _, w in weighted)
    point = u * total
    for item, weight in weighted:
        point -= weight
        if point < 0:
            return item
    return weighted[-1][0]


def next_action(request: dict[str, Any], context: CallContext, seed: int) -> Action:
    """The diagnoser's answer: text only."""
    return Action("diagnose", answer(request, context, seed))


def answer(request: dict[str, Any], context: CallContext, seed: int) -> str:
    """The diagnoser's answer text for this request."""
    text = all_text(request)
    first_try = not any(m.get("role") == "assistant" for m in request.get("messages", []))
    weighted = candidates(text)
    if not weighted:
        return f"{LABEL}\n{json.dumps(NOTHING_LEFT)}"
    # Keyed by what the logs say (which improvements are missing, which symptoms show), not by
    # their exact text: test timings and timestamps in the logs must not change the answer.
    facts = ",".join(f"{item.id}:{weight}" for item, weight in weighted)
    turns = len(request.get("messages", []))
    draws = Draws(seed, context.seed, context.task_id, context.role, f"{facts}|{turns}")
    item = choose(weighted, draws.uniform("improvement"))
    found = bool(re.search(item.symptoms, text))
    body = json.dumps({
        "diagnosis": f"{LABEL} {item.diagnosis if found else 'No clear symptom in the logs'}; "
                     f"the agent's code has no such safeguard yet.",
        "improvement": item.title,
        "problem_statement": item.problem_statement,
    })
    if first_try and draws.uniform("malformed") < P_MALFORMED:
        return f"{LABEL}\n{body[: len(body) // 2]}"  # cut off: no closing brace
    return f"{LABEL}\n{body}"
