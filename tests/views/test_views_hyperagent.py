"""Views of a hyperagent run: parts changed ([T] [M] [TM]), reused scores, the starting agent's
origin, task duplicates, and imp@k in status, report and compare.

The synthetic run is views_helpers' run plus what a hyperagent run records: parts, changed
files and a task digest per agent, a root that came from another run, and two more agents
of iteration 3 (one changed both parts and scores 1.0, one changed only its meta agent's
notes and reuses its parent's scores). `narrow` is admitted as a task duplicate of the seed.

    seed (it0, 0.25, held-out 0.20; from run a)
    ├── retry [T] (it1, 0.50)
    │   ├── output [T] (it2, 0.75, held-out 0.60)
    │   │   ├── long [T] (it3, 0.50, rejected)
    │   │   ├── both [TM] (it3, 1.00)
    │   │   └── memo [M] (it3, 0.75 reused from output)
    │   └── narrow [T] (it2, 0.25, rejected; task duplicate of the seed)
    └── context [T] (it1, 0.00)
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from test_views_readonly import every_view
from views_helpers import build_run, dgm, fingerprint

from agents_archive import GitArchive
from dgm.journal import Event
from dgm.views.attempts import count_attempts, task_duplicates
from dgm.views.rundata import RunView
from dgm.views.summary import run_summary

ORIGIN = {"kind": "run", "run": "a", "run_dir": "/abs/runs/a", "agent": "ab12cd34ef56",
          "score": 0.62, "score_interval": [0.41, 0.79], "heldout_score": 0.55,
          "heldout_interval": [0.3, 0.77], "benchmark": "pytasks", "mode": "dgm",
          "simulated": False}
NEW = {"both": "g003a01", "memo": "g003a02"}  # the two agents added to the synthetic run


def _extra(record: Any, **more: Any) -> Any:
    """The record's extra with more keys (typed Any: update_meta takes the loop's TypedDict)."""
    return {**record.extra, **more}


def _add(root: Path, archive: GitArchive, parent: str, files: dict[str, str], name: str) -> str:
    work = archive.materialize(parent, root.parent / f".work-{name}")
    for path, text in files.items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        with open(work / path, "a") as fh:
            fh.write(text)
    agent = archive.add(parent, work, {"summary": f"{name} change"}).agent_id
    shutil.rmtree(work)
    return agent


def _journal_before_gen3_end(root: Path, events: list[tuple[str, dict[str, Any]]]) -> None:
    """Insert events before generation 3's end, and mark narrow's admission a task duplicate."""
    lines = (root / "journal.jsonl").read_text().splitlines()
    out = []
    for line in lines:
        event = json.loads(line)
        if event["kind"] == "generation_finished" and event["data"]["generation"] == 3:
            out += [json.dumps({"kind": k, "at": event["at"] - 0.5, "data": d, "v": 1})
                    for k, d in events]
        if event["kind"] == "child_admitted" and event["data"]["attempt"] == "g002a01":
            event["data"]["task_duplicate_of"] = "SEED"
        out.append(json.dumps(event))
    (root / "journal.jsonl").write_text("\n".join(out) + "\n")


def build_hyper_run(root: Path) -> dict[str, str]:
    """The synthetic run above; returns the agent id of each name."""
    ids = build_run(root)
    config = root / "dgm.toml"
    config.write_text(config.read_text().replace("imp_k = 50", "imp_k = 2"))
    archive = GitArchive.open(root)
    ids["both"] = _add(root, archive, ids["output"], {"coding_agent.py": "\nTURNS = 9\n",
                                                      "meta/notes.txt": "tried: turns\n"}, "both")
    ids["memo"] = _add(root, archive, ids["output"], {"meta/notes.txt": "memo\n"}, "memo")
    seed = archive.meta(ids["seed"])
    archive.update_meta(ids["seed"], heldout_score=0.2,
                        extra=_extra(seed, origin=ORIGIN, parts="none", task_digest="0" * 16))
    for name in ("retry", "context", "output", "narrow", "long"):
        record = archive.meta(ids[name])
        archive.update_meta(ids[name], extra=_extra(
            record, parts="task", changed_files={"task": ["coding_agent.py"], "meta": []}))
    archive.update_meta(ids["output"], heldout_score=0.6)
    archive.update_meta(ids["both"], score=1.0, status="ok", results={"alpha-fix": True},
                        extra={"attempt_id": NEW["both"], "iteration": 3, "parts": "both",
                               "changed_files": {"task": ["coding_agent.py"],
                                                 "meta": ["meta/notes.txt"]}})
    memo: Any = {"attempt_id": NEW["memo"], "iteration": 3, "parts": "meta",
                 "changed_files": {"task": [], "meta": ["meta/notes.txt"]},
                 "scores_from": ids["output"]}
    archive.update_meta(ids["memo"], score=0.75, status="ok", extra=memo)
    events: list[tuple[str, dict[str, Any]]] = []
    for name, attempt in NEW.items():
        parts = archive.meta(ids[name]).extra["parts"]
        (root / "attempts" / attempt).mkdir()
        (root / "attempts" / attempt / "result.json").write_text(json.dumps({
            "attempt_id": attempt, "generation": 3, "index": int(attempt[-2:]),
            "parent_id": ids["output"], "status": "evaluated", "score": 0.75, "parts": parts,
            "diagnosis": None, "patch": "", "eval": None, "smoke": None, "seconds": {},
            "error": None, "v": 1}))
        events += [("attempt_started", {"attempt": attempt, "parent": ids["output"]}),
                   ("attempt_finished", {"attempt": attempt, "status": "evaluated"}),
                   ("child_admitted", {"attempt": attempt, "agent": ids[name], "status": "ok",
                                       "parts": parts, "task_duplicate_of": None})]
    _journal_before_gen3_end(root, events)
    journal = root / "journal.jsonl"
    journal.write_text(journal.read_text().replace('"SEED"', f'"{ids["seed"]}"'))
    return ids


@pytest.fixture(scope="module")
def hyper(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("hyper") / "hyper"
    return root, build_hyper_run(root)


def test_tree_tags_the_parts_in_text_dot_and_json(hyper: tuple[Path, dict[str, str]]) -> None:
    root, ids = hyper
    text = dgm("tree", root).stdout.splitlines()
    line = {name: next(x for x in text if x.lstrip("│├└─ ").startswith(agent))
            for name, agent in ids.items()}
    assert " ok        [T]  " in line["retry"] and " rejected  [T]  " in line["narrow"]
    assert " ok        [TM] " in line["both"] and " ok        [M]  " in line["memo"]
    assert "[" not in line["seed"]  # the root changed nothing
    assert text[-1].endswith("[T] task agent changed, [M] meta agent, [TM] both")
    dot = dgm("tree", root, "--format", "dot").stdout
    node = {name: next(x for x in dot.splitlines() if x.strip().startswith(f'"{agent}" ['))
            for name, agent in ids.items()}
    assert "· [M]\\n" in node["memo"] and "dashed" in node["memo"]  # meta-only: dashed
    assert "· [TM]\\n" in node["both"] and "dashed" not in node["both"]
    assert "dashed" not in node["output"] and "· [" not in node["seed"]
    agents = json.loads(dgm("tree", root, "--json").stdout)["agents"]
    parts = {a["id"]: a["parts"] for a in agents}
    assert [parts[ids[n]] for n in ("seed", "retry", "both", "memo")] == \
        ["none", "task", "both", "meta"]


def test_today_runs_have_no_tags_nor_column(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    tree = dgm("tree", root).stdout
    assert "[T]" not in tree and "task agent" not in tree
    assert all(a["parts"] is None for a in json.loads(dgm("tree", root, "--json").stdout)["agents"])
    log = dgm("log", root, ids["long"]).stdout.splitlines()
    assert all(x.split()[1].startswith("g") for x in log)  # depth follows the id directly


def test_show_names_parts_reuse_and_origin(hyper: tuple[Path, dict[str, str]]) -> None:
    root, ids = hyper
    both = dgm("show", root, ids["both"]).stdout
    assert "parts:      both (coding_agent.py, meta/notes.txt)" in both
    task_at = both.index(f"task agent: diff against parent {ids['output']}")
    meta_at = both.index(f"meta agent: diff against parent {ids['output']}")
    assert task_at < meta_at  # task part first
    assert "+TURNS = 9" in both[task_at:meta_at] and "notes.txt" not in both[task_at:meta_at]
    assert "+tried: turns" in both[meta_at:]
    memo = dgm("show", root, ids["memo"]).stdout
    assert f"scores:     reused from {ids['output']} (same task agent)" in memo
    assert "parts:      meta agent (meta/notes.txt)" in memo
    seed = dgm("show", root, "root").stdout
    assert ("origin:     /abs/runs/a:ab12cd34ef56, pytasks, selection 0.620 [0.41, 0.79], "
            "held-out 0.550 [0.30, 0.77]") in seed
    data = json.loads(dgm("show", root, ids["memo"], "--json").stdout)
    assert (data["parts"], data["scores_from"], data["origin"]) == ("meta", ids["output"], None)
    assert data["changed_files"] == {"task": [], "meta": ["meta/notes.txt"]}
    assert json.loads(dgm("show", root, "root", "--json").stdout)["origin"] == ORIGIN


def test_log_has_a_parts_column_and_the_origin(hyper: tuple[Path, dict[str, str]]) -> None:
    root, ids = hyper
    lines = dgm("log", root, ids["both"]).stdout.splitlines()
    assert [x.split()[:2] for x in lines] == [[ids["both"], "TM"], [ids["output"], "T"],
                                              [ids["retry"], "T"], [ids["seed"], "-"]]
    assert lines[-1].endswith("seed agent  from run a, agent ab12cd34ef56 "
                              "(pytasks: selection 0.620, held-out 0.550)")


def test_status_shows_imp_at_k(hyper: tuple[Path, dict[str, str]]) -> None:
    root, ids = hyper
    info = json.loads(dgm("status", root, "--json").stdout)  # k = 2 from the run's config
    assert {k: info[k] for k in ("imp_k", "imp_at", "imp_reached", "imp_best")} == \
        {"imp_k": 2, "imp_at": 2, "imp_reached": True, "imp_best": ids["output"]}
    assert (info["imp_at_k"], info["imp_at_k_heldout"]) == (0.5, pytest.approx(0.4))
    assert info["task_duplicates"] == 1 and info["origin"] == ORIGIN
    later = json.loads(dgm("status", root, "--k", "50", "--json").stdout)
    assert (later["imp_k"], later["imp_at"], later["imp_reached"]) == (50, 3, False)
    assert (later["imp_at_k"], later["imp_at_k_heldout"], later["imp_best"]) == \
        (0.75, None, ids["both"])  # "both" has no held-out score yet
    text = " ".join(dgm("status", root).stdout.split())  # as rich wraps it or not
    assert ("imp@2 +0.500 at iteration 2 of 2 (selection: best 0.750 vs start 0.250); "
            "held-out +0.400") in text
    assert "0 duplicate, 1 task duplicate)" in text and "started from" in text
    assert dgm("status", root, "--k", "0").returncode == 2


def test_report_rows_tags_and_parts(hyper: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, ids = hyper
    out = tmp_path / "r.html"
    assert dgm("report", root, "-o", out, "--k", "3").returncode == 0
    html = out.read_text()
    assert "<th>mode</th><td>dgm</td>" in html
    assert "<th>started from</th><td>/abs/runs/a:ab12cd34ef56, pytasks" in html
    assert "<th>imp@3</th><td>+0.750 at iteration 3 of 3 (selection: best 1.000" in html
    assert "<th>task duplicates</th><td>1 (" in html
    assert "the dashed line is iteration k = 3 of imp@k" in html
    assert f'href="#agent-{ids["both"]}">{ids["both"]}</a> it3 1.000 ok [TM]</span>' in html
    row = html.split(f"<code>{NEW['memo']}</code>", 1)[1].split("</tr>", 1)[0]
    assert row.endswith("<td>meta agent</td>")  # the attempts table's parts column
    narrow = html.split("<code>g002a01</code>", 1)[1].split("</tr>", 1)[0]
    assert f'(task agent of <a class="id" href="#agent-{ids["seed"]}"' in narrow
    pages = json.loads(html.split('id="agent-data">', 1)[1].split("</script>", 1)[0])["agents"]
    assert pages[ids["memo"]]["sf"] == ids["output"]
    assert pages[ids["both"]]["pt"] == "both (coding_agent.py, meta/notes.txt)"
    assert pages[ids["seed"]]["og"].startswith("/abs/runs/a:ab12cd34ef56")
    assert "pt" not in pages[ids["seed"]] and "sf" not in pages[ids["both"]]


def test_compare_rows_imp_at_k(hyper: tuple[Path, dict[str, str]],
                               synth: tuple[Path, dict[str, str]]) -> None:
    root, _ = hyper
    plain, _ = synth  # a run from today (k 50 in its config): imp@k up to iteration 3
    data = json.loads(dgm("compare", plain, root, "--json").stdout)
    left, right = data["runs"]
    assert (left["imp_k"], left["imp_at_k"], right["imp_k"], right["imp_at_k"]) == \
        (50, 0.5, 2, 0.5)
    assert (left["task_duplicates"], right["task_duplicates"]) == (0, 1)
    text = dgm("compare", plain, root).stdout
    assert "imp@k (selection, k 50 | 2, up to iteration 3 | 2)" in text
    same = dgm("compare", plain, root, "--k", "3").stdout.splitlines()
    row = next(x for x in same if x.startswith("imp@3 (selection)"))
    assert row.split()[2:] == ["+0.500", "+0.750", "+0.250"]
    held = next(x for x in same if x.startswith("imp@3 (held-out)"))
    assert held.split()[2:] == ["-", "-"]  # neither best up to iteration 3 has a held-out score


def test_a_run_without_imp_k_in_its_config_uses_50(fresh_run: tuple[Path, dict[str, str]],
                                                   ) -> None:
    root, ids = fresh_run
    config = root / "dgm.toml"
    config.write_text(config.read_text().replace("imp_k = 50\n", ""))
    summary = run_summary(RunView(root))
    assert (summary["imp_k"], summary["imp_at"], summary["imp_reached"]) == (50, 3, False)
    assert (summary["imp_at_k"], summary["imp_best"]) == (0.5, ids["output"])
    assert json.loads(dgm("status", root, "--json").stdout)["imp_k"] == 50


def test_task_duplicates_count_each_attempt_once() -> None:
    events = [Event("child_admitted", 1.0, {"attempt": "g001a00", "agent": "a1",
                                            "task_duplicate_of": "root"}),
              Event("child_admitted", 2.0, {"attempt": "g001a01", "agent": "a2",
                                            "task_duplicate_of": None}),
              Event("child_duplicate", 3.0, {"attempt": "g001a02", "agent": "a2"}),
              Event("run_resumed", 4.0, {}),  # g001a00 admitted again after a crash
              Event("child_duplicate", 5.0, {"attempt": "g001a00", "agent": "a1"}),
              Event("child_discarded", 6.0, {"attempt": "g001a03"})]
    assert task_duplicates(events) == 2
    assert count_attempts(events, running=False)["duplicates"] == 1  # whole trees only


def test_views_only_read_a_hyperagent_run(hyper: tuple[Path, dict[str, str]],
                                          tmp_path: Path) -> None:
    root, ids = hyper
    before = fingerprint(root)
    every_view(root, ids, tmp_path)
    for args in (["status", root, "--json"], ["status", root, "--k", "5"],
                 ["compare", root, root, "--k", "1"]):
        assert dgm(*args).returncode == 0
    assert fingerprint(root) == before
