"""The seed agent's tools, plug-in loading, self-check and command line, on tmp dirs."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SEED = Path(__file__).resolve().parents[2] / "agents_archive" / "seed"


def load(path: Path) -> ModuleType:
    """Import a seed module from its file, leaving the interpreter's bytecode flag as it was."""
    flag = sys.dont_write_bytecode
    spec = importlib.util.spec_from_file_location(f"seed_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.dont_write_bytecode = flag
    return module


@pytest.fixture
def bash() -> ModuleType:
    return load(SEED / "tools" / "bash.py")


@pytest.fixture
def editor() -> ModuleType:
    return load(SEED / "tools" / "editor.py")


def agent(*args: str, cwd: Path = SEED) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "coding_agent.py", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_bash_runs_in_the_current_directory(bash, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "hello.txt").write_text("hi\n")
    assert bash.run(command="cat hello.txt; echo oops >&2") == "hi\noops\n\n[exit code 0]"
    assert bash.run(command="exit 3").endswith("[exit code 3]")


def test_bash_kills_a_command_that_runs_too_long(bash, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(bash, "TIMEOUT_S", 0.5)
    out = bash.run(command="echo started; sleep 30 & sleep 30")
    assert out.startswith("started") and "timed out" in out


def test_bash_output_is_not_truncated(bash, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert len(bash.run(command="seq 1 100000")) > 500_000


def test_editor_view_create_replace_insert(editor, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    created = editor.run(command="create", path="pkg/a.py", file_text="one\ntwo\n")
    assert created.startswith("created")
    assert editor.run(command="view", path="pkg/a.py") == "     1\tone\n     2\ttwo"
    assert editor.run(command="view", path="pkg/a.py", view_range=[2, -1]) == "     2\ttwo"
    assert editor.run(command="view", path=".") == "pkg/\npkg/a.py"
    editor.run(command="str_replace", path="pkg/a.py", old_str="two", new_str="deux")
    editor.run(command="insert", path="pkg/a.py", insert_line=0, new_str="zero")
    editor.run(command="insert", path=str(tmp_path / "pkg/a.py"), insert_line=3, new_str="end\n")
    assert (tmp_path / "pkg/a.py").read_text() == "zero\none\ndeux\nend\n"


def test_editor_refuses_ambiguous_or_missing_text(editor, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("x x\n")
    with pytest.raises(ValueError, match="2 times"):
        editor.run(command="str_replace", path="a.txt", old_str="x", new_str="y")
    with pytest.raises(ValueError, match="0 times"):
        editor.run(command="str_replace", path="a.txt", old_str="z", new_str="y")
    with pytest.raises(ValueError, match="between 0 and 1"):
        editor.run(command="insert", path="a.txt", insert_line=5, new_str="y")
    with pytest.raises(ValueError, match="unknown command"):
        editor.run(command="delete", path="a.txt")
    assert (tmp_path / "a.txt").read_text() == "x x\n"


def test_tools_are_plugins_found_in_the_folder(tmp_path):
    copy = tmp_path / "agent"
    shutil.copytree(SEED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "tools" / "clock.py").write_text(
        'SCHEMA = {"name": "clock", "description": "the time", "input_schema": {}}\n\n\n'
        'def run() -> str:\n    return "noon"\n')
    (copy / "tools" / "_helpers.py").write_text("raise RuntimeError('not a tool')\n")
    module = load(copy / "coding_agent.py")
    tools = module.load_tools(copy / "tools")
    assert sorted(tools) == ["bash", "clock", "editor"]
    assert module.run_tool(tools, "clock", {}) == ("noon", False)
    output, is_error = module.run_tool(tools, "editor", {"command": "nope", "path": "x"})
    assert is_error and output.startswith("Error: ValueError")
    assert module.run_tool(tools, "missing", {})[1] is True
    checked = agent("--self-check", cwd=copy).stdout.strip()
    assert checked == "self-check ok: tools bash, clock, editor"


def test_self_check_fails_on_broken_code(tmp_path):
    copy = tmp_path / "agent"
    shutil.copytree(SEED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert agent("--self-check", cwd=copy).returncode == 0
    (copy / "tools" / "bash.py").write_text("def run(:\n")
    assert agent("--self-check", cwd=copy).returncode != 0
    assert not list(copy.rglob("__pycache__"))  # running the agent leaves its tree clean


def test_command_line_requires_the_contract_arguments():
    done = agent("--repo", "/tmp")
    assert done.returncode == 2 and "--problem-file" in done.stderr


def test_seed_is_deliberately_modest():
    module = load(SEED / "coding_agent.py")
    assert module.MAX_TURNS == 7
    assert "test" not in module.SYSTEM_PROMPT.lower()
    source = (SEED / "coding_agent.py").read_text()
    assert "truncat" not in source and "retry" not in source.lower()


def test_log_is_json_lines(tmp_path):
    module = load(SEED / "coding_agent.py")
    log = tmp_path / "agent.log"
    module.log(str(log), "start", model="m")
    module.log(str(log), "tool_result", output="a\nb")
    events = [json.loads(line) for line in log.read_text().splitlines()]
    assert [e["event"] for e in events] == ["start", "tool_result"]
    assert events[1]["output"] == "a\nb"
