"""Reading a diagnosis request's evidence (dgm.toy.failures): the failures each run shows, and
what the agent already does, from requests the loop's own diagnosis code builds."""

from __future__ import annotations

import pytest
from diagnosis_support import (
    BASE,
    TIME,
    Log,
    capped,
    gave_up,
    out_of_turns,
    overflowed,
    request,
    result,
    solved,
)
from toy_support import SEED

from dgm.evolution.diagnose import agent_source_text, evidence_text
from dgm.toy.failures import (
    FAILURES,
    SUMMARY,
    Signature,
    behaviour,
    counts,
    failure_codes,
    runs,
    signatures,
    source_files,
)
from dgm.toy.world_diagnoser import request_parts
from evals.harness import TaskResult


def evidence(*results: TaskResult, entry: str = "solve_empty_patches") -> str:
    return request_parts(request(list(results), entry=entry))[1]


def codes(text: str) -> set[str]:
    return {s.code for s in signatures(text) if s.code in FAILURES}


def test_failure_names_map_to_the_codes_the_mechanisms_fix():
    named = {name: f.codes for name, f in FAILURES.items()}
    assert {
        "out_of_turns": ("F1",), "give_up": ("F2",), "slip": ("F3",), "overflow": ("F4",),
        "misread": ("F5",), "timeout": ("F6",), "chased_unrelated": ("F10",),
        "debug_leftover": ("F11",), "stopped_early": ("F15",)}.items() <= named.items()


def test_each_run_is_read_from_its_own_section():
    text = evidence(result("t-give", gave_up(), empty=True),
                    result("t-ok", solved(), resolved=True),
                    result("t-turns", out_of_turns(), empty=True))
    assert [(r.task, r.empty_patch) for r in runs(text)] == [
        ("t-give", True), ("t-turns", True)]  # the entry shows failed and empty runs only
    found = signatures(text)
    assert Signature("give_up", "t-give", "give_up") in found
    assert Signature("out_of_turns", "t-turns", "7 turns without editing") in found
    assert counts(found)["empty_patch"] == 2
    assert failure_codes(found) == {"F1", "F2"}


@pytest.mark.parametrize(("log", "code"), [
    (Log().answer("edit_wrong", "slip", "files,code").answer("done", "finished", "files,code",
                                                              command=None), "slip"),
    (Log().answer("edit_misread", "misread", "files").answer("done", "finished", "files",
                                                              command=None), "misread"),
    (Log().answer("edit", "plan", "code").answer("edit_wrong", "chased_unrelated",
                                                 "code,tests_after"), "chased_unrelated"),
    (Log().answer("edit", "debug_leftover", "code").answer("done", "finished", "code",
                                                           command=None), "debug_leftover"),
    (Log().answer("edit", "stopped_early", "code").answer("done", "stopped_early", "code",
                                                          command=None), "stopped_early"),
    (Log().answer("explore", "read", "files").answer("timeout", "timeout", "files",
                                                     command=None), "timeout"),
    (overflowed(), "overflow"),
])
def test_the_coders_failures_are_read_from_its_tags_and_the_agents_events(log, code):
    text = evidence(result("t1", log), entry="t1")
    assert codes(text) == {code}


@pytest.mark.parametrize("log", [
    Log().answer("edit_wrong", "slip", "code").answer("test", "check", "code,tests_after")
    .answer("fix", "slip", "code,tests_after").answer("done", "finished", "code", command=None),
    Log().answer("give_up", "give_up", "files", command=None)
    .answer("edit", "plan", "files,code,continued")
    .answer("done", "finished", "code,continued", command=None),
    Log().answer("edit", "stopped_early", "code").answer("done", "stopped_early", "code",
                                                         command=None)
    .answer("edit", "continued", "code,continued")
    .answer("done", "finished", "code,continued", command=None),
])
def test_a_failure_the_run_recovered_from_is_not_a_signature(log):
    assert codes(evidence(result("t1", log), entry="t1")) == set()


def test_out_of_turns_is_matched_loosely_by_the_event_and_never_by_other_text():
    worded = Log().answer("explore", "read", "files").event("ran-out-of-turns", limit=12)
    text = evidence(result("t1", worded, empty=True))
    assert Signature("out_of_turns", "t1", "12 turns without editing") in signatures(text)
    mentioned = (Log().event("start", model="toy", max_turns=7)
                 .answer("explore", "read", "files", output="we ran out of turns before"))
    assert "out_of_turns" not in codes(evidence(result("t1", mentioned, empty=True)))


def test_empty_patches_syntax_errors_cut_answers_requests_and_summary_timeouts():
    cut = Log().answer("edit", "plan", "code")
    cut.event("response", content=[], stop_reason="max_tokens")
    text = evidence(result("t1", cut, grading="E   SyntaxError: invalid syntax"),
                    result("t2", solved(), patch="+print(1\n# SyntaxError"),
                    TaskResult("t3", resolved=False, empty_patch=True, patch_applied=False,
                               timed_out=True), entry="solve_stochasticity")
    found = signatures(text)
    assert {(s.code, s.task) for s in found if s.code != "requests"} == {
        ("syntax_error", "t1"), ("cut_answer", "t1"), ("syntax_error", "t2"),
        ("empty_patch", "t3"), ("timeout", SUMMARY)}
    assert {s.task: s.detail for s in found if s.code == "requests"} == {"t1": "1", "t2": "5"}


def test_unsplit_logs_are_one_run():
    assert codes(gave_up().text()) == {"give_up"}


def test_behaviour_comes_from_the_logs():
    retried = (Log().answer("give_up", "give_up", "files", command=None)
               .answer("edit", "plan", "files,code,continued"))
    verified = (Log().answer("edit_misread", "misread", "files")
                .answer("done", "finished", "files", command=None)
                .answer("fix", "misread", "files,tests_after,fail_detail,continued"))
    text = evidence(result("a", retried), result("b", verified), result("c", capped(3000)),
                    entry="solve_stochasticity")
    seen = behaviour(text, {})
    assert {"turn_loop", "retried_empty", "verified", "outputs_capped", "files", "code",
            "tests_after", "fail_detail", "continued"} <= seen.channels
    assert "files_first" not in seen.channels
    assert seen.capped_at == 3000
    assert seen.turns_used == 3
    plain = behaviour(evidence(result("a", gave_up(), empty=True), result("b", overflowed())), {})
    assert not {"retried_empty", "verified", "outputs_capped"} & plain.channels


def test_the_file_list_in_the_first_message_shows_when_the_run_starts_in_the_tail():
    listed = Log().event("start", model="toy").answer("explore", "read", "files")
    assert "files_first" in behaviour(evidence(result("a", listed, empty=True)), {}).channels


def test_current_values_come_from_the_source_and_never_decide_a_behaviour():
    seed = source_files(agent_source_text(SEED))
    assert set(seed) == {"README.md", "coding_agent.py", "tools/bash.py", "tools/editor.py"}
    text = evidence(result("a", gave_up(), empty=True))
    assert behaviour(text, seed).current == {"turn_limit": {"turns": 7}}
    base = behaviour(text, source_files(agent_source_text(BASE)))
    assert base.current["truncate"] == {"limit": 8000, "mode": "head_tail"}
    assert base.channels == behaviour(text, {}).channels  # the cut in its source is no behaviour


def test_a_source_cut_at_the_limit_gives_what_can_be_read():
    files = source_files(agent_source_text(BASE, limit=9000))
    assert behaviour("", files).current == {}  # coding_agent.py is cut: no hooks, no estimates


def test_timings_do_not_change_what_is_read():
    fast = evidence(result("a", solved(Log(TIME, 0.5), "1 passed in 0.03s")),
                    entry="solve_stochasticity")
    slow = evidence(result("a", solved(Log(TIME + 977.5, 2.25), "1 passed in 12.71s")),
                    entry="solve_stochasticity")
    assert fast != slow
    assert signatures(fast) == signatures(slow)
    assert behaviour(fast, {}) == behaviour(slow, {})


def test_reads_the_evidence_text_alone():
    text = evidence_text("t1", [result("t1", gave_up(), empty=True)], "Fix scale().")
    assert codes(text) == {"give_up", "empty_patch"}
