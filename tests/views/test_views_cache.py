"""Cached tokens in the views: status (text and --json), show and the report, after a real
exchange with the toy model through the gateway (prompt_cache = "auto")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from views_helpers import build_run, dgm

from dgm.evolution.protocols import CallContext
from dgm.gateway import Gateway, GatewayConfig
from dgm.run.usage import read_usage, usage_totals


def turn(turns: int) -> dict[str, Any]:
    """An agent's request after `turns` tool calls, long enough to be cached."""
    messages: list[dict[str, Any]] = [{"role": "user", "content": "Fix it. " + "x" * 6000}]
    for k in range(turns):
        messages += [
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": f"t{k}", "name": "bash", "input": {"command": "ls"}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": f"t{k}", "content": "a.py\n" * 300}]}]
    return {"model": "toy", "max_tokens": 256, "system": "You fix bugs.",
            "tools": [{"name": "bash", "description": "run", "input_schema": {"type": "object"}}],
            "messages": messages}


@pytest.fixture(scope="module")
def cached_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The synthetic run, plus three turns of one of its agent runs on the toy model."""
    root = tmp_path_factory.mktemp("cache") / "run"
    ids = build_run(root)
    context = CallContext("synth", "g001a00/alpha-fix/r0", "coding_agent")
    with Gateway(GatewayConfig(), root) as gw:
        for turns in range(3):
            gw.dispatch(turn(turns), context)
    return root, ids


def test_status_json_carries_cached_tokens(cached_run: tuple[Path, dict[str, str]]) -> None:
    root, _ = cached_run
    result = dgm("status", root, "--json")
    assert result.returncode == 0, result.stderr
    cost = json.loads(result.stdout)["cost"]
    totals = usage_totals(read_usage(root / "ledger.jsonl"))
    assert cost["cache_read_tokens"] == totals.cache_read_tokens > 0
    assert cost["cache_write_tokens"] == totals.cache_write_tokens > 0
    assert (cost["tokens"], cost["calls"], cost["usd"]) == (totals.tokens, totals.calls,
                                                            totals.usd)  # the old keys stay
    assert cost["tokens"] == sum(cost[k] for k in ("input_tokens", "output_tokens",
                                                   "cache_read_tokens", "cache_write_tokens"))


def test_status_text_shows_cache_reads_and_writes(cached_run: tuple[Path, dict[str, str]]) -> None:
    root, _ = cached_run
    totals = usage_totals(read_usage(root / "ledger.jsonl"))
    out = " ".join(dgm("status", root).stdout.split())  # rich may wrap the row
    assert f"{totals.cache_read_tokens:,} cache read" in out
    assert f"{totals.cache_write_tokens:,} cache write" in out


def test_show_gives_each_roles_cached_tokens(cached_run: tuple[Path, dict[str, str]]) -> None:
    root, ids = cached_run
    data = json.loads(dgm("show", root, ids["retry"], "--json").stdout)
    coder = data["cost"]["by_role"]["coding_agent"]
    assert coder["cache_read_tokens"] > 0 and coder["cache_write_tokens"] > 0
    assert data["cost"]["by_role"]["self_modifier"]["cache_read_tokens"] == 0
    text = " ".join(dgm("show", root, ids["retry"]).stdout.split())
    assert f"{coder['cache_read_tokens']:,} cache read" in text


def test_the_report_shows_cached_tokens(cached_run: tuple[Path, dict[str, str]],
                                        tmp_path: Path) -> None:
    root, ids = cached_run
    out = tmp_path / "report.html"
    assert dgm("report", root, "-o", out).returncode == 0
    text = out.read_text()
    totals = usage_totals(read_usage(root / "ledger.jsonl"))
    assert f"{totals.cache_read_tokens:,} cache read, {totals.cache_write_tokens:,} cache write" \
        in text  # the summary's cost row
    page = json.loads(text.split('id="agent-data">', 1)[1].split("</script>", 1)[0])
    roles = {r[0]: r for r in page["agents"][ids["retry"]]["roles"]}
    assert roles["coding_agent"][4] == json.loads(dgm("show", root, ids["retry"], "--json")
                                                  .stdout)["cost"]["by_role"]["coding_agent"][
        "cache_read_tokens"]
