"""Bad and relative inputs to the read commands: one line and exit 2, or one answer anywhere."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from views_helpers import assert_user_error, dgm, fingerprint


def dgm_in(cwd: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """`python -m dgm ARGS` run from `cwd`."""
    return subprocess.run([sys.executable, "-m", "dgm", *map(str, args)], capture_output=True,
                          text=True, timeout=300, cwd=cwd)


@pytest.mark.parametrize("args", [
    ["status", "--json"], ["tree", "--json"], ["show", "{seed}", "--json"],
    ["log", "{seed}", "--json"], ["diff", "{seed}", "{output}"]])
def test_relative_and_absolute_run_paths_give_the_same_answer(
        synth: tuple[Path, dict[str, str]], tmp_path: Path, args: list[str]) -> None:
    root, ids = synth
    filled = [a.format(**ids) for a in args]
    relative = dgm_in(root.parent, filled[0], root.name, *filled[1:])
    absolute = dgm_in(tmp_path, filled[0], root, *filled[1:])
    assert relative.returncode == 0, relative.stderr
    assert relative.stdout == absolute.stdout and relative.stdout.strip()


def test_tree_into_a_missing_directory_is_one_line_and_writes_nothing(
        synth: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, _ = synth
    result = dgm_in(tmp_path, "tree", root, "--format", "svg", "-o", "missing-dir/t.svg")
    assert_user_error(result, "missing-dir")
    assert not (tmp_path / "missing-dir").exists()


@pytest.mark.parametrize("command", [
    ["tree", "{run}", "-o", "{out}/t.txt"], ["plot", "{run}", "-o", "{out}/p.png"],
    ["report", "{run}", "-o", "{out}/r.html"], ["export", "{run}", "{seed}", "-o", "{out}/p.jsonl"],
    ["checkout", "{run}", "{seed}", "{out}/agent"], ["archive", "init", "{out}/a", "--seed",
                                                     "{seed_dir}"]])
def test_no_output_option_creates_missing_parent_directories(
        synth: tuple[Path, dict[str, str]], tmp_path: Path, command: list[str]) -> None:
    root, ids = synth
    seed_dir = tmp_path / "seed"
    seed_dir.mkdir()
    (seed_dir / "coding_agent.py").write_text("print('hi')\n")
    out = tmp_path / "missing" / "deeper"
    args = [a.format(run=root, out=out, seed=ids["seed"], seed_dir=seed_dir) for a in command]
    result = dgm(*args)
    assert_user_error(result, "does not exist")
    assert not (tmp_path / "missing").exists()


def test_tree_json_flag_and_output_suffix(synth: tuple[Path, dict[str, str]],
                                          tmp_path: Path) -> None:
    root, _ = synth
    flag = dgm("tree", root, "--json")
    fmt = dgm("tree", root, "--format", "json")
    assert flag.returncode == 0 and flag.stdout == fmt.stdout
    assert json.loads(flag.stdout)["agents"]
    written = dgm("tree", root, "-o", tmp_path / "t.json")
    assert written.returncode == 0, written.stderr
    assert json.loads((tmp_path / "t.json").read_text()) == json.loads(flag.stdout)
    clash = dgm("tree", root, "--json", "--format", "dot")
    assert_user_error(clash, "--json")


def test_plot_writes_what_the_suffix_says_or_refuses(synth: tuple[Path, dict[str, str]],
                                                     tmp_path: Path) -> None:
    root, _ = synth
    assert_user_error(dgm("plot", root, "-o", tmp_path / "x.txt"), ".txt")
    assert not (tmp_path / "x.txt").exists()
    assert dgm("plot", root, "-o", tmp_path / "p.svg").returncode == 0
    assert b"<svg" in (tmp_path / "p.svg").read_bytes()[:2000]
    assert dgm("plot", root, "-o", tmp_path / "p.png").returncode == 0
    assert (tmp_path / "p.png").read_bytes().startswith(b"\x89PNG")
    assert_user_error(dgm("report", root, "-o", tmp_path / "r.txt"), ".html")


def test_messages_point_at_the_right_place(synth: tuple[Path, dict[str, str]],
                                           tmp_path: Path) -> None:
    root, _ = synth
    missing = dgm("show", tmp_path / "missing", "abc")
    assert_user_error(missing, "no run or archive")
    assert "archive init" not in missing.stderr
    unknown = dgm("export", root, "zzzz")
    assert_user_error(unknown, "zzzz")
    assert "benchmark" not in unknown.stderr and "SWE-bench" not in unknown.stderr
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "coding_agent.py").write_text("")
    result = dgm("archive", "init", a_file, "--seed", seed)
    assert_user_error(result, "is a file")
    assert "not empty" not in result.stderr


def test_archive_init_checks_the_agent_contract(tmp_path: Path) -> None:
    seed = tmp_path / "not-an-agent"
    seed.mkdir()
    (seed / "agent.py").write_text("")
    result = dgm("archive", "init", tmp_path / "archive", "--seed", seed)
    assert_user_error(result, "coding_agent.py")
    assert not (tmp_path / "archive").exists()


def test_a_damaged_journal_line_is_warned_about_by_views_and_named_by_resume(
        fresh_run: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, _ = fresh_run
    lines = (root / "journal.jsonl").read_text().splitlines(keepends=True)
    lines.insert(2, '{"at": broken\n')
    (root / "journal.jsonl").write_text("".join(lines))
    before = fingerprint(root)
    resumed = dgm("run", "--resume", root)
    assert_user_error(resumed, "line 3")
    status = dgm("status", root)
    assert status.returncode == 0 and "line 3" in status.stdout + status.stderr
    assert "Traceback" not in status.stderr
    info = json.loads(dgm("status", root, "--json").stdout)
    assert any("line 3" in w for w in info["warnings"])
    report = dgm("report", root, "-o", tmp_path / "r.html")
    assert report.returncode == 0 and "line 3" in report.stderr
    assert fingerprint(root) == before


def test_help_tells_what_run_commands_need_and_lists_choices() -> None:
    for command in ("status", "plot", "report", "compare"):
        text = " ".join(dgm(command, "--help").stdout.split())
        assert "run director" in text, command
    run_help = " ".join(dgm("run", "--help").stdout.split())
    for value in ("score_child_prop", "keep_better", "no_selfimprove", "ray"):
        assert value in run_help
    assert "new total" in run_help  # --generations on --resume
    top = dgm("--help").stdout
    commands = top.split("Commands:")[1].splitlines()
    assert commands and not any(line.rstrip().endswith("...") for line in commands), top
    for group in ("archive", "bench", "sandbox"):
        sub = dgm(group, "--help").stdout.split("Commands:")[1].splitlines()
        assert not any(line.rstrip().endswith("...") for line in sub), group


def test_usage_errors_are_one_line(tmp_path: Path) -> None:
    result = dgm("grade", "--benchmark", "pytasks", "--task", "x", "--patch", tmp_path)
    assert_user_error(result, "--patch")
    assert_user_error(dgm("run", "--selection", "nope"), "nope")


def test_resume_refuses_a_total_below_the_generations_done(
        fresh_run: tuple[Path, dict[str, str]]) -> None:
    root, _ = fresh_run
    before = fingerprint(root)
    result = dgm("run", "--resume", root, "--generations", "2")
    assert_user_error(result, "--generations 2")
    assert "3 or more" in result.stderr
    assert fingerprint(root) == before
