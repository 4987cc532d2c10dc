"""Selection and held-out scores side by side, and one 'best' in every view."""

from __future__ import annotations

import json
from pathlib import Path

from views_helpers import dgm

from agents_archive import GitArchive


def add_final_scores(root: Path, ids: dict[str, str]) -> None:
    """What the end of a run leaves: runs with intervals, held-out scores for the top agents."""
    archive = GitArchive.open(root)
    archive.update_meta(ids["output"], runs={"alpha-fix": [True, True], "beta-feature": [True]},
                        score_interval=[0.35, 0.95], complete=True, heldout_score=0.5,
                        heldout_interval=[0.15, 0.85],
                        heldout_runs={"h1": [True], "h2": [False]})
    archive.update_meta(ids["seed"], heldout_score=0.25, heldout_interval=[0.05, 0.7])


def test_every_view_shows_selection_and_heldout_side_by_side(
        fresh_run: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, ids = fresh_run
    add_final_scores(root, ids)
    status = json.loads(dgm("status", root, "--json").stdout)
    assert status["best"]["agent"] == ids["output"]
    assert status["best"]["heldout_score"] == 0.5 and status["best"]["interval"] == [0.35, 0.95]
    assert status["seed"]["heldout_score"] == 0.25
    text = dgm("status", root).stdout
    assert "held-out 0.500" in " ".join(text.split())
    show = json.loads(dgm("show", root, "best", "--json").stdout)
    assert show["id"] == ids["output"] and show["heldout_score"] == 0.5
    assert "held-out:" in dgm("show", root, "best").stdout
    tree = json.loads(dgm("tree", root, "--json").stdout)
    best = next(a for a in tree["agents"] if a["id"] == tree["best"])
    assert best["heldout_score"] == 0.5 and best["interval"] == [0.35, 0.95]
    compare = json.loads(dgm("compare", root, root, "--json").stdout)
    assert compare["runs"][0]["best_heldout_score"] == 0.5
    assert dgm("report", root, "-o", tmp_path / "r.html").returncode == 0
    page = (tmp_path / "r.html").read_text()
    assert "best score (held-out)" in page and "quote this one" in page


def test_best_skips_agents_cut_short_by_a_stage_bar(fresh_run: tuple[Path, dict[str, str]],
                                                    ) -> None:
    root, ids = fresh_run
    archive = GitArchive.open(root)
    archive.update_meta(ids["narrow"], score=1.0, complete=False)  # lucky on a first stage only
    for args in (["status", "--json"], ["tree", "--json"]):
        data = json.loads(dgm(*args[:1], root, *args[1:]).stdout)
        best = data["best"]["agent"] if args[0] == "status" else data["best"]
        assert best == ids["output"]
    assert json.loads(dgm("show", root, "best", "--json").stdout)["id"] == ids["output"]
