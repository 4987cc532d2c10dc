"""Run shapes: the command lines of the agent and meta agent contracts, and outputs read back."""

from __future__ import annotations

from pathlib import Path

from evals.runshape import (
    OUTPUT_LIMIT,
    agent_shape,
    meta_shape,
    read_output,
    self_check_command,
)
from sandbox import Mount


def test_the_agent_shape_is_the_agent_contract() -> None:
    shape = agent_shape("/src/repo")
    assert list(shape.command) == [
        "python", "/agent/coding_agent.py", "--problem-file", "/out/problem.md",
        "--repo", "/src/repo", "--log-file", "/out/agent.log"]
    assert (shape.extra_mounts, shape.log_file, shape.extra_outputs) == ((), "/out/agent.log", ())


def test_the_meta_shape_mounts_the_export_read_only_and_takes_the_summary_back(
        tmp_path: Path) -> None:
    (tmp_path / "export").mkdir()
    shape = meta_shape(tmp_path / "export", 4)
    assert list(shape.command) == [
        "python", "/agent/meta_agent.py", "--workspace", "/workspace", "--archive", "/archive",
        "--iterations-left", "4", "--log-file", "/out/meta.log",
        "--summary-file", "/out/summary.json"]
    assert shape.extra_mounts == (Mount((tmp_path / "export").resolve(), "/archive", True),)
    assert (shape.log_file, shape.extra_outputs) == ("/out/meta.log", ("/out/summary.json",))
    assert meta_shape(tmp_path / "export", -2).command[7] == "0"  # past the last generation


def test_the_self_check_runs_the_entry_with_its_flag() -> None:
    assert self_check_command("meta_agent.py") == ["python", "/agent/meta_agent.py",
                                                   "--self-check"]


def test_an_output_is_read_back_cut_and_only_when_it_is_a_plain_file(tmp_path: Path) -> None:
    small, big = tmp_path / "small.json", tmp_path / "big.json"
    small.write_text('{"improvement": "x"}')
    big.write_bytes(b"a" * (OUTPUT_LIMIT - 1) + "é".encode() + b"tail")
    assert read_output(small) == '{"improvement": "x"}'
    assert read_output(big) == "a" * (OUTPUT_LIMIT - 1) + "\ufffd"  # cut inside a character
    (tmp_path / "link.json").symlink_to(small)
    (tmp_path / "dir.json").mkdir()
    assert [read_output(tmp_path / n) for n in ("link.json", "dir.json", "none.json")] == [""] * 3
