"""ToyProvider: an offline, deterministic simulated model behind the gateway.

It answers Anthropic Messages requests by role (context.role): as a coding agent
(dgm.toy.coder), a diagnoser (dgm.toy.diagnoser), a self-modifying agent
(dgm.toy.self_modifier) or a meta agent (dgm.toy.meta_agent: diagnoser or self-modifier by the
request's shape). Its randomness is keyed by host-side facts only (its
seed, the context's seed, task id and role, the task's text held on the host),
never by who is asking nor by the words an agent writes, so agents score
differently only because they behave differently.

Its usage reports prompt-cache reads and writes by the real API's rules
(dgm.toy.prompt_cache); the cache_control marks change the usage, never the answer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import asdict
from functools import partial
from typing import Any

from dgm.toy import (
    coder,
    diagnoser,
    meta_agent,
    self_modifier,
    world_coder,
    world_diagnoser,
    world_modifier,
)
from dgm.toy.api_rules import api_errors
from dgm.toy.conversation import (
    CHARS_PER_TOKEN,
    Action,
    request_chars,
    request_digest,
    response,
)
from dgm.toy.prompt_cache import PromptCache, prefixes, unmarked
from dgm.toy.world import WORLD
from ground.context import CallContext
from ground.provider import ProviderError

# The simulated context window of the agent roles: a longer request is refused (one value
# for both worlds, kept with the open world's other sizes).
CONTEXT_LIMIT_CHARS = WORLD.sizes.context_limit_chars

Policy = Callable[[dict[str, Any], CallContext, int], Action]
ROLES: dict[str, Policy] = {
    "coding_agent": coder.next_action,
    "diagnoser": diagnoser.next_action,
    "self_modifier": self_modifier.next_action,
}
AGENT_ROLES = ("coding_agent", "self_modifier", "meta_agent")
# The toy's worlds, by the name `[gateway.providers.toy] world` gives: "classic" (the default)
# keeps the catalog; "open" codes by the evidence that arrives (dgm.toy.world_coder), diagnoses
# from the failures the logs show (dgm.toy.world_diagnoser) and changes the agent's code by the
# mechanism asked for (dgm.toy.world_modifier, with bugs at the provider's bug rate).
WORLDS: dict[str, dict[str, Policy]] = {
    "classic": ROLES,
    "open": {**ROLES, "coding_agent": world_coder.next_action,
             "diagnoser": world_diagnoser.next_action,
             "self_modifier": world_modifier.next_action},
}


class ToyProvider:
    """The simulated model; every text it writes begins with "[simulated model]"."""

    name = "toy"
    models: list[str] | None = ["toy"]
    billed = True  # priced like any model, free unless [gateway.prices] says otherwise

    def __init__(self, seed: int = 0, clock: Callable[[], float] = time.monotonic,
                 world: str = "classic", bug_rate: float = 0.15) -> None:
        if world not in WORLDS:
            raise ValueError(f"unknown toy world {world!r}; use one of: {', '.join(WORLDS)}")
        self.seed = seed
        self.bug_rate = bug_rate  # the open world's self-modifier: share of changes with a bug
        self.roles = dict(WORLDS[world])
        if world == "open":
            self.roles["self_modifier"] = partial(world_modifier.next_action, bug_rate=bug_rate)
        # After the world is chosen, so the meta agent is answered by this world's policies.
        self.roles["meta_agent"] = partial(meta_agent.next_action, roles=dict(self.roles))
        self.cache = PromptCache(clock)  # the prompt cache's time to live runs on `clock`
        # One answer at a time: the policies parse agent source with `ast`, and CPython 3.11's
        # ast.parse is not thread-safe (a rare "SystemError: AST constructor recursion depth
        # mismatch" when two gateway threads parse at once). The toy is pure Python under the
        # GIL, so serialising its answers costs no throughput.
        self._answering = threading.Lock()

    def secrets(self) -> list[str]:
        """No credentials."""
        return []

    def close(self) -> None:
        """Nothing to release."""

    def complete(self, request: dict[str, Any], context: CallContext) -> dict[str, Any]:
        """One Messages response for `request`, by the role in `context`; a request whose
        structure the real API refuses (dgm.toy.api_rules) gets its HTTP 400."""
        clean, marks = unmarked(request)
        answer = self._answer(clean, context, api_errors(request))
        total = answer["usage"]["input_tokens"]
        model = str(clean.get("model", ""))
        cached = self.cache.use(prefixes(clean, marks), total, model) if marks else None
        if cached is not None:
            answer["usage"].update(asdict(cached))
        return answer

    def _answer(self, request: dict[str, Any], context: CallContext,
                broken: list[str]) -> dict[str, Any]:
        """The answer to a request without cache marks; `broken`: the API's refusals of it."""
        policy = self.roles.get(context.role)
        if policy is None:
            raise ProviderError(400, f"the simulated model has no role '{context.role}'; "
                                     f"known roles: {', '.join(self.roles)}")
        if broken:
            raise ProviderError(400, f"{broken[0]} (simulated model)")
        if context.role in AGENT_ROLES and request_chars(request) > CONTEXT_LIMIT_CHARS:
            tokens, limit = request_chars(request), CONTEXT_LIMIT_CHARS
            raise ProviderError(400, f"prompt is too long: {tokens // CHARS_PER_TOKEN} tokens > "
                                     f"{limit // CHARS_PER_TOKEN} maximum (simulated model)")
        with self._answering:
            action = policy(request, context, self.seed)
        return response(request, action, f"{self.seed}|{context.seed}|{request_digest(request)}")
