"""The toy as a diagnoser: one catalog improvement as JSON, weighted by the logs' symptoms."""

from __future__ import annotations

import json
import re
from collections import Counter

from toy_support import SEED

from dgm.evolution.protocols import CallContext
from dgm.toy import ToyProvider
from dgm.toy.catalog import CATALOG, MORE_TURNS, RETRY_EMPTY, TRUNCATE_OUTPUT, apply
from dgm.toy.conversation import LABEL

SEED_CODE = (SEED / "coding_agent.py").read_text()


def ask(logs: str, source: str = SEED_CODE, seed: int = 0, retry: bool = False) -> str:
    messages = [{"role": "user", "content": f"# Source\n{source}\n# Logs\n{logs}"}]
    if retry:
        messages += [{"role": "assistant", "content": "garbled"},
                     {"role": "user", "content": "Answer again with only the JSON object."}]
    request = {"model": "toy", "max_tokens": 2048, "system": "Diagnose.", "messages": messages}
    reply = ToyProvider(0).complete(request, CallContext("r", "a", "diagnoser", seed=seed))
    assert reply["stop_reason"] == "end_turn"
    return reply["content"][0]["text"]


def parse(text: str) -> dict[str, str] | None:
    try:
        return json.loads(text[text.index("{"): text.rindex("}") + 1])
    except ValueError:
        return None


def test_answers_one_catalog_improvement_as_json():
    text = ask("Evaluation summary: 3/10 tasks resolved")
    assert text.startswith(LABEL)
    answers = [parse(ask("summary", seed=s)) for s in range(40)]
    valid = [a for a in answers if a]
    assert 25 < len(valid) < 40  # sometimes malformed, so callers retry
    titles = {item.title: item for item in CATALOG}
    for answer in valid:
        assert set(answer) == {"diagnosis", "improvement", "problem_statement"}
        assert answer["problem_statement"] == titles[answer["improvement"]].problem_statement


def test_a_retried_conversation_is_never_malformed():
    assert all(parse(ask("summary", seed=s, retry=True)) for s in range(40))


def test_symptoms_make_their_improvement_likelier():
    def counts(logs: str) -> Counter:
        picked = (parse(ask(logs, seed=s, retry=True)) for s in range(200))
        return Counter(a["improvement"] for a in picked)

    plain = counts("Evaluation summary: 5/10 tasks resolved")
    overflow = counts('{"event": "model_error", "error": "prompt is too long: 40000 tokens"}')
    empty = counts("Evaluation summary: 5/10 tasks resolved, 4 empty patches")
    turns = counts('{"event": "out_of_turns", "max_turns": 7}')
    assert overflow[TRUNCATE_OUTPUT.title] > 1.5 * plain[TRUNCATE_OUTPUT.title]
    assert empty[RETRY_EMPTY.title] > 1.5 * plain[RETRY_EMPTY.title]
    assert turns[MORE_TURNS.title] > 1.5 * plain[MORE_TURNS.title]


def test_improvements_already_in_the_source_are_not_proposed():
    source = SEED_CODE
    for item in CATALOG[:-1]:
        source = apply(item, source)
    picked = {parse(ask("summary", source, seed=s, retry=True))["improvement"]
              for s in range(30)}
    assert picked == {CATALOG[-1].title}
    source = apply(CATALOG[-1], source)
    last = parse(ask("summary", source, retry=True))
    assert last["improvement"] == "No known improvement"


def test_works_with_the_loops_diagnosis_step(tmp_path):
    from dgm.evolution.diagnose import agent_source_text, diagnose, evidence_text
    from evals.harness import TaskResult

    results = [TaskResult(f"t{i}", resolved=i < 3, empty_patch=i >= 6, patch_applied=i < 6,
                          timed_out=False) for i in range(10)]
    evidence = evidence_text("solve_empty_patches", results, "")
    provider, context = ToyProvider(0), CallContext("r", "a", "diagnoser", seed=3)
    diagnosis = diagnose(lambda request: provider.complete(request, context), "toy",
                         agent_source_text(SEED), evidence, "solve_empty_patches", retries=2)
    assert diagnosis is not None
    assert diagnosis.improvement in {item.title for item in CATALOG}


def test_no_symptom_matches_agent_source():
    source = SEED_CODE
    for item in CATALOG:
        source = apply(item, source)
    assert [item.id for item in CATALOG if re.search(item.symptoms, source)] == []
