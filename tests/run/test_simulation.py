"""The one rule for "is the model simulated"."""

from __future__ import annotations

from typing import Any

import pytest

from dgm.gateway.config import GatewayConfig
from dgm.run.simulation import routed_providers, simulated

REAL = {"provider": "anthropic", "model": "claude-sonnet-4-5"}
ALL_REAL = {"diagnoser": REAL, "coding_agent": REAL, "self_modifier": REAL}


@pytest.mark.parametrize(("table", "expected"), [
    ({}, True),  # the default is the toy model
    (REAL, False),
    ({**REAL, "roles": {"diagnoser": {"provider": "toy", "model": "toy"}}}, True),
    ({"roles": ALL_REAL}, False),  # every role is routed away from the default toy
])
def test_a_config_and_its_table_give_the_same_answer(table: dict[str, Any],
                                                      expected: bool) -> None:
    assert simulated(GatewayConfig.from_dict(table)) is expected
    assert simulated(table) is expected


def test_a_damaged_table_is_read_as_it_stands() -> None:
    damaged = {**REAL, "roles": {"coding_agent": {"provider": "toy"}}}  # no model: invalid
    assert simulated(damaged) is True
    assert routed_providers({"provider": "nosuch", "roles": "oops"}) == {"nosuch"}
    assert simulated({"provider": "anthropic", "retry": "x"}) is False
