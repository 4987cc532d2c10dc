"""What the agent's container sees of a task: exactly its adapter's allow-list, per format.

The agent here is a program of ours that lists /workspace and /out from inside a real agent
sandbox and writes the listing to its log; it never calls the model.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ev_fixtures import SWE_BASE, swebench_instance

from dgm.evolution.protocols import CallContext
from evals import Task, load_benchmark
from evals.harness import Harness

pytestmark = pytest.mark.docker
DATA = Path(__file__).parent / "data" / "polyglot"

LISTER = """
import json, os, subprocess, sys

def files(root):
    found = []
    for here, dirs, names in os.walk(root):
        if here == root and '.git' in dirs:
            dirs.remove('.git')  # the harness's own one-commit repo
        links = [d for d in dirs if os.path.islink(os.path.join(here, d))]
        found += [os.path.relpath(os.path.join(here, n), root) for n in names + links]
    return sorted(found)

def arg(name):
    return sys.argv[sys.argv.index(name) + 1]

repo = arg('--repo')
commits = subprocess.run(['git', '-c', 'safe.directory=*', '-C', repo, 'rev-list',
                          '--all', '--count'], capture_output=True, text=True).stdout.strip()
listing = {'repo': repo, 'cwd': os.getcwd(), 'workspace': files(repo), 'out': files('/out'),
           'commits': commits, 'problem': open(arg('--problem-file')).read(),
           'contents': {f: open(os.path.join(repo, f), 'rb').read().hex() for f in files(repo)}}
open(arg('--log-file'), 'w').write(json.dumps(listing))
"""


class NoModelGateway:
    """The gateway seam for an agent that never calls the model."""

    def __init__(self, socket_dir: Path) -> None:
        self.socket_dir = socket_dir

    def issue_token(self, context: CallContext) -> str:
        return "no-model"

    def sandbox_env(self, token: str) -> dict[str, str]:
        return {}


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str) -> Harness:
    socket_dir = tmp_path_factory.mktemp("gw")
    return Harness(NoModelGateway(socket_dir), None, sandbox_image, "pytest-allowlist")


@pytest.fixture(scope="module")
def lister(tmp_path_factory: pytest.TempPathFactory) -> Path:
    agent = tmp_path_factory.mktemp("lister")
    agent.chmod(0o755)
    (agent / "coding_agent.py").write_text(LISTER)
    (agent / "coding_agent.py").chmod(0o644)
    return agent


def seen(harness: Harness, lister: Path, task: Task) -> dict[str, Any]:
    """What the agent's container holds for `task`, listed from inside it."""
    context = CallContext("pytest-allowlist", f"seen/{task.id}", "coding_agent", task_id=task.id)
    run = harness.run_on_task(lister, task, context)
    assert run.exit_code == 0, run.stdout_tail
    listing = json.loads(run.log)
    assert listing["out"] == ["problem.md"] and listing["problem"] == task.instructions
    assert listing["commits"] == "1"  # the base the harness made; no history of the task's
    assert run.patch == ""  # listing changes nothing
    return listing


def test_bundled_task_shows_its_repo(harness: Harness, lister: Path) -> None:
    task = load_benchmark("pytasks").task("textutils-slugify")
    listing = seen(harness, lister, task)
    assert listing["workspace"] == ["README.md", "tests/test_textutils.py",
                                    "textutils/__init__.py", "textutils/slug.py",
                                    "textutils/text.py"]


def test_humaneval_shows_the_module_and_its_visible_test(harness: Harness, lister: Path,
                                                          cache: Path) -> None:
    task = load_benchmark("humaneval", cache_dir=cache).task("HumanEval-0")
    listing = seen(harness, lister, task)
    assert listing["workspace"] == ["solution.py", "tests/test_solution.py"]


def test_polyglot_shows_stubs_only(harness: Harness, lister: Path, tmp_path: Path,
                                   cache: Path) -> None:
    root = tmp_path / "polyglot"
    shutil.copytree(DATA, root)
    react = root / "python" / "exercises" / "practice" / "react"
    # Dot-folders of an upstream exercise: worked solutions and write-ups the agent must not see.
    for rel in (".approaches/introduction.md", ".approaches/config.json",
                ".articles/performance/content.md", ".docs/hints.md"):
        (react / rel).parent.mkdir(parents=True, exist_ok=True)
        (react / rel).write_text("class InputCell: ...  # a worked solution\n")
    bench = load_benchmark(f"polyglot:{root}", cache_dir=cache)
    listing = seen(harness, lister, bench.task("python__react"))
    assert listing["workspace"] == ["react.py", "tests/test_imports.py"]
    assert bytes.fromhex(listing["contents"]["react.py"]) == (react / "react.py").read_bytes()
    paasio = seen(harness, lister, bench.task("python__paasio"))
    assert paasio["workspace"] == ["paasio.py", "tests/test_imports.py"]


@pytest.fixture
def swebench_task(tmp_path: Path, sandbox_image: str,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[Task]:
    """A SWE-bench instance whose repo (with its git history) lives at /testbed in an image."""
    monkeypatch.setenv("DGM_CACHE_DIR", str(tmp_path / "cache"))
    with swebench_instance(tmp_path, sandbox_image, "dgm-test-allowlist") as (path, _, tag):
        yield load_benchmark(f"swebench:{path}", image=tag).task("acme__calcpkg-1")


def test_swebench_shows_the_repo_at_its_base_commit(harness: Harness, lister: Path,
                                                    swebench_task: Task) -> None:
    listing = seen(harness, lister, swebench_task)
    # In the instance's image, where its installs point: /testbed.
    assert listing["repo"] == listing["cwd"] == "/testbed"
    assert listing["workspace"] == sorted(SWE_BASE)
    # Neither the test patch's new test nor the gold patch's fix is there.
    contents = {f: bytes.fromhex(h).decode() for f, h in listing["contents"].items()}
    assert contents == SWE_BASE
