"""`dgm tree`: the text tree with the best path marked, and the dot, SVG and JSON forms."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from views_helpers import assert_user_error, dgm

from agents_archive import GitArchive
from dgm.views.lineage import Lineage
from dgm.views.tree import tree_lines


def test_text_tree_lists_every_agent_under_its_parent(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    result = dgm("tree", root)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 7  # six agents and the header line
    assert lines[0].startswith(ids["seed"]) and "seed agent" in lines[0]
    order = [next(n for n, a in ids.items() if a in line) for line in lines[:-1]]
    assert order == ["seed", "context", "retry", "narrow", "output", "long"]
    long_line = lines[5]
    assert long_line.startswith("        └── " + ids["long"])  # under output, under retry
    assert re.search(r"it3\s+0\.500\s+rejected\s+Longer answers", long_line)
    assert "it0" in lines[0] and "0.250" in lines[0]


def test_text_tree_marks_the_path_to_the_best_agent(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    lines = dgm("tree", root).stdout.splitlines()
    marks = {n: line.split(a, 1)[1][:3] for line in lines[:-1] for n, a in ids.items()
             if a in line}
    assert marks["output"] == " ★ "
    assert marks["seed"] == marks["retry"] == " ● "
    assert marks["context"] == marks["narrow"] == marks["long"] == "   "
    assert lines[-1] == (f"lineage of synth: 6 agents; best {ids['output']} (0.750); "
                         "★ best, ● its ancestors")


def test_json_tree_has_children_best_and_path(synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    result = dgm("tree", root, "--format", "json")
    data = json.loads(result.stdout)
    assert data["best"] == ids["output"]
    assert data["best_path"] == [ids["seed"], ids["retry"], ids["output"]]
    agents = {a["id"]: a for a in data["agents"]}
    assert sorted(agents[ids["retry"]]["children"]) == sorted([ids["narrow"], ids["output"]])
    assert agents[ids["long"]]["iteration"] == 3 and agents[ids["long"]]["status"] == "rejected"
    assert sum(a["on_best_path"] for a in agents.values()) == 3


def test_dot_draws_every_edge_and_the_best_path_in_red(
        synth: tuple[Path, dict[str, str]]) -> None:
    root, ids = synth
    dot = dgm("tree", root, "--format", "dot").stdout
    assert dot.startswith('digraph "lineage of synth" {') and dot.rstrip().endswith("}")
    assert f'"{ids["retry"]}" -> "{ids["output"]}" [color="#c62828", penwidth=3];' in dot
    assert f'"{ids["retry"]}" -> "{ids["narrow"]}";' in dot
    assert dot.count(" -> ") == 5
    assert "dashed" in next(line for line in dot.splitlines() if line.startswith(
        f'  "{ids["narrow"]}" ['))


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's dot is not installed "
                    "(scripts/install-test-deps installs it)")
def test_svg_is_laid_out_by_graphviz(synth: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, ids = synth
    result = dgm("tree", root, "--format", "svg", "-o", tmp_path / "tree.svg")
    assert result.returncode == 0, result.stderr
    svg = (tmp_path / "tree.svg").read_text()
    assert "<svg" in svg and all(agent in svg for agent in ids.values())


def test_svg_without_graphviz_names_the_package(synth: tuple[Path, dict[str, str]],
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                               ) -> None:
    root, _ = synth
    bin_dir = tmp_path / "bin"  # a PATH with git (the archive needs it) and no dot
    bin_dir.mkdir()
    os.symlink(shutil.which("git") or "/usr/bin/git", bin_dir / "git")
    monkeypatch.setenv("PATH", str(bin_dir))
    assert_user_error(dgm("tree", root, "--format", "svg"), "graphviz")


def test_tree_of_a_bare_archive_and_user_errors(synth: tuple[Path, dict[str, str]],
                                                tmp_path: Path) -> None:
    root, ids = synth
    result = dgm("tree", root / "archive.git")
    assert result.returncode == 0 and ids["output"] in result.stdout
    assert_user_error(dgm("tree", tmp_path / "missing"), "no run or archive")
    assert_user_error(dgm("tree", root, "-o", root / "tree.txt"), "inside the run")


def test_deep_lineage_keeps_lines_short(tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "coding_agent.py").write_text("x = 0\n")
    archive = GitArchive.create(tmp_path / "run", seed)
    parent = archive.root_id
    for i in range(40):
        diff = (f"--- a/coding_agent.py\n+++ b/coding_agent.py\n@@ -1 +1 @@\n-x = {i}\n"
                f"+x = {i + 1}\n")
        parent = archive.add_diff(parent, diff, {"summary": f"step {i}"}).agent_id
    lines = tree_lines(Lineage(archive.agents()))
    assert len(lines) == 41
    assert lines[-1].text.startswith("┆depth 40┆ ") and len(lines[-1].text) < 130
