"""The open world's diagnoser (dgm.toy.world_diagnoser): one mechanism to add or retune, weighted
by the failures and behaviours the logs show, asked through the loop's own diagnosis request."""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import replace

from diagnosis_support import (
    BASE,
    TIME,
    Log,
    ask,
    capped,
    change,
    gave_up,
    out_of_turns,
    overflowed,
    parse,
    request,
    result,
    retry,
    solved,
)
from toy_support import SEED

from dgm.evolution.diagnose import agent_source_text, diagnose
from dgm.toy.conversation import LABEL, response
from dgm.toy.failures import FAILURES, Signature, behaviour
from dgm.toy.mechanisms import MECHANISMS
from dgm.toy.world_diagnoser import FAILING, PRIOR, SHOWN_BY, candidates, next_action
from ground.context import CallContext

SEEDS = range(120)


def answers(req: dict, seeds: range = SEEDS) -> list[dict[str, str]]:
    """The answers to a retried request (never malformed) over context seeds."""
    out = []
    for seed in seeds:
        fields = parse(ask(retry(req), seed))
        assert fields is not None
        out.append(fields)
    return out


def fixers(failure: str) -> set[str]:
    return {m.id for m in MECHANISMS.values() if set(FAILURES[failure].codes) & set(m.fixes)}


def clean_runs(n: int = 3) -> list:
    """Runs that read, edit, test and finish, failed by the hidden tests with no sign of why (a
    ceiling failure): no signature."""
    return [result(f"t{i}", solved()) for i in range(n)]


def test_the_answer_is_labelled_json_with_a_change_line_naming_a_mechanism():
    req = request([result("t1", gave_up(), empty=True)])
    text = ask(retry(req))
    assert text.startswith(LABEL)
    for fields in answers(req, range(40)):
        assert set(fields) == {"diagnosis", "improvement", "problem_statement"}
        assert fields["diagnosis"].startswith(LABEL)
        assert fields["problem_statement"].startswith(LABEL)
        proposed = change(fields)
        assert proposed["mechanism"] in MECHANISMS
        assert proposed["op"] in ("add", "retune")
        mech = MECHANISMS[proposed["mechanism"]]
        assert set(proposed["params"]) == {p.name for p in mech.params}
        last = fields["problem_statement"].splitlines()[-1]
        assert last == f"{LABEL} change: {json.dumps(proposed, sort_keys=True)}"
        assert fields["improvement"] == f"{proposed['op'].capitalize()} {mech.id}"


def test_a_signature_is_named_with_counts_and_its_fixers_are_favoured():
    failing = [result("t1", gave_up(), empty=True), result("t2", gave_up(), empty=True),
               result("t3", out_of_turns(), empty=True)]
    picked = answers(request(failing, entry="solve_empty_patches"))
    for fields in picked:
        assert "2 of 3 runs stopped without changing anything" in fields["diagnosis"]
        assert "1 of 3 runs stopped after 7 turns without editing: out of turns" \
            in fields["diagnosis"]
    share = sum(change(f)["mechanism"] in fixers("give_up") | fixers("out_of_turns")
                for f in picked) / len(picked)
    plain = answers(request(clean_runs(), entry="solve_stochasticity"))
    plain_share = sum(change(f)["mechanism"] in fixers("give_up") | fixers("out_of_turns")
                      for f in plain) / len(plain)
    assert share > plain_share + 0.15


def test_overflow_favours_its_fix_and_the_diagnosis_says_so():
    picked = answers(request([result(f"t{i}", overflowed()) for i in range(2)],
                             entry="solve_contextlength"))
    assert all("2 of 2 runs ended on 'prompt is too long'" in f["diagnosis"] for f in picked)
    by = Counter(change(f)["mechanism"] for f in picked)
    assert by.most_common(1)[0][0] in fixers("overflow")


def test_a_behaviour_the_logs_show_is_retuned_towards_the_evidence():
    picked = answers(request([result(f"t{i}", out_of_turns(7), empty=True) for i in range(3)]))
    turns = [change(f) for f in picked if change(f)["mechanism"] == "turn_limit"]
    assert turns, "turn_limit never proposed"
    assert all(c == {"mechanism": "turn_limit", "op": "retune", "params": {"turns": 14}}
               for c in turns)  # twice the 7 turns used
    retune = next(f for f in picked if change(f)["mechanism"] == "turn_limit")
    assert "Retune turn_limit: the agent has it (turns 7)" in retune["diagnosis"]


def test_a_cut_that_still_overflows_is_retuned_lower():
    logs = [result("t1", overflowed()), result("t2", capped(2000)),
            result("t3", overflowed())]
    picked = answers(request(logs, agent=BASE, entry="solve_contextlength"))
    cuts = [change(f) for f in picked if change(f)["mechanism"] == "truncate"]
    assert cuts and all(c["op"] == "retune" for c in cuts)
    assert {c["params"]["limit"] for c in cuts} == {1000}  # half of the 2000 that came back
    assert {c["params"]["mode"] for c in cuts} == {"head_tail"}  # the agent's own mode kept


def test_without_a_failure_new_mechanisms_and_cheaper_settings_are_proposed():
    proposed = [change(f) for f in answers(request(clean_runs(), entry="solve_stochasticity"))]
    assert all(p["op"] == "add" and p["mechanism"] != "turn_limit" for p in proposed)
    assert len({p["mechanism"] for p in proposed}) >= 4
    logs = [*clean_runs(2), result("t2", capped(1200))]  # its cut shows: long output came short
    cheaper = [change(f) for f in answers(request(logs, agent=BASE, entry="solve_stochasticity"))]
    retunes = {p["mechanism"]: p["params"] for p in cheaper if p["op"] == "retune"}
    assert retunes == {"turn_limit": {"turns": 10},  # 5 turns used, 30 allowed
                       "truncate": {"limit": 2400, "mode": "head_tail"}}  # 1200 used, 8000 cut


def test_never_nothing_left_even_when_every_mechanism_shows():
    table = {k: m for k, m in MECHANISMS.items() if k in SHOWN_BY}
    everything = replace(behaviour("", {}), channels=frozenset(SHOWN_BY.values()))
    picked = candidates([], everything, "k", table)
    assert len(picked) == 1 and picked[0].op == "retune" and picked[0].mechanism.id in table
    for seed in range(30):
        fields = parse(ask(retry(request(clean_runs(), entry="solve_stochasticity")), seed))
        assert fields is not None and "nothing" not in fields["diagnosis"].lower()


def test_any_mechanism_in_the_table_is_weighted_by_the_failures_it_fixes():
    found = [Signature("chased_unrelated", "t1", "edit_wrong")]
    table = {**MECHANISMS, "baseline_probe": replace(MECHANISMS["repo_map"],
                                                     id="baseline_probe", fixes=("F10",))}
    weights = {c.mechanism.id: c.weight for c in candidates(found, behaviour("", {}), "k",
                                                            table)}
    assert weights["baseline_probe"] == PRIOR + FAILING and weights["repo_map"] == PRIOR
    # each run showing the failure adds to the weight; an empty patch alone counts a third
    twice = [found[0], Signature("chased_unrelated", "t2", "edit_wrong")]
    weights = {c.mechanism.id: c.weight for c in candidates(twice, behaviour("", {}), "k",
                                                            table)}
    assert weights["baseline_probe"] == PRIOR + 2 * FAILING
    empty = [Signature("empty_patch", "t1", ""), Signature("empty_patch", "t2", ""),
             Signature("empty_patch", "t3", "")]
    weights = {c.mechanism.id: c.weight for c in candidates(empty, behaviour("", {}), "k",
                                                            table)}
    assert weights["retry_empty"] == PRIOR + FAILING


def test_timings_and_timestamps_in_the_logs_do_not_change_the_answer():
    def logs(start: float, pace: float, took: str) -> list:
        return [result("t1", solved(Log(start, pace), f"1 passed in {took}")),
                result("t2", gave_up(), empty=True),
                result("t3", capped(4000))]

    fast, slow = request(logs(TIME, 0.5, "0.03s")), request(logs(TIME + 8_000, 3.25, "41.70s"))
    assert fast != slow
    assert [ask(fast, s) for s in range(30)] == [ask(slow, s) for s in range(30)]


def test_the_same_inputs_give_the_same_answer_and_the_seeds_vary_it():
    req = request([result("t1", gave_up(), empty=True), result("t2", overflowed())])
    assert [ask(req, s) for s in range(20)] == [ask(req, s) for s in range(20)]
    assert len({ask(req, s) for s in range(20)}) > 3
    assert ask(req, 5, provider_seed=0) != ask(req, 5, provider_seed=1) or \
        ask(req, 6, provider_seed=0) != ask(req, 6, provider_seed=1)


def test_a_first_answer_is_sometimes_cut_off_and_a_retry_never_is():
    req = request([result("t1", gave_up(), empty=True)])
    malformed = sum(parse(ask(req, s)) is None for s in range(400))
    assert 20 <= malformed <= 64  # about 10%
    assert all(parse(ask(retry(req), s)) is not None for s in range(400))


def test_works_with_the_loops_diagnosis_step():
    req = request([result("t1", gave_up(), empty=True), result("t2", out_of_turns(), empty=True)])
    evidence = req["messages"][0]["content"][1]["text"].removeprefix("# Evaluation logs\n")
    for seed in range(20):
        context = CallContext("r", "a", "diagnoser", seed=seed)
        diagnosis = diagnose(
            lambda r, c=context: response(r, next_action(r, c, 0), "k"), "toy",
            agent_source_text(SEED), evidence, "solve_empty_patches", retries=2)
        assert diagnosis is not None
        assert diagnosis.improvement.split()[1] in MECHANISMS
        assert diagnosis.problem_statement.splitlines()[-1].startswith(f"{LABEL} change: ")


def test_a_free_form_request_is_read_as_one_run():
    text = f"# Source\n{(SEED / 'coding_agent.py').read_text()}\n# Evaluation logs\n" \
           f"{gave_up().text()}"
    req = {"model": "toy", "max_tokens": 2048,
           "messages": [{"role": "user", "content": text}]}
    fields = parse(ask(retry(req), random.Random(0).randrange(100)))
    assert fields is not None and "1 of 1 runs stopped without changing" in fields["diagnosis"]
