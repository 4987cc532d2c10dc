"""The journal survives torn writes and keeps events in order."""

import json
from pathlib import Path

from dgm.journal import Journal


def test_append_and_read_back(tmp_path: Path) -> None:
    j = Journal(tmp_path / "journal.jsonl")
    j.append("run_started", 1.0, seed=3)
    j.append("generation_started", 2.0, generation=1, parents=["a", "b"])
    events = list(j.events())
    assert [e.kind for e in events] == ["run_started", "generation_started"]
    assert events[1].data == {"generation": 1, "parents": ["a", "b"]}
    lines = (tmp_path / "journal.jsonl").read_text().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["v"] == 1 for line in lines)


def test_torn_last_line_is_ignored_and_repaired(tmp_path: Path) -> None:
    path = tmp_path / "journal.jsonl"
    j = Journal(path)
    j.append("a", 1.0)
    with open(path, "a") as fh:
        fh.write('{"kind": "b", "at"')  # a crash mid-write
    assert [e.kind for e in j.events()] == ["a"]
    j.append("c", 2.0)
    assert [e.kind for e in j.events()] == ["a", "c"]
    assert path.read_text().count("\n") == 2


def test_missing_journal_reads_empty(tmp_path: Path) -> None:
    assert list(Journal(tmp_path / "none.jsonl").events()) == []
