"""GatewayConfig from TOML, and unknown provider or model names failing at start."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from gw_fakes import ScriptedProvider, scripted_config

from dgm.evolution.protocols import CallContext
from dgm.gateway import Gateway, GatewayConfig, Route
from ground.errors import ConfigError, GatewayError

EXAMPLE = """
[gateway]
provider = "toy"
model = "toy"
max_request_bytes = 1048576

[gateway.roles.diagnoser]
provider = "anthropic"
model = "claude-sonnet-4-5"

[gateway.roles.coding_agent]
provider = "openai"
model = "qwen2.5-coder"

[gateway.providers.anthropic]
concurrency = 4
timeout_s = 300

[gateway.providers.openai]
base_url = "http://127.0.0.1:8000/v1"
api_key_env = "VLLM_KEY"

[gateway.prices."claude-sonnet-4-5"]
input = 3
output = 15.0
cache_read = 0.3
cache_write = 3.75

[gateway.budget]
run_usd = 50
attempt_tokens = 2000000

[gateway.retry]
max_retries = 6
"""


def test_from_dict_reads_every_part() -> None:
    config = GatewayConfig.from_dict(tomllib.loads(EXAMPLE)["gateway"])
    assert config.route("diagnoser") == Route("anthropic", "claude-sonnet-4-5")
    assert config.route("coding_agent") == Route("openai", "qwen2.5-coder")
    assert config.route("self_modifier") == Route("toy", "toy")
    assert config.settings("anthropic").concurrency == 4
    assert config.settings("openai").api_key_env == "VLLM_KEY"
    assert config.settings("toy").concurrency == 8  # defaults when not configured
    price = config.price("claude-sonnet-4-5")
    assert (price.input, price.output) == (3.0, 15.0)
    assert (price.cache_read, price.cache_write) == (0.3, 3.75)
    assert isinstance(price.input, float)
    assert config.price("unpriced").output == 0.0
    assert (config.budget.run_usd, config.budget.attempt_tokens) == (50.0, 2_000_000)
    assert config.budget.attempt_usd is None and config.retry.max_retries == 6
    assert config.max_request_bytes == 1_048_576
    assert config.used_providers() == ["anthropic", "openai", "toy"]


def test_empty_table_is_all_toy() -> None:
    config = GatewayConfig.from_dict({})
    assert {config.route(r).provider for r in ("diagnoser", "coding_agent")} == {"toy"}


@pytest.mark.parametrize(("table", "message"), [
    ({"provider": "gpt"}, "unknown provider 'gpt'.*anthropic, openai, replay, toy"),
    ({"roles": {"planner": {"provider": "toy", "model": "toy"}}}, "unknown role 'planner'"),
    ({"providers": {"claude": {}}}, "unknown provider 'claude' in \\[gateway.providers\\]"),
    ({"budget": {"run_dollars": 5}}, "unknown key 'run_dollars'.*run_usd"),
    ({"retry": {"max_retries": "many"}}, "max_retries = 'many' should be int"),
    ({"prices": {"m": {"input": True}}}, "input = True should be float"),
    ({"providers": {"toy": {"concurrency": 0}}}, "concurrency >= 1"),
    ({"roles": {"diagnoser": {"provider": "toy"}}}, "gateway.roles.diagnoser\\] needs 'model'"),
])
def test_bad_tables_are_config_errors(table: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        GatewayConfig.from_dict(table)


def test_unknown_provider_fails_at_start_listing_valid_ones(run_dir: Path) -> None:
    config = GatewayConfig(provider="nope", model="x")
    with pytest.raises(ConfigError, match="anthropic, openai, replay, scripted, toy"):
        Gateway(config, run_dir, providers={"scripted": ScriptedProvider()}).start()


def test_unknown_model_fails_at_start_listing_valid_ones(run_dir: Path) -> None:
    with pytest.raises(GatewayError, match="unknown model 'big'.*serves: scripted"):
        Gateway(scripted_config(model="big"), run_dir,
                providers={"scripted": ScriptedProvider()}).start()


def test_unpriced_model_of_a_billed_provider_fails_at_start(
    run_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test")
    config = GatewayConfig.from_dict(tomllib.loads(EXAMPLE)["gateway"])
    config.roles["diagnoser"].model = "claude-unpriced"
    del config.roles["coding_agent"]  # its unpriced openai model would be reported instead
    with pytest.raises(GatewayError, match="unknown model 'claude-unpriced'.*claude-sonnet-4-5"):
        Gateway(config, run_dir).start()


def test_failed_start_leaves_nothing_running(run_dir: Path) -> None:
    gw = Gateway(scripted_config(model="big"), run_dir, providers={"scripted": ScriptedProvider()})
    with pytest.raises(GatewayError):
        gw.start()
    assert gw.socket_dir is None
    with pytest.raises(GatewayError, match="not running"):
        gw.usage()


def test_every_shipped_config_has_a_valid_gateway_table() -> None:
    root = Path(__file__).resolve().parents[2]
    for path in sorted((root / "configs").glob("*.toml")):
        data = tomllib.loads(path.read_text())
        GatewayConfig.from_dict(data.get("gateway", {}))


def test_toy_is_in_the_table_and_answers_by_default(run_dir: Path) -> None:
    from dgm.gateway import ProviderSettings
    from dgm.gateway.providers import make_provider

    assert make_provider("toy", ProviderSettings(seed=3)).name == "toy"
    with Gateway(GatewayConfig(), run_dir) as gw:
        token = gw.issue_token(CallContext("r1", "d1", "diagnoser"))
        assert gw.sandbox_env(token)["DGM_MODEL"] == "toy"
        answer = gw.complete({"max_tokens": 500, "messages": [
            {"role": "user", "content": "Logs: 2 of 5 tasks failed. Propose one improvement."}]},
            token)
    assert answer["content"][0]["text"].startswith("[simulated model]")


def test_importing_the_gateway_is_cheap() -> None:
    code = ("import sys, dgm.gateway; "
            "print(sorted(m for m in ('httpx', 'anthropic', 'docker') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_toy_bug_rate_is_a_share_and_reaches_the_provider() -> None:
    from dgm.gateway.providers import make_provider
    from ground.errors import ConfigError

    config = GatewayConfig.from_dict({"providers": {"toy": {"world": "open", "bug_rate": 0.4}}})
    assert make_provider("toy", config.settings("toy")).bug_rate == 0.4  # type: ignore[attr-defined]
    assert GatewayConfig.from_dict({}).settings("toy").bug_rate == 0.15
    for bad in (1.5, -0.1):
        with pytest.raises(ConfigError, match="bug_rate") as error:
            GatewayConfig.from_dict({"providers": {"toy": {"bug_rate": bad}}})
        assert error.value.fix == "use a number from 0 (no bugs) to 1 (every change)"
    with pytest.raises(ConfigError, match="bug_rate"):
        GatewayConfig.from_dict({"providers": {"toy": {"bug_rate": "high"}}})
