"""The meta_agent role: its own cap inside an attempt's budget, checked by the gateway and the
usage desk; config refusals; and the roles each evolution mode uses (providers, simulated)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from gw_fakes import USER, ScriptedProvider, context, message

from dgm.cluster.desk import UsageDesk
from dgm.config import parse
from dgm.gateway import (
    Budget,
    BudgetExceeded,
    Gateway,
    GatewayConfig,
    Price,
    ProviderSettings,
    Route,
    UsageEntry,
)
from dgm.gateway.settings import RoleBudget
from dgm.run.simulation import simulated
from ground.context import ACTIVE_ROLES, ROLES
from ground.errors import ConfigError, GatewayError

REQUEST = {"max_tokens": 10, "messages": USER}
# 1000 input + 100 output tokens per call; at 1 and 10 USD per million, 0.002 USD per call.
PRICES = {"scripted": Price(input=1.0, output=10.0)}
META_CAP = Budget(attempt_usd=1.0, roles={"meta_agent": RoleBudget(attempt_usd=0.005)})


def priced() -> ScriptedProvider:
    return ScriptedProvider(lambda request, ctx: message(
        "ok", usage={"input_tokens": 1000, "output_tokens": 100}))


def config(**overrides: object) -> GatewayConfig:
    return GatewayConfig(**{"provider": "scripted", "model": "scripted", "prices": PRICES,
                            **overrides})


def ask(gw: Gateway, role: str, attempt: str = "a1") -> str:
    """One exchange of `role` billed to `attempt`: its text, or the refusal's message."""
    try:
        return str(gw.complete(REQUEST, gw.issue_token(context(attempt, role)))["content"][0]
                   ["text"])
    except BudgetExceeded as refused:
        return refused.message


# ---- the role cap --------------------------------------------------------------------------


def test_a_role_cap_refuses_the_next_meta_call_while_coding_calls_go_on(run_dir: Path) -> None:
    provider = priced()
    with Gateway(config(budget=META_CAP), run_dir, providers={"scripted": provider},
                 mode="hyperagent") as gw:
        meta = [ask(gw, "meta_agent") for _ in range(4)]  # 0.002, 0.004, 0.006 >= 0.005
        coding = [ask(gw, "coding_agent") for _ in range(3)]
        other_attempt = ask(gw, "meta_agent", attempt="a2")
        with pytest.raises(BudgetExceeded) as caught:
            gw.complete(REQUEST, gw.issue_token(context("a1", "meta_agent")))
        spent = gw.usage(run_id="r1", attempt_id="a1")
    assert meta[:3] == ["ok"] * 3 and coding == ["ok"] * 3 and other_attempt == "ok"
    assert "meta_agent budget exhausted for attempt 'a1'" in meta[3]
    assert "0.0060 of 0.0050 USD" in meta[3]
    assert caught.value.scope == "role" and caught.value.role == "meta_agent"
    assert caught.value.fix is not None and "[gateway.budget.roles.meta_agent] attempt_usd" \
        in caught.value.fix
    assert len(provider.calls) == 3 + 3 + 1  # refused calls never reached the model
    assert spent.calls == 6 and spent.usd == pytest.approx(0.012)


def test_the_attempt_cap_still_covers_every_role_together(run_dir: Path) -> None:
    budget = Budget(attempt_tokens=3300, roles={"meta_agent": RoleBudget(attempt_tokens=3300)})
    with Gateway(config(budget=budget), run_dir, providers={"scripted": priced()},
                 mode="hyperagent") as gw:
        answers = [ask(gw, "meta_agent"), ask(gw, "coding_agent"), ask(gw, "coding_agent"),
                   ask(gw, "meta_agent")]
    assert answers[:3] == ["ok"] * 3
    assert "attempt budget exhausted for attempt 'a1'" in answers[3]


def test_tokens_cap_a_role_too_and_other_roles_have_none(run_dir: Path) -> None:
    budget = Budget(roles={"coding_agent": RoleBudget(attempt_tokens=1100)})
    with Gateway(config(budget=budget), run_dir, providers={"scripted": priced()}) as gw:
        answers = [ask(gw, "coding_agent"), ask(gw, "coding_agent")]
        others = [ask(gw, "diagnoser") for _ in range(3)]
    assert answers[0] == "ok" and "coding_agent budget exhausted" in answers[1]
    assert "1100 of 1100 tokens" in answers[1] and others == ["ok"] * 3


def test_the_usage_desk_checks_the_role_across_nodes() -> None:
    def entry(role: str, tokens: int) -> UsageEntry:
        return UsageEntry("r1", "a1", role, "scripted", "scripted", 0, input_tokens=tokens)

    budget = Budget(attempt_tokens=1000, roles={"meta_agent": RoleBudget(attempt_tokens=300)})
    desk = UsageDesk(budget, [entry("meta_agent", 200)])  # an earlier session's spend
    assert desk.check("r1", "a1", "meta_agent") is None
    desk.report(entry("meta_agent", 150), None)
    desk.report(entry("coding_agent", 100), None)
    parts = desk.check("r1", "a1", "meta_agent")
    assert parts == ("role", "tokens", 350, 300, "a1", "meta_agent")
    assert desk.check("r1", "a1", "coding_agent") is None and desk.check("r1", "a1") is None
    assert "[gateway.budget.roles.meta_agent] attempt_tokens" in str(BudgetExceeded(*parts))
    desk.report(entry("coding_agent", 600), None)
    spent = desk.check("r1", "a1", "coding_agent")
    assert spent is not None and spent[0] == "attempt" and spent[4] == "a1"


# ---- config ----------------------------------------------------------------------------------

ROLE_CAP = """
[gateway.budget]
attempt_usd = 5.0
attempt_tokens = 1000000
[gateway.budget.roles.meta_agent]
attempt_usd = 2.0
attempt_tokens = 400000
"""


def test_a_role_cap_is_read_and_survives_the_runs_resolved_config() -> None:
    table = tomllib.loads(ROLE_CAP)
    cap = GatewayConfig.from_dict(table["gateway"]).budget.roles
    assert cap == {"meta_agent": RoleBudget(attempt_usd=2.0, attempt_tokens=400000)}
    resolved = parse(table)
    assert parse(tomllib.loads(resolved.to_toml())).gateway.budget == resolved.gateway.budget
    assert resolved.gateway.budget.roles == cap
    assert GatewayConfig.from_dict({}).budget.roles == {}


@pytest.mark.parametrize(("budget", "message", "fix"), [
    ({"roles": {"planner": {"attempt_usd": 1.0}}},
     "unknown role 'planner' in \\[gateway.budget.roles\\]", ", ".join(ROLES)),
    ({"attempt_usd": 1.0, "roles": {"meta_agent": {"attempt_usd": 2.0}}},
     "meta_agent.attempt_usd = 2.0 is above gateway.budget.attempt_usd = 1.0",
     "at most 1.0, or raise gateway.budget.attempt_usd"),
    ({"attempt_tokens": 10, "roles": {"meta_agent": {"attempt_tokens": 11}}},
     "attempt_tokens = 11 is above", "at most 10"),
    ({"roles": {"meta_agent": {"attempt_usd": -1.0}}}, "must be >= 0", "fix it"),
    ({"roles": {"meta_agent": {"usd": 1.0}}}, "unknown key 'usd'", "attempt_tokens, attempt_usd"),
    ({"roles": {"meta_agent": 2.0}}, "must be a table of tables", "README"),
])
def test_a_bad_role_cap_is_refused_with_the_fix(budget: dict[str, object], message: str,
                                                fix: str) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        GatewayConfig.from_dict({"budget": budget})
    assert caught.value.fix is not None and fix in caught.value.fix


def test_validate_refuses_a_role_cap_built_in_code() -> None:
    with pytest.raises(ConfigError, match="above gateway.budget.attempt_usd"):
        config(budget=Budget(attempt_usd=1.0, roles={"meta_agent": RoleBudget(3.0)})).validate(
            ["scripted"])
    config(budget=Budget(roles={"meta_agent": RoleBudget(3.0)})).validate(["scripted"])


# ---- the roles each mode uses --------------------------------------------------------------

REAL = {"provider": "anthropic", "model": "claude-sonnet-4-5"}


def routed_away(mode: str) -> dict[str, object]:
    """A [gateway] table whose default is the toy and whose roles of `mode` use Anthropic."""
    return {"provider": "toy", "model": "toy",
            "roles": {role: REAL for role in ACTIVE_ROLES[mode]}}


@pytest.mark.parametrize("mode", ["dgm", "hgm", "hyperagent"])
def test_a_config_routing_every_active_role_away_from_the_toy_is_not_simulated(mode: str,
                                                                                ) -> None:
    table = routed_away(mode)
    assert simulated(table, mode) is False
    assert simulated(GatewayConfig.from_dict(table), mode) is False
    assert GatewayConfig.from_dict(table).used_providers(mode) == ["anthropic"]
    others = [m for m in ACTIVE_ROLES if set(ACTIVE_ROLES[m]) - set(ACTIVE_ROLES[mode])]
    assert others and all(simulated(table, other) for other in others)  # the toy serves them
    assert simulated(table) is simulated(table, "dgm")  # the default mode is dgm


def test_the_gateway_builds_only_the_providers_of_its_mode(run_dir: Path) -> None:
    """The default provider needs a key that is not set: only a mode that uses it builds it."""
    gw_config = GatewayConfig(
        provider="anthropic", model="claude-sonnet-4-5",
        providers={"anthropic": ProviderSettings(api_key_env="DGM_TEST_KEY_NEVER_SET")},
        roles={role: Route("scripted", "scripted") for role in ACTIVE_ROLES["dgm"]})
    with Gateway(gw_config, run_dir, providers={"scripted": priced()}) as gw:
        assert ask(gw, "self_modifier") == "ok"
        with pytest.raises(GatewayError, match="role 'meta_agent' is routed to provider "
                                               "'anthropic'.*mode 'dgm'"):
            gw.issue_token(context("a1", "meta_agent"))
    with pytest.raises(GatewayError, match="DGM_TEST_KEY_NEVER_SET"), \
            Gateway(gw_config, run_dir, providers={"scripted": priced()}, mode="hyperagent"):
        pass
