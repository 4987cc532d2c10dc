"""The agent's hook points, located by structure (dgm.toy.agent_ast, WORLD_DESIGN.md B.4): the
same hooks in the seed, in a fixture with every identifier renamed and in base, and a clear
"hook not found" where the shape is unknown, never a wrong location."""

from __future__ import annotations

from pathlib import Path

import pytest
from toy_support import SEED

from dgm.toy.agent_ast import HookNotFound, index

AGENTS = Path(__file__).resolve().parent / "agents"


def files_of(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*.py"))}


@pytest.mark.parametrize(("root", "limit", "turns"), [
    (SEED, "MAX_TURNS", 7), (AGENTS / "renamed", "TURN_BUDGET", 30),
    (AGENTS / "base", "MAX_TURNS", 30)])
def test_every_hook_is_found_whatever_the_names(root, limit, turns):
    files = files_of(root)
    agent = index(files)
    src = files["coding_agent.py"]
    for h in (agent.entry, agent.model_call, agent.turn_loop, agent.turn_limit,
              agent.stop_branch, agent.dispatch, agent.first_message, agent.tools_loader):
        lines = src.splitlines()[h.first - 1:h.last]
        assert h.segment == "\n".join(lines) and h.segment in src
    assert agent.turn_limit.name == limit and agent.turn_limit.node.value.value == turns
    assert {"messages", "max_tokens"} <= set(agent.request_kwargs)
    assert "max_tokens=" in agent.model_call.segment
    assert agent.turn_loop.segment.lstrip().startswith(("for ", "while "))
    assert agent.turn_loop.first < agent.stop_branch.first <= agent.stop_branch.last \
        < agent.dispatch.first <= agent.turn_loop.last
    assert agent.stop_branch.segment.split()[-1] in ("return", "True")
    assert agent.dispatch_expr in agent.dispatch.segment
    assert "user" in agent.first_message.segment and agent.first_content
    assert agent.entry.segment.startswith("def main(")
    assert agent.entry.first < agent.after_loop.first <= agent.entry.last
    assert agent.after_loop.segment.strip().startswith(("run_loop(", "drive(", "work("))
    assert sorted(t.path for t in agent.tools) == sorted(p for p in files if p.startswith("tools/"))
    shell = agent.shell_tool()
    assert "subprocess" in shell.run.segment and shell.schema.segment.startswith("SCHEMA")


LOOP_AGENT = '''import importlib.util

LIMIT = 12
OTHER = 3


def plug_ins(paths):
    found = {}
    for path in paths:
        spec = importlib.util.spec_from_file_location("t", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found[module.SCHEMA["name"]] = module
    return found


def talk(api, history):
    turn = 0
    while turn < LIMIT:
        turn += 1
        answer = api.create(model="m", max_tokens=OTHER * 100, messages=history)
        history.append({"role": "assistant", "content": answer})
        uses = [b for b in answer if b["type"] == "tool_use"]
        if not uses:
            break
        out = "".join(str(b) for b in uses)
        history.append({"role": "user", "content": [{"type": "tool_result", "content": out}]})


def main():
    history = [{"role": "user", "content": "task"}]
    talk(None, history)


if __name__ == "__main__":
    main()
'''


def test_a_restructured_loop_is_still_located():
    agent = index({"coding_agent.py": LOOP_AGENT})
    assert agent.turn_loop.segment.startswith("    while turn < LIMIT:")
    assert agent.turn_limit.name == "LIMIT" and agent.turn_limit.first == 3
    assert agent.stop_branch.segment.endswith("break")
    assert agent.dispatch.segment.strip().startswith("out = ") and agent.dispatch_expr == "out"
    assert agent.history == "history"
    assert agent.after_loop.segment == "    talk(None, history)"


def test_an_unknown_shape_is_a_clear_error_never_a_wrong_location():
    request_dict = LOOP_AGENT.replace("api.create(model=\"m\", max_tokens=OTHER * 100, "
                                      "messages=history)",
                                      "api.create(**{\"max_tokens\": 100, \"messages\": history})")
    with pytest.raises(HookNotFound, match="hook not found: model_call"):
        index({"coding_agent.py": request_dict})
    no_loop = LOOP_AGENT.replace("    while turn < LIMIT:\n        turn += 1\n", "    if True:\n")
    with pytest.raises(HookNotFound, match="hook not found: turn_loop"):
        index({"coding_agent.py": no_loop})
    local_bound = LOOP_AGENT.replace("turn < LIMIT", "turn < 12")
    with pytest.raises(HookNotFound, match="hook not found: turn_limit"):
        index({"coding_agent.py": local_bound})
