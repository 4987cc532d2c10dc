"""Host git for the archive: the hermetic helper (ground.git, plain subprocess) vs GitPython.

One archive of 2,000 agents is built in bulk; each runner then gets its own copy and the same
figures through the public GitArchive API: add p50, list every agent, materialise p50, one
agent's record p50. The GitPython column runs every command through `git.Git.execute` and
reads blobs through its persistent `cat-file --batch` reader (`get_object_data`); it is no
dependency of ours (its runner cannot drop GIT_* variables), so that column needs
`pip install GitPython` and is left out without it.
DGM_BENCH_GIT_BEFORE=<commit> adds a column for the code of that commit, run from a temporary
git worktree of it (e.g. the commit before the helper landed).
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from agents_archive import GitArchive
from benchmarks.bench_archive import Plan, bulk_children, median_of, seed_tree, timed

AGENTS = 2000
ADDS = 20
ROUNDS = 5
Measure = Callable[[Path, Path], dict[str, float]]  # (archive copy, scratch dir) -> figures
ROWS = (("add", "add an agent from a directory, p50", "ms"),
        ("list", f"list {AGENTS:,} agents with records", "ms"),
        ("materialise", "materialise an agent, p50", "ms"),
        ("meta", "one agent's record, p50", "ms"))


def build(tmp: Path, seed: Path) -> Path:
    """An archive of AGENTS agents, each a small change of a random earlier one."""
    archive = GitArchive.create(tmp / "built", seed)
    rng = random.Random(3)
    plan: Plan = [(rng.randrange(i), {"lineage.txt": f"agent {i}\n"}) for i in range(1, AGENTS)]
    bulk_children(archive, plan, rng)
    return archive.path


def measure(path: Path, open_archive: Callable[[Path], GitArchive], tmp: Path) -> dict[str, float]:
    """The figures for one runner, in milliseconds, on the archive at `path` (it is changed)."""
    archive = open_archive(path)
    ids = [r.id for r in archive.agents()]
    assert len(ids) == AGENTS, len(ids)
    counter = iter(range(10**6))
    deep = ids[-1]
    materialise = median_of(lambda: archive.materialize(deep, tmp / f"m{next(counter)}"), 9)
    meta = median_of(lambda: archive.meta(ids[next(counter) % AGENTS]), 51)
    listing = median_of(archive.agents, 5)
    src = archive.materialize(archive.root_id, tmp / "src")
    adds = []
    for i in range(ADDS):
        (src / "coding_agent.py").write_text(f"# variant {i}\n")
        adds.append(timed(lambda i=i: archive.add("root", src, {"summary": f"variant {i}"})))
    return {"add": statistics.median(adds) * 1e3, "list": listing * 1e3,
            "materialise": materialise * 1e3, "meta": meta * 1e3}


def gitpython_archive(path: Path) -> GitArchive:
    """The archive with every git call going through GitPython (imported here: optional)."""
    import git as gitpython

    from agents_archive.gitcmd import Git
    from ground import git as hostgit

    class GitPythonGit(Git):
        """GitPython's command runner and persistent cat-file reader behind the archive's API."""

        def __init__(self, git_dir: Path) -> None:
            super().__init__(git_dir)
            self.reader = gitpython.Git(self.git_dir)
            self.reader.set_persistent_git_options(git_dir=str(self.git_dir))
            self.reader.update_environment(**hostgit.hermetic_env({}))

        def _completed(self, args: Sequence[str], input: bytes | None = None,
                       env: dict[str, str] | None = None,
                       cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
            command = hostgit.argv(*args, prefix=self._prefix())
            runner = gitpython.Git(cwd or self.git_dir)
            proc = runner.execute(command, istream=subprocess.PIPE, as_process=True,
                                  env=hostgit.hermetic_env(env), pass_fds=self.pass_fds)
            out, err = proc.proc.communicate(input)
            return subprocess.CompletedProcess(command, proc.proc.returncode, out, err)

        def read_blobs(self, names: Any) -> list[bytes | None]:
            found: list[bytes | None] = []
            for name in names:
                try:
                    found.append(self.reader.get_object_data(name)[3])
                except ValueError:  # GitPython's answer to "<name> missing"
                    found.append(None)
            return found

    class GitPythonArchive(GitArchive):
        def __init__(self, git_dir: Path, lock_timeout: float = 60.0) -> None:
            super().__init__(git_dir, lock_timeout)
            self.git = GitPythonGit(self.path)

    return GitPythonArchive.open(path)


@contextmanager
def worktree(commit: str, tmp: Path) -> Iterator[Path]:
    """A temporary git worktree of `commit`, removed afterwards."""
    tree = tmp / "before-tree"
    subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(tree), commit],
                   check=True)
    try:
        yield tree
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], check=True)


def measure_in(tree: Path) -> Measure:
    """Measuring with the code of another checkout, in a child Python."""
    def run(path: Path, scratch: Path) -> dict[str, float]:
        out = subprocess.run([sys.executable, __file__, "--measure", str(path), str(scratch)],
                             env={**os.environ, "PYTHONPATH": str(tree)}, cwd=tree, check=True,
                             capture_output=True, text=True)
        return json.loads(out.stdout)
    return run


def measure_with(open_archive: Callable[[Path], GitArchive]) -> Measure:
    """Measuring with this checkout's code, the archive opened by `open_archive`."""
    return lambda path, scratch: measure(path, open_archive, scratch)


def import_ms(module: str) -> float:
    """Milliseconds a fresh interpreter takes to import `module`, beyond starting up."""
    def start(code: str) -> float:
        return median_of(lambda: subprocess.run([sys.executable, "-c", code], check=True), 5)
    return (start(f"import {module}") - start("pass")) * 1e3


def runners(stack: ExitStack, tmp: Path) -> dict[str, Measure]:
    """The columns: the old code when asked for, the helper, GitPython when installed."""
    found = {}
    if commit := os.environ.get("DGM_BENCH_GIT_BEFORE"):
        found[f"before ({commit[:10]})"] = measure_in(stack.enter_context(worktree(commit, tmp)))
    found["ground.git"] = measure_with(GitArchive.open)
    if importlib.util.find_spec("git") is not None:
        found["GitPython"] = measure_with(gitpython_archive)
    return found


def main() -> None:
    """Print the figures side by side: medians over ROUNDS rounds taken in turn."""
    with tempfile.TemporaryDirectory(prefix="dgm-bench-git-") as tmp_name, ExitStack() as stack:
        tmp = Path(tmp_name)
        built = build(tmp, seed_tree(tmp / "seed"))
        columns = runners(stack, tmp)
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in columns}
        for n, (_, name) in enumerate(itertools.product(range(ROUNDS), columns)):
            shutil.copytree(built, tmp / f"{n}.git")
            samples[name].append(columns[name](tmp / f"{n}.git", tmp / str(n)))
        print(f"{f'median of {ROUNDS} rounds':40}" + "".join(f"{name:>24}" for name in columns))
        for key, label, unit in ROWS:
            cells = "".join(f"{statistics.median(s[key] for s in runs):>21.1f} {unit}"
                            for runs in samples.values())
            print(f"{label:40}{cells}")
        if "GitPython" in columns:
            print(f"{'import git (GitPython), fresh interpreter':40}{import_ms('git'):>21.1f} ms")
        else:
            print("GitPython is not installed: its column is left out")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:  # the child of before(): the old code on its worktree
        print(json.dumps(measure(Path(sys.argv[2]), GitArchive.open, Path(sys.argv[3]))))
    else:
        main()
