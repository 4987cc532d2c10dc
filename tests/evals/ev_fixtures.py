"""Builders for the evals tests: a polyglot checkout and a SWE-bench instance, written here."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

EXERCISES: dict[str, dict[str, str]] = {
    "leap": {
        "leap.py": "def leap_year(year):\n    pass\n",
        ".meta/example.py": ("def leap_year(year):\n"
                             "    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)\n"),
        "leap_test.py": """
            import unittest

            from leap import leap_year


            class LeapTest(unittest.TestCase):
                def test_not_divisible_by_4(self):
                    self.assertIs(leap_year(2015), False)

                def test_divisible_by_4(self):
                    self.assertIs(leap_year(1996), True)

                def test_century(self):
                    self.assertIs(leap_year(1900), False)

                def test_divisible_by_400(self):
                    self.assertIs(leap_year(2000), True)
            """,
        ".docs/instructions.md": "# Instructions\n\nSay whether a year is a leap year.\n",
    },
    "reverse-string": {
        "reverse_string.py": "def reverse(text):\n    pass\n",
        ".meta/example.py": "def reverse(text):\n    return text[::-1]\n",
        "reverse_string_test.py": """
            import unittest

            from reverse_string import reverse


            class ReverseStringTest(unittest.TestCase):
                def test_word(self):
                    self.assertEqual(reverse("robot"), "tobor")

                def test_empty(self):
                    self.assertEqual(reverse(""), "")
            """,
        ".docs/instructions.md": "# Instructions\n\nReverse a string.\n",
        ".docs/instructions.append.md": "# Instructions append\n\nDo not use reversed().\n",
    },
    "raindrops": {
        "raindrops.py": "def convert(number):\n    pass",
        ".meta/example.py": textwrap.dedent("""\
            def convert(number):
                sounds = [(3, "Pling"), (5, "Plang"), (7, "Plong")]
                out = "".join(s for f, s in sounds if number % f == 0)
                return out or str(number)"""),
        "raindrops_test.py": """
            import unittest

            from raindrops import convert


            class RaindropsTest(unittest.TestCase):
                def test_sounds(self):
                    self.assertEqual(convert(15), "PlingPlang")

                def test_number(self):
                    self.assertEqual(convert(34), "34")
            """,
        ".docs/instructions.md": "# Instructions\n\nConvert a number into raindrop sounds.\n",
    },
}


def write_polyglot(root: Path) -> Path:
    """A polyglot checkout with three Python exercises (and a track config with difficulties)."""
    practice = root / "python" / "exercises" / "practice"
    for name, files in EXERCISES.items():
        module = name.replace("-", "_")
        config = {"files": {"solution": [f"{module}.py"], "test": [f"{module}_test.py"],
                            "example": [".meta/example.py"]}}
        files = {**files, ".meta/config.json": json.dumps(config)}
        for rel, text in files.items():
            path = practice / name / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n") if rel.endswith("_test.py")
                            else text)
    track = {"exercises": {"practice": [{"slug": "leap", "difficulty": 1},
                                        {"slug": "raindrops", "difficulty": 8}]}}
    (root / "python" / "config.json").write_text(json.dumps(track))
    return root


def git(repo: Path, *args: str) -> str:
    """Host git on a scratch repo made by these tests."""
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo,
                          check=True, capture_output=True, text=True).stdout


SWE_BASE = {
    "calcpkg/__init__.py": "from calcpkg.ops import add, sub\n",
    "calcpkg/ops.py": "def add(a, b):\n    return a - b\n\n\ndef sub(a, b):\n    return a - b\n",
    "tests/test_ops.py": ("from calcpkg import sub\n\n\n"
                          "def test_sub():\n    assert sub(5, 3) == 2\n"),
}


def make_swebench_repo(repo: Path) -> dict[str, Any]:
    """A git repo at its base commit and the SWE-bench instance record that goes with it."""
    repo.mkdir(parents=True, exist_ok=True)
    for rel, text in SWE_BASE.items():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text(text)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    base = git(repo, "rev-parse", "HEAD").strip()
    ops = repo / "calcpkg/ops.py"
    ops.write_text(ops.read_text().replace("    return a - b\n", "    return a + b\n", 1))
    gold = git(repo, "diff")
    git(repo, "checkout", "--", ".")
    tests = repo / "tests/test_ops.py"
    tests.write_text(tests.read_text().replace("import sub", "import add, sub")
                     + "\n\ndef test_add():\n    assert add(2, 3) == 5\n")
    test_patch = git(repo, "diff")
    git(repo, "checkout", "--", ".")
    return {"instance_id": "acme__calcpkg-1", "repo": "acme/calcpkg", "base_commit": base,
            "version": "0.1", "patch": gold, "test_patch": test_patch,
            "problem_statement": "add() subtracts instead of adding.\n",
            "FAIL_TO_PASS": json.dumps(["tests/test_ops.py::test_add"]),
            "PASS_TO_PASS": ["tests/test_ops.py::test_sub"],
            "created_at": "2024-01-01T00:00:00Z"}


def make_patch(task: Any, tmp: Path, changes: dict[str, str | None],
               symlinks: dict[str, str] | None = None) -> str:
    """A git diff of the task repo after writing (or deleting, for None) files."""
    repo = tmp / "patch-repo"
    shutil.rmtree(repo, ignore_errors=True)
    shutil.copytree(task.repo_dir, repo)

    def git(*args: str) -> str:
        return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
                              cwd=repo, check=True, capture_output=True, text=True).stdout

    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "base")
    for rel, text in changes.items():
        path = repo / rel
        if text is None:
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for rel, target in (symlinks or {}).items():
        (repo / rel).symlink_to(target)
    git("add", "-A", "-f")
    return git("diff", "--cached", "--binary")


@contextmanager
def swebench_instance(root: Path, base_image: str, name: str,
                      ) -> Iterator[tuple[Path, dict[str, Any], str]]:
    """(instances file, record, image tag): the repo at /testbed in an image built FROM ours."""
    record = make_swebench_repo(root / "context" / "repo")
    (root / "context" / "Dockerfile").write_text(f"FROM {base_image}\nCOPY repo /testbed\n")
    with built_image(root / "context", f"{name}:{record['base_commit'][:12]}") as tag:
        path = root / "instances.jsonl"
        path.write_text(json.dumps(record) + "\n")
        yield path, record, tag


@contextmanager
def built_image(context: Path, tag: str) -> Iterator[str]:
    """`tag` built from the Dockerfile in `context` (never pulling), removed afterwards."""
    import docker  # heavy: only the docker tests build images

    client = docker.from_env()
    try:
        client.images.build(path=str(context), tag=tag, rm=True, pull=False)
        yield tag
    finally:
        remove_image(client, tag)
        client.close()


# Real SWE-bench instances stored under data/swebench (see its README), and their images.
SWEBENCH_DATA = Path(__file__).parent / "data" / "swebench"
_FIXED_GIT = {"GIT_AUTHOR_NAME": "dgm", "GIT_AUTHOR_EMAIL": "dgm@localhost",
              "GIT_COMMITTER_NAME": "dgm", "GIT_COMMITTER_EMAIL": "dgm@localhost",
              "GIT_AUTHOR_DATE": "2025-01-01T00:00:00Z",
              "GIT_COMMITTER_DATE": "2025-01-01T00:00:00Z"}


def commit_files(files: Path, repo: Path) -> str:
    """A git repo at `repo` holding a copy of `files` in one commit with a fixed identity and date.

    The commit id depends only on the files, so it is the base_commit of an instance made here.
    """
    shutil.copytree(files, repo, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(repo), **_FIXED_GIT,
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull}
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "base"]):
        subprocess.run(["git", "-c", "init.defaultBranch=main", *args], cwd=repo, env=env,
                       check=True, capture_output=True)
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, env=env, check=True,
                          capture_output=True, text=True).stdout.strip()


def swebench_records() -> list[dict[str, Any]]:
    """The stored instances, as in data/swebench/instances.jsonl."""
    text = (SWEBENCH_DATA / "instances.jsonl").read_text()
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@contextmanager
def real_swebench_images(root: Path, base_image: str, prefix: str = "dgm-test-swebench",
                         ) -> Iterator[tuple[Path, list[dict[str, Any]], dict[str, str]]]:
    """(instances file, records, {instance_id: tag}): the stored instances, their images built.

    The images are built offline FROM `base_image` with evals.swebench_images, each record's
    `image` names its tag, and the images are removed afterwards.
    """
    from evals.swebench_images import build_instance_image
    from sandbox.client import client_for

    builds = json.loads((SWEBENCH_DATA / "images.json").read_text())
    records = swebench_records()
    tags: dict[str, str] = {}
    with client_for(None, timeout=900) as client:
        try:
            for record in records:
                iid, how = record["instance_id"], builds[record["instance_id"]]
                tags[iid] = f"{prefix}-{iid.replace('__', '_1776_').lower()}:latest"
                build_instance_image(SWEBENCH_DATA / how["repo"], tag=tags[iid],
                                     base_image=base_image, install=how["install"],
                                     wheels=[SWEBENCH_DATA / w for w in how["wheels"]],
                                     client=client)
                record["image"] = tags[iid]
            path = root / "instances.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in records))
            yield path, records, tags
        finally:
            for tag in tags.values():
                remove_image(client, tag)


def remove_image(client: Any, tag: str) -> None:
    """Remove an image the tests built, if it exists."""
    from docker.errors import ImageNotFound

    try:
        client.images.remove(tag, force=True)
    except ImageNotFound:
        pass


SEED_AGENT = Path(__file__).resolve().parents[2] / "agents_archive" / "seed"


def agent_that_runs_tests(dest: Path) -> Path:
    """The seed with the first improvement evolution finds: run the tests before finishing."""
    shutil.copytree(SEED_AGENT, dest)
    source = dest / "coding_agent.py"
    text = source.read_text()
    anchor = "and no tool call."
    assert anchor in text
    source.write_text(text.replace(anchor, anchor + "\nAfter each change, run the tests "
                                   "(for example `python -m pytest -q`) and fix every failure.", 1))
    return dest
