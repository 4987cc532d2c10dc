"""What a researcher looks for in a run: change against the parent, duplicates, equal names,
damaged journal lines (show, log, status, report, compare)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from views_helpers import TASKS, dgm

from agents_archive import GitArchive
from dgm.journal import Event
from dgm.views.attempts import attempt_outcomes, count_attempts, journal_wall_s
from dgm.views.rundata import RunView
from dgm.views.show import agent_view
from dgm.views.status import run_status
from dgm.views.summary import compare, run_summary

DUPLICATE_ATTEMPT = "g004a00"


def add_duplicate(root: Path, parent: str, twin: str) -> None:
    """A fourth generation whose one attempt made a child identical to the agent `twin`."""
    (root / "attempts" / DUPLICATE_ATTEMPT).mkdir()
    (root / "attempts" / DUPLICATE_ATTEMPT / "result.json").write_text(json.dumps({
        "attempt_id": DUPLICATE_ATTEMPT, "generation": 4, "index": 0, "parent_id": parent,
        "status": "evaluated", "score": 0.5, "diagnosis": None, "patch": "", "eval": None,
        "smoke": None, "seconds": {}, "error": None, "v": 1}))
    events = [("generation_started", {"generation": 4, "parents": [parent]}),
              ("attempt_started", {"attempt": DUPLICATE_ATTEMPT, "parent": parent}),
              ("attempt_finished", {"attempt": DUPLICATE_ATTEMPT, "status": "evaluated",
                                    "score": 0.5}),
              ("child_duplicate", {"attempt": DUPLICATE_ATTEMPT, "agent": twin}),
              ("generation_finished", {"generation": 4, "archive_size": 6, "wall_s": 80.0})]
    append_events(root, events)


def append_events(root: Path, events: list[tuple[str, dict]]) -> None:
    with open(root / "journal.jsonl", "a") as fh:
        for i, (kind, data) in enumerate(events):
            fh.write(json.dumps({"kind": kind, "at": 1.9e9 + i, "data": data, "v": 1}) + "\n")


def test_show_says_what_changed_against_the_parent(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    out = dgm("show", root, ids["narrow"]).stdout
    assert "score:      0.250 (-0.250 vs parent 0.500)" in out
    assert ("vs parent:  gained delta-refactor; lost alpha-fix, beta-feature "
            "(of 4 tasks both were scored on)") in out
    assert "attempt:    g002a01: 1.0 s wall (journal), $0.0500 (record)" in out
    data = json.loads(dgm("show", root, ids["output"], "--json").stdout)
    assert data["vs_parent"] == {"parent": ids["retry"], "parent_score": 0.5, "score_delta": 0.25,
                                 "gained": ["gamma-bug"], "lost": [], "compared": 4}
    assert data["attempt"] == {"id": "g002a00", "wall_s": 1.0, "wall_source": "journal",
                               "usd": 0.04, "tokens": 4000, "cost_source": "record"}
    assert data["score"] == 0.75 and data["cost"]["usd"] == 0.04  # the old keys stay
    seed = json.loads(dgm("show", root, "root", "--json").stdout)
    assert seed["vs_parent"] is None and seed["attempt"]["wall_s"] is None


def test_wall_time_from_the_attempt_files_and_cost_from_the_ledger(
        fresh_run: tuple[Path, dict[str, str]]) -> None:
    root, ids = fresh_run
    lines = (root / "journal.jsonl").read_text().splitlines(keepends=True)
    (root / "journal.jsonl").write_text("".join(x for x in lines if "g002a00" not in x))
    result = root / "attempts" / "g002a00" / "result.json"
    result.write_text(json.dumps({**json.loads(result.read_text()),
                                  "seconds": {"diagnose": 2.5, "self_modify": 10.0}}))
    GitArchive.open(root).update_meta(ids["output"], cost_usd=0.0, tokens=0)
    attempt = agent_view(RunView(root), ids["output"])["attempt"]
    assert (attempt["wall_s"], attempt["wall_source"]) == (12.5, "attempt files")
    assert (attempt["usd"], attempt["tokens"], attempt["cost_source"]) == (0.0125, 1250, "ledger")


def test_log_shows_each_change_and_the_attempt(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    lines = dgm("log", root, ids["long"]).stdout.splitlines()
    assert [line.split()[0] for line in lines] == [ids["long"], ids["output"], ids["retry"],
                                                   ids["seed"]]
    assert "-0.250 vs parent 0.750, tasks +0/-1" in lines[0] and "$0.0600" in lines[0]
    assert "+0.250 vs parent 0.500, tasks +1/-0" in lines[1] and "1.0 s" in lines[1]
    assert "seed" in lines[3] and lines[3].endswith("seed agent")
    entries = json.loads(dgm("log", root / "archive.git", ids["long"], "--json").stdout)
    assert entries[0]["id"] == ids["long"] and entries[0]["results"]  # the record's keys stay
    assert entries[0]["vs_parent"]["lost"] == ["beta-feature"]
    assert entries[0]["attempt"]["wall_s"] == 1.0  # the run around archive.git is found
    assert entries[-1]["vs_parent"] is None


def test_log_of_a_bare_archive(tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "coding_agent.py").write_text("print('hi')\n")
    archive = GitArchive.create(tmp_path / "lone.git", seed, {"score": 0.25,
                                                             "results": {"a": True, "b": False}})
    work = archive.materialize(archive.root_id, tmp_path / "w")
    (work / "x.py").write_text("X = 1\n")
    child = archive.add(archive.root_id, work, {"score": 0.5, "summary": "add x",
                                                "results": {"a": False, "b": True}}).agent_id
    result = dgm("log", tmp_path / "lone.git", child)
    assert result.returncode == 0, result.stderr
    assert "+0.250 vs parent 0.250, tasks +1/-1" in result.stdout.splitlines()[0]
    entry = json.loads(dgm("log", tmp_path / "lone.git", child, "--json").stdout)[0]
    assert (entry["vs_parent"]["gained"], entry["vs_parent"]["lost"]) == (["b"], ["a"])
    assert entry["attempt"]["id"] is None and entry["attempt"]["wall_s"] is None


def test_a_duplicate_child_is_counted_alike_everywhere(
        fresh_run: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, ids = fresh_run
    add_duplicate(root, ids["output"], ids["long"])
    # the synthetic run journals its broken attempt's discard but not its finish
    expected = {"finished": 6, "in_flight": [], "interrupted": [], "steps": {}, "causes": {},
                "admitted": 5, "discarded": 1, "duplicates": 1}
    status = run_status(str(root))["attempts"]
    summary = run_summary(RunView(root))
    assert status == summary["attempt_counts"] == expected
    assert (summary["duplicates"], summary["admitted"], summary["attempts_finished"]) == \
        (1, 5, 6)
    text = dgm("status", root).stdout
    assert "6 finished (5 admitted, 1 discarded, 1 duplicate), 0 in flight" in text
    shown = json.loads(dgm("show", root, ids["long"], "--json").stdout)
    assert shown["duplicated_by"] == [DUPLICATE_ATTEMPT]
    assert f"duplicates: {DUPLICATE_ATTEMPT}" in dgm("show", root, ids["long"]).stdout
    assert dgm("report", root, "-o", tmp_path / "r.html").returncode == 0
    html = (tmp_path / "r.html").read_text()
    assert "8 (6 finished: 5 admitted, 1 discarded, 1 duplicate)" in html
    row = html.split(f"<code>{DUPLICATE_ATTEMPT}</code>", 1)[1].split("</tr>", 1)[0]
    assert "<td>duplicate</td>" in row and "<td>duplicate of <a " in row
    assert f'href="#agent-{ids["long"]}"' in row
    compared = json.loads(dgm("compare", root, root, "--json").stdout)
    assert compared["runs"][0]["attempt_counts"] == expected


def test_outcomes_after_a_resume_and_in_flight_attempts() -> None:
    events = [Event("run_started", 0.0, {}),
              Event("attempt_started", 1.0, {"attempt": "g001a00"}),
              Event("attempt_started", 2.0, {"attempt": "g001a01"}),
              Event("attempt_finished", 3.0, {"attempt": "g001a00"}),
              Event("child_admitted", 4.0, {"attempt": "g001a00", "agent": "abc"}),
              Event("run_resumed", 5.0, {}),  # a crash before generation_finished: re-admitted
              Event("child_duplicate", 6.0, {"attempt": "g001a00", "agent": "abc"}),
              Event("attempt_started", 7.0, {"attempt": "g001a01"}),
              Event("attempt_started", 8.0, {"attempt": "g002a00"}),
              Event("attempt_finished", 9.0, {"attempt": "g001a01"}),
              Event("child_duplicate", 10.0, {"attempt": "g001a01", "agent": "abc"})]
    outcomes = attempt_outcomes(events)
    assert outcomes["g001a00"].kind == "admitted" and outcomes["g001a01"].kind == "duplicate"
    running = count_attempts(events, running=True)
    assert (running["finished"], running["admitted"], running["duplicates"]) == (2, 1, 1)
    assert (running["in_flight"], running["interrupted"]) == (["g002a00"], [])
    stopped = count_attempts(events, running=False)  # the driver died in g002a00
    assert (stopped["in_flight"], stopped["interrupted"]) == (["g002a00"], ["g002a00"])


def test_compare_tells_runs_of_the_same_name_apart(synth: tuple[Path, dict[str, str]],
                                                   tmp_path: Path) -> None:
    root, _ = synth
    other = tmp_path / "elsewhere" / "synth"
    shutil.copytree(root, other)
    data = json.loads(dgm("compare", root, other, "--json").stdout)
    left, right = data["runs"]
    assert left["run"] == right["run"] == "synth"
    assert (left["label"], right["label"]) == (f"synth ({root})", f"synth ({other})")
    text = dgm("compare", root, other).stdout
    assert str(root) in text and str(other) in text
    config = other / "dgm.toml"
    config.write_text(config.read_text().replace('name = "synth"', 'name = "other"'))
    labels = [r["label"] for r in compare(RunView(root), RunView(other))["runs"]]
    assert labels == ["synth", "other"]


def test_a_damaged_journal_line_is_warned_not_hidden(fresh_run: tuple[Path, dict[str, str]],
                                                     tmp_path: Path) -> None:
    root, ids = fresh_run
    lines = (root / "journal.jsonl").read_text().splitlines(keepends=True)
    lines[3] = "{this is not json\n"
    (root / "journal.jsonl").write_text("".join(lines))
    run = RunView(root)
    assert len(run.warnings) == 1 and "line 4 is damaged" in run.warnings[0]
    assert len(run.events) == len(lines) - 1
    report = dgm("report", root, "-o", tmp_path / "r.html")
    assert report.returncode == 0 and (tmp_path / "r.html").is_file()
    assert "warning: " in report.stderr and "line 4 is damaged" in report.stderr
    assert "line 4 is damaged" in (tmp_path / "r.html").read_text()
    shown = dgm("show", root, ids["output"], "--json")
    assert shown.returncode == 0 and "line 4 is damaged" in shown.stderr
    assert json.loads(shown.stdout)["warnings"] == run.warnings
    assert [t["task_id"] for t in json.loads(shown.stdout)["tasks"]] == TASKS


def test_wall_time_of_an_attempt_and_of_the_seed_in_the_journal() -> None:
    events = [Event("attempt_started", 10.0, {"attempt": "g000-seed"}),
              Event("seed_evaluated", 14.5, {"attempt": "g000-seed", "agent": "abc"}),
              Event("attempt_started", 20.0, {"attempt": "g001a00"}),
              Event("run_resumed", 30.0, {}),  # killed; the attempt runs again
              Event("attempt_started", 40.0, {"attempt": "g001a00"}),
              Event("attempt_finished", 52.25, {"attempt": "g001a00"}),
              Event("seed_evaluated", 60.0, {"attempt": "g000-seed", "agent": "abc"})]
    assert journal_wall_s(events, "g000-seed") == 4.5
    assert journal_wall_s(events, "g001a00") == 12.25  # the run that finished
    assert journal_wall_s(events, "g009a00") is None
