"""SWE-bench instance images built offline: a repository at /testbed, installed, FROM a local image.

The recipe: the repository's files (at `commit` when it is a git checkout, without `.git`) go to
/testbed in an image built FROM the project's sandbox image (or any local image), as root; local
wheels (a build backend such as flit_core) are installed first, then the instance's install
command runs in /testbed. The build has no network: what the install needs must be in the repo
or among the wheels. /testbed ends readable by every user and owned by the sandbox's user.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ground.errors import BenchmarkError
from sandbox.client import client_for
from sandbox.errors import image_missing
from sandbox.image import present_image
from sandbox.image.present import image_present
from sandbox.image.recipe import image_tag

if TYPE_CHECKING:
    from docker import DockerClient

TESTBED = "/testbed"
WHEELS = "/wheels"
RUNTIME_USER = "1000:1000"  # the sandbox image's user, restored at the end
LOG_TAIL = 15  # build output lines quoted when a build fails
_IGNORE = shutil.ignore_patterns(".git", "__pycache__", "*.pyc", ".pytest_cache")


def dockerfile(base_image: str, install: str, with_wheels: bool) -> str:
    """The Dockerfile of an instance image (its steps run as root, its result as our user)."""
    steps = [f"FROM {base_image}", "USER root", f"COPY testbed {TESTBED}"]
    if with_wheels:
        steps += [f"COPY wheels {WHEELS}",
                  f"RUN /opt/venv/bin/pip install --no-index --no-deps {WHEELS}/*.whl"]
    script = f"set -e\ncd {TESTBED}\n{install}"
    steps += [f"RUN {json.dumps(['bash', '-c', script])}",
              f"RUN chown -R {RUNTIME_USER} {TESTBED} && chmod -R a+rX {TESTBED}",
              f"USER {RUNTIME_USER}"]
    return "\n".join(steps) + "\n"


def stage_repo(repo_dir: Path, dest: Path, commit: str | None = None) -> None:
    """Copy the repository's files into `dest`: its tree at `commit`, or as it is on disk."""
    if not repo_dir.is_dir():
        raise BenchmarkError(f"repository {repo_dir} is not a directory",
                             "pass the path of a checkout with --repo")
    if commit is None:
        shutil.copytree(repo_dir, dest, ignore=_IGNORE, symlinks=True)
        return
    top = _git(repo_dir, "rev-parse", "--show-toplevel")
    if top is None or Path(top.strip()).resolve() != repo_dir.resolve():
        raise BenchmarkError(f"{repo_dir} is not the top directory of a git checkout",
                             "pass --commit only with a git repository's root, or leave it out")
    sha = _git(repo_dir, "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}")
    if sha is None:
        raise BenchmarkError(f"commit {commit!r} is not in the git repository {repo_dir}",
                             "pass a commit of that repository (git log shows them)")
    archive = subprocess.run(["git", "-C", str(repo_dir), "archive", "--format=tar", sha.strip()],
                             capture_output=True, check=True)
    dest.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")


def _git(repo_dir: Path, *args: str) -> str | None:
    """A git query's output, or None when it fails (not a repository, unknown revision)."""
    res = subprocess.run(["git", "-C", str(repo_dir), *args], capture_output=True, text=True)
    return res.stdout if res.returncode == 0 else None


def default_base(client: DockerClient) -> str:
    """The project's sandbox image if present; SandboxError saying to build it otherwise."""
    tag = present_image(client)
    if tag is None:
        raise image_missing(image_tag("offline"))
    return tag


def build_instance_image(repo_dir: Path, *, tag: str, base_image: str | None, install: str,
                         commit: str | None = None, wheels: Sequence[Path] = (),
                         client: DockerClient | None = None,
                         progress: Callable[[str], None] | None = None) -> str:
    """Build `tag`: `repo_dir` at /testbed of `base_image` (default ours), installed; its tag."""
    missing = [str(w) for w in wheels if not Path(w).is_file()]
    if missing:
        raise BenchmarkError(f"wheel files not found: {', '.join(missing)}",
                             "download them with `pip download --only-binary=:all: --dest DIR`")
    with client_for(client, timeout=900) as docker, \
            tempfile.TemporaryDirectory(prefix="dgm-instance-image-") as tmp:
        base = base_image or default_base(docker)
        if not image_present(docker, base):
            raise BenchmarkError(f"base image {base} is not present (images are never pulled)",
                                 "pass --base with a local image, or leave it out to build "
                                 "FROM the project's sandbox image")
        context = Path(tmp)
        stage_repo(Path(repo_dir), context / "testbed", commit)
        (context / "wheels").mkdir()
        for wheel in wheels:
            shutil.copy(wheel, context / "wheels" / Path(wheel).name)
        (context / "Dockerfile").write_text(dockerfile(base, install, bool(wheels)))
        _build(docker, context, tag, progress or (lambda line: None))
    return tag


def _build(client: DockerClient, context: Path, tag: str, progress: Callable[[str], None]) -> None:
    """docker build without network; BenchmarkError quoting the log's tail when it fails."""
    log: list[str] = []
    for event in client.api.build(path=str(context), tag=tag, rm=True, forcerm=True, pull=False,
                                  network_mode="none", decode=True):
        if "error" in event:
            tail = "\n".join(log[-LOG_TAIL:])
            raise BenchmarkError(
                f"building {tag} failed: {str(event['error']).strip()}\n{tail}",
                "check the install command; the build has no network, so give the wheels "
                "the install needs (e.g. its build backend) with --wheel")
        for line in str(event.get("stream", "")).splitlines():
            if line.strip():
                log.append(line.rstrip())
                progress(line.rstrip())
