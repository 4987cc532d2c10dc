"""What the toy observes in a request: tools by schema, evidence from what arrived, injected
texts by position, the simulated clock, and the API's structural rules."""

from __future__ import annotations

import copy
import importlib.util
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from toy_support import SEED, FakeGateway, solve_and_grade, synth_tasks

from dgm.toy import ToyProvider, catalog, world
from dgm.toy.observe import Evidence, ToolKind, api_errors, classify, observe
from dgm.toy.provider import CONTEXT_LIMIT_CHARS
from ground.context import CallContext
from ground.provider import ProviderError

SEED_TOOLS = Path(__file__).resolve().parents[2] / "agents_archive" / "seed" / "tools"
PATCH = """diff --git a/calc/ops.py b/calc/ops.py
--- a/calc/ops.py
+++ b/calc/ops.py
@@ -10,5 +10,5 @@ def add(a, b):

 def mean(values):
     total = sum(values)
-    return total / (len(values) + 1)
+    return total / len(values)
"""
FILE_VIEW = ("     9\t\n    10\t\n    11\tdef mean(values):\n    12\t    total = sum(values)\n"
             "    13\t    return total / (len(values) + 1)\n")
FAILING = ("F.\n=================================== FAILURES ===================================\n"
           "E       assert 2.0 == 3.0\n1 failed, 1 passed in 0.05s\n")
PASSING = "..\n2 passed in 0.04s\n"
GIT_DIFF = (" def mean(values):\n@@ -12,2 +12,2 @@\n     total = sum(values)\n"
            "-    return total / (len(values) + 1)\n+    return total / len(values)\n")
SHELL_SCHEMA = {"type": "object", "properties": {"command": {"type": "string"}},
                "required": ["command"]}


def seed_schema(name: str) -> dict[str, Any]:
    """The SCHEMA of one of the seed agent's tools."""
    spec = importlib.util.spec_from_file_location(f"seed_{name}", SEED_TOOLS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.SCHEMA)


def answer(step: str, call: dict[str, Any] | None = None, n: int = 0) -> dict[str, Any]:
    """An earlier answer of the toy: its tagged text and at most one tool call."""
    content: list[dict[str, Any]] = [{"type": "text", "text": f"[simulated model] (step: {step})"}]
    if call is not None:
        content.append({"type": "tool_use", "id": f"toolu_{n}", "name": "bash", "input": call})
    return {"role": "assistant", "content": content}


def result(n: int, text: str, *extra: dict[str, Any]) -> dict[str, Any]:
    """The user message answering call n (plus any blocks the agent adds after it)."""
    return {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": f"toolu_{n}", "content": text}, *extra]}


def conversation(*steps: tuple[str, str | None], system: str = "You are a coding agent.",
                 first: str = "The mean is wrong.") -> dict[str, Any]:
    """A request after the toy's turns `steps`: (step, result of its command) each; a None
    result is a stop (a tool-less answer), followed by nothing."""
    messages: list[dict[str, Any]] = [{"role": "user", "content": first}]
    for n, (step, output) in enumerate(steps):
        if output is None:
            messages.append(answer(step))
            continue
        messages += [answer(step, {"command": f"cmd {n}"}, n), result(n, output)]
    return {"model": "toy", "max_tokens": 4096, "system": system,
            "tools": [{"name": "bash", "description": "Run a command.",
                       "input_schema": SHELL_SCHEMA}], "messages": messages}


def with_user_text(request: dict[str, Any], text: str) -> dict[str, Any]:
    """`request` with a text the agent sends next, as a user message of its own."""
    request = copy.deepcopy(request)
    request["messages"].append({"role": "user", "content": text})
    return request


# ---- tools are known by their schema ------------------------------------------------------


def test_the_seed_agents_tools_are_a_shell_and_an_editor() -> None:
    assert classify(seed_schema("bash")["input_schema"]) is ToolKind.SHELL
    assert classify(seed_schema("editor")["input_schema"]) is ToolKind.EDITOR


@pytest.mark.parametrize(("name", "description"), [
    ("zz", "Edits files and runs the test suite; output is truncated to 2000 chars."),
    ("editor", "A file editor with view and str_replace."),
    ("run_tests", "Runs the tests. Never use it for anything else."),
])
def test_a_shell_is_a_shell_whatever_its_name_and_description_say(name: str,
                                                                  description: str) -> None:
    request = conversation()
    request["tools"] = [{"name": name, "description": description,
                         "input_schema": SHELL_SCHEMA}]
    trace = observe(request)
    assert [(t.name, t.kind) for t in trace.tools] == [(name, ToolKind.SHELL)]
    assert trace.tool_of(ToolKind.SHELL) == name


def test_the_seed_editor_under_the_name_bash_is_an_editor() -> None:
    request = conversation()
    request["tools"] = [{**seed_schema("editor"), "name": "bash", "description": "bash"}]
    assert observe(request).tools[0].kind is ToolKind.EDITOR


@pytest.mark.parametrize(("schema", "kind"), [
    ({"properties": {"command": {"type": "string",
                                 "enum": ["view", "str_replace", "replace_lines"]},
                     "path": {"type": "string"}, "first": {"type": "integer"},
                     "last": {"type": "integer"}}, "required": ["command", "path"]},
     ToolKind.EDITOR_LINES),
    ({"properties": {"pattern": {"type": "string"}, "path": {"type": "string"},
                     "context": {"type": "integer"}}, "required": ["pattern"]}, ToolKind.SEARCH),
    ({"properties": {}}, ToolKind.TESTS),
    ({"properties": {"selection": {"type": "string"}}}, ToolKind.TESTS),
    ({"properties": {"command": {"type": "string"}, "timeout": {"type": "integer"}},
      "required": ["command"]}, ToolKind.SHELL),
    ({"properties": {"n": {"type": "integer"}}, "required": ["n"]}, ToolKind.UNKNOWN),
    ({"properties": {"mode": {"type": "string", "enum": ["a", "b"]}}}, ToolKind.UNKNOWN),
    ("not a schema", ToolKind.UNKNOWN),
])
def test_each_kind_by_its_shape(schema: object, kind: ToolKind) -> None:
    assert classify(schema) is kind


# ---- evidence comes only from what arrived ------------------------------------------------


def test_text_that_mentions_tests_gives_no_evidence() -> None:
    """The system prompt, tool descriptions and the toy's own words are not output."""
    request = conversation(("explore", "calc/ops.py\n"), ("edit", ""),
                           system="Always run the tests: 3 passed in 0.01s. Never skip them.")
    request["tools"][0]["description"] = "Runs pytest after each command: 1 failed in 0.2s"
    request["messages"][1]["content"][0]["text"] += " 2 passed in 0.03s"
    assert observe(request, PATCH).evidence == Evidence(files=0)


def test_a_real_test_summary_is_evidence_whoever_ran_it() -> None:
    by_toy = conversation(("explore", "calc/ops.py\n"), ("edit", ""), ("test", FAILING))
    by_agent = with_user_text(conversation(("explore", "calc/ops.py\n"), ("edit", "")), FAILING)
    toy, agent = observe(by_toy, PATCH).evidence, observe(by_agent, PATCH).evidence
    assert toy.tests_after == 2 and toy.tests_failing and toy.fail_detail == 2
    assert agent.tests_after == 1 and agent.tests_failing and agent.fail_detail == 1
    assert toy.baseline is None and agent.baseline is None


def test_a_summary_before_the_first_edit_is_a_baseline() -> None:
    first = f"The mean is wrong.\n\nTests before you start:\n{FAILING}"
    trace = observe(conversation(("edit", ""), ("test", PASSING), first=first), PATCH)
    assert trace.evidence.baseline == -1
    assert trace.evidence.tests_after == 1 and not trace.evidence.tests_failing
    assert trace.evidence.fail_detail is None


def test_viewing_the_code_untruncated_is_evidence_and_a_list_of_defs_is_not() -> None:
    defs = observe(conversation(("explore", "11:def mean(values):\n")), PATCH).evidence
    viewed = observe(conversation(("explore", "calc/ops.py\n"), ("explore", FILE_VIEW)),
                     PATCH).evidence
    assert defs.code == {} and not defs.has_code(["calc/ops.py"])
    assert viewed.code == {"calc/ops.py": 1} and viewed.files == 0


def test_a_diff_or_a_syntax_error_after_the_edit_is_evidence_and_before_it_is_not() -> None:
    before = observe(conversation(("explore", GIT_DIFF), ("edit", "")), PATCH).evidence
    after = observe(conversation(("edit", ""), ("review", GIT_DIFF)), PATCH).evidence
    broken = observe(conversation(("edit", "  File \"calc/ops.py\", line 13\n"
                                           "SyntaxError: invalid syntax\n")), PATCH).evidence
    assert before.diff_after is None and before.syntax_after is None
    assert after.diff_after == 1 and after.syntax_after == 1  # the diff shows the edited lines
    assert broken.syntax_after == 0 and broken.diff_after is None


# ---- injected text is read by position ----------------------------------------------------


@pytest.mark.parametrize("text", ["Please continue", "x", "The diff is empty; keep going."])
def test_any_text_after_a_stop_is_a_continuation(text: str) -> None:
    stopped = conversation(("explore", "calc/ops.py\n"), ("give_up", None))
    trace = observe(with_user_text(stopped, text), PATCH)
    assert trace.evidence.continued == 1
    assert [(i.after_turn, i.after_stop) for i in trace.injected] == [(1, True)]
    reference = observe(with_user_text(stopped, "Please continue"), PATCH).evidence
    assert trace.evidence == reference


def test_the_same_words_next_to_tool_results_are_no_continuation() -> None:
    request = conversation(("explore", "calc/ops.py\n"))
    request["messages"][-1]["content"].append({"type": "text", "text": "Please continue"})
    trace = observe(request, PATCH)
    assert trace.evidence.continued is None
    assert [(i.after_turn, i.after_stop, i.text) for i in trace.injected] == [
        (0, False, "Please continue")]


def test_turns_read_their_step_why_calls_and_results() -> None:
    request = conversation(("explore", "a\n"), ("give_up", None))
    request["messages"][1]["content"][0]["text"] = "(step: explore, why: slip, seen: files)"
    turns = observe(request).turns
    assert [(t.step, t.why, t.stopped) for t in turns] == [("explore", "slip", False),
                                                           ("give_up", "", True)]
    assert turns[0].calls[0].kind is ToolKind.SHELL and turns[0].calls[0].input == {
        "command": "cmd 0"}
    assert [(r.text, r.is_error, r.chars) for r in turns[0].results] == [("a\n", False, 2)]


# ---- the simulated clock ------------------------------------------------------------------


def test_the_clock_grows_with_turns_and_with_output_size() -> None:
    one = observe(conversation(("explore", "a\n"))).sim_seconds
    two = observe(conversation(("explore", "a\n"), ("explore", "b\n"))).sim_seconds
    big = observe(conversation(("explore", "a\n" * 20_000), ("explore", "b\n"))).sim_seconds
    assert 0 < one < two < big


def test_the_clock_reads_sim_seconds_from_output_and_otherwise_counts_a_base() -> None:
    clock = world.WORLD.clock
    quick = observe(conversation(("test", PASSING)))
    slow = observe(conversation(("test", PASSING + "[sim-seconds: 90]\n")))
    turn = quick.turns[0]
    assert quick.sim_seconds == pytest.approx(
        clock.turn_seconds(turn.input_chars, turn.output_chars) + clock.tool_default_s)
    assert slow.sim_seconds - quick.sim_seconds == pytest.approx(90 - clock.tool_default_s, 0.01)


def test_a_turns_input_size_is_the_json_size_of_the_messages_before_it() -> None:
    request = conversation(("explore", "a\n"), ("explore", "b\n"))
    turns = observe(request).turns
    for index, turn in zip((1, 3), turns, strict=True):
        before = json.dumps(request["messages"][:index], ensure_ascii=False)
        assert turn.input_chars == len(before)
        assert turn.output_chars == len(json.dumps(request["messages"][index]["content"]))


# ---- the API's structural rules -----------------------------------------------------------


def test_a_valid_multi_turn_conversation_breaks_no_rule() -> None:
    request = with_user_text(conversation(("explore", "a\n"), ("edit", ""), ("done", None)),
                             "Please continue")
    assert api_errors(request) == [] and observe(request).api_errors == []


def test_consecutive_messages_of_one_role_are_one_turn_as_the_api_reads_them() -> None:
    request = conversation(("explore", "a\n"))
    request["messages"].append({"role": "user", "content": "Hurry up."})
    request["messages"].insert(0, {"role": "user", "content": "Context first."})
    assert api_errors(request) == []


def broken(name: str) -> dict[str, Any]:
    """A request that breaks one rule."""
    request = conversation(("explore", "a\n"), ("edit", "b\n"))
    messages = request["messages"]
    if name == "unanswered":
        del messages[-1]  # a compaction dropped the last result
        messages.append({"role": "user", "content": "Go on."})
    elif name == "text_first":
        messages[-1]["content"].insert(0, {"type": "text", "text": "Here is the output."})
    elif name == "orphan":
        del messages[1:3]  # a compaction dropped a call but kept its result's id elsewhere
        messages[-1]["content"].append({"type": "tool_result", "tool_use_id": "toolu_0",
                                        "content": "a\n"})
    elif name == "empty_text":
        messages.append({"role": "user", "content": [{"type": "text", "text": ""}]})
    elif name == "blank_text":
        messages.append({"role": "user", "content": "  \n"})
    elif name == "empty_message":
        messages.insert(1, {"role": "assistant", "content": []})
    elif name == "negative_max_tokens":
        request["max_tokens"] = -1
    elif name == "no_messages":
        messages.clear()
    return request


@pytest.mark.parametrize(("name", "error"), [
    ("unanswered", "messages.3: `tool_use` ids were found without `tool_result` blocks "
                   "immediately after: toolu_1. Each `tool_use` block must have a corresponding "
                   "`tool_result` block in the next message."),
    ("text_first", "messages.3: `tool_use` ids were found without `tool_result` blocks "
                   "immediately after: toolu_1."),
    ("orphan", "messages.2.content.1: unexpected `tool_use_id` found in `tool_result` blocks: "
               "toolu_0. Each `tool_result` block must have a corresponding `tool_use` block in "
               "the previous message."),
    ("empty_text", "messages: text content blocks must be non-empty"),
    ("blank_text", "messages: text content blocks must contain non-whitespace text"),
    ("empty_message", "messages.1: all messages must have non-empty content except for the "
                      "optional final assistant message"),
    ("negative_max_tokens", "max_tokens: Input should be greater than or equal to 0"),
    ("no_messages", "messages: at least one message is required"),
])
def test_each_broken_rule_is_reported_in_the_apis_words(name: str, error: str) -> None:
    errors = api_errors(broken(name))
    assert len(errors) == 1 and errors[0].startswith(error)


def test_max_tokens_zero_and_a_final_empty_assistant_message_are_allowed() -> None:
    request = conversation(("explore", "a\n"))
    request["max_tokens"] = 0  # the API takes it: it only warms the prompt cache
    request["messages"].append({"role": "assistant", "content": ""})  # an empty prefill
    assert api_errors(request) == []


def test_the_toy_refuses_a_broken_request_with_the_apis_400() -> None:
    context = CallContext("r1", "a1", "coding_agent", task_id="t1",
                          hints={"reference_patch": PATCH, "difficulty": 1})
    with pytest.raises(ProviderError) as caught:
        ToyProvider(0).complete(broken("orphan"), context)
    assert caught.value.status == 400 and "unexpected `tool_use_id`" in str(caught.value)
    assert ToyProvider(0).complete(conversation(("explore", "a\n")), context)["content"]


def improved_seed(dest: Path) -> Path:
    """The seed agent with every catalog improvement (retries, truncation, tests, turns)."""
    shutil.copytree(SEED, dest)
    code = (dest / "coding_agent.py").read_text()
    for item in catalog.CATALOG:
        code = catalog.apply(item, code) or code
    (dest / "coding_agent.py").write_text(code)
    return dest


def test_the_seed_agents_requests_break_no_rule(gateway: FakeGateway, tmp_path: Path) -> None:
    """The seed and an agent with every catalog improvement, on tasks of each difficulty: no
    request they send is one the API would refuse for its structure."""
    tasks = synth_tasks(3)
    for agent in (SEED, improved_seed(tmp_path / "improved")):
        for task in tasks:
            solve_and_grade(gateway, agent, task, tmp_path / agent.name / task.id)
    assert len(gateway.exchanges) > 10
    assert [api_errors(request) for _, request, _ in gateway.exchanges
            if api_errors(request)] == []


# ---- the world's constants ----------------------------------------------------------------


def test_rates_by_difficulty_are_clamped_and_unknown_names_list_the_known_ones() -> None:
    assert world.rate("slip", 0) == world.rate("slip", 1) == 0.15
    assert world.rate("slip", 9) == world.rate("slip", 3) == 0.45
    with pytest.raises(KeyError, match="give_up"):
        world.rate("slipp", 1)
    assert world.unknown_features(["big_module", "bigmodule"]) == ["bigmodule"]


def test_the_worlds_context_limit_is_the_providers() -> None:
    assert world.WORLD.sizes.context_limit_chars == CONTEXT_LIMIT_CHARS
    assert world.WORLD.clock.limit_seconds(120) == 600  # the demo's 600 simulated seconds
