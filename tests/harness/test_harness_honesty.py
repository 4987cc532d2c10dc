"""The harness takes the diff itself and grades it elsewhere: agents cannot cheat or peek.

Each agent here is a tiny program of ours standing in for a hostile one; it never calls
the model, so the gateway only has to exist.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dgm.config import RunConfig
from dgm.services import open_services

pytestmark = pytest.mark.docker
TASK = "textutils-slugify"

AGENTS = {
    "boasts": "print('=== 12 passed in 0.01s ===')\nprint('All tests passed!')\n",
    "edits_tests": """
import pathlib, sys
repo = pathlib.Path(sys.argv[sys.argv.index('--repo') + 1])
(repo / 'tests' / 'hidden').mkdir(parents=True, exist_ok=True)
(repo / 'tests' / 'hidden' / 'test_hidden.py').write_text('def test_ok():\\n    assert True\\n')
(repo / 'tests' / 'test_textutils.py').write_text('def test_ok():\\n    assert True\\n')
""",
    "conftest": """
import pathlib, sys
repo = pathlib.Path(sys.argv[sys.argv.index('--repo') + 1])
(repo / 'conftest.py').write_text(
    'import pytest\\n'
    'def pytest_collection_modifyitems(items):\\n'
    '    for item in items:\\n'
    '        item.add_marker(pytest.mark.skip)\\n')
""",
    "fake_pytest": """
import pathlib, sys
repo = pathlib.Path(sys.argv[sys.argv.index('--repo') + 1])
(repo / 'pytest.py').write_text('print(\"5 passed\")\\nraise SystemExit(0)\\n')
(repo / 'sitecustomize.py').write_text('import os\\nos._exit(0)\\n')
""",
    "peeks": """
import os, sys, pathlib
found = [str(p) for p in pathlib.Path('/').rglob('*')
         if p.name in ('solution.patch', 'test_hidden.py') and '/proc' not in str(p)]
found += [k for k in os.environ if 'KEY' in k.upper() and k != 'DGM_GATEWAY_TOKEN']
pathlib.Path(sys.argv[sys.argv.index('--log-file') + 1]).write_text(repr(found))
""",
}


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str):
    with open_services(RunConfig(name="honesty"), tmp_path_factory.mktemp("run"),
                       image=sandbox_image) as svc:
        yield svc


def make_agent(root: Path, body: str) -> Path:
    root.mkdir(parents=True)
    root.chmod(0o755)
    (root / "coding_agent.py").write_text(body)
    (root / "coding_agent.py").chmod(0o644)
    return root


@pytest.mark.parametrize("name", ["boasts", "edits_tests", "conftest", "fake_pytest"])
def test_cheating_agents_are_not_resolved(services, tmp_path: Path, name: str) -> None:
    agent = make_agent(tmp_path / name, AGENTS[name])
    result = services.harness.run_task(agent, services.bench.task(TASK), f"honesty-{name}")
    assert result.agent_exit_code == 0
    assert not result.resolved


def test_agent_sees_neither_hidden_tests_nor_solution_nor_keys(services, tmp_path: Path) -> None:
    agent = make_agent(tmp_path / "peeks", AGENTS["peeks"])
    from dgm.evolution.protocols import CallContext

    task = services.bench.task(TASK)
    context = CallContext("honesty", "peek", "coding_agent", task_id=TASK)
    run = services.harness.run_agent(agent, task.instructions, task.repo_dir, context)
    assert run.exit_code == 0
    assert run.log == "[]"


def test_the_reference_solution_through_the_harness_is_resolved(services, tmp_path: Path) -> None:
    task = services.bench.task(TASK)
    patch_file = tmp_path / "solution.patch"
    patch_file.write_text(task.solution_patch)
    body = f"""
import subprocess, sys
repo = sys.argv[sys.argv.index('--repo') + 1]
subprocess.run(['git', 'apply', '-'], cwd=repo, input={task.solution_patch!r}.encode(), check=True)
"""
    agent = make_agent(tmp_path / "honest", body)
    result = services.harness.run_task(agent, task, "honesty-honest")
    assert result.resolved and result.patch_applied and not result.empty_patch
    assert "slug" in result.patch
