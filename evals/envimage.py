"""Tasks that bring their own environment image: the repo inside it and its activated environment.

Both are read once per image (by its id) and cached on the host: the repo's files as they are
in the image (without `.git`), for the agent's workspace and the grader's base; the variables
the task's `env_setup` leaves set (PATH, CONDA_PREFIX, VIRTUAL_ENV, ...), for the agent's
commands and the test run.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import threading
from dataclasses import replace
from pathlib import Path, PurePosixPath

from evals.materialize import default_cache_dir, digest
from evals.task import Task
from ground.errors import BenchmarkError
from sandbox import SandboxConfig, open_sandbox
from sandbox.client import client_for
from sandbox.errors import how_to_get

ENV_PROBE_VERSION = 1
# Variables of the probe shell itself, not of the environment it activated.
_SHELL_VARS = frozenset({"HOME", "PWD", "OLDPWD", "SHLVL", "_", "HOSTNAME", "TERM", "SHELL",
                         "USER", "LOGNAME"})
_lock = threading.Lock()
WORKSPACE = "/workspace"  # the work tree's volume in the project's image


def work_tree_config(config: SandboxConfig | None, repo_path: str) -> SandboxConfig:
    """`config` (or the defaults) with the work tree's writable volume at `repo_path` (an
    image's /testbed) instead of /workspace, the same size; the rest stays read-only."""
    config = config or SandboxConfig()
    if repo_path == WORKSPACE:
        return config
    volumes = dict(config.volumes)
    size = volumes.pop(WORKSPACE, "1g")
    return replace(config, volumes={repo_path: size, **volumes})


def image_id(image: str) -> str:
    """The id of a local image; BenchmarkError naming how to get it when it is missing."""
    from docker.errors import ImageNotFound  # heavy: docker

    with client_for(None) as client:
        try:
            return str(client.api.inspect_image(image)["Id"])
        except ImageNotFound:
            raise BenchmarkError(f"environment image '{image}' is not present",
                                 how_to_get(image)) from None


def pristine_repo(task: Task, config: SandboxConfig | None, run_id: str = "repo-copy") -> Path:
    """A host copy of the repo at `task.repo_path` in `task.image`, without `.git`."""
    if task.image is None:
        raise ValueError(f"task {task.id} has no environment image")
    key = digest(image_id(task.image), task.repo_path)
    name = PurePosixPath(task.repo_path).name or "repo"
    cache = default_cache_dir() / "image-repos" / key
    with _lock:
        if not (cache / name).is_dir():
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f"{key}.", dir=cache.parent))
            try:
                with open_sandbox(config, image=task.image, run_id=run_id,
                                  labels={"dgm.role": "repo-copy"}) as sb:
                    if not sb.get(task.repo_path, tmp):
                        raise BenchmarkError(f"{task.image} has no {task.repo_path}",
                                             "set the benchmark's repo_path option")
                shutil.rmtree(tmp / name / ".git", ignore_errors=True)
                shutil.rmtree(cache, ignore_errors=True)
                tmp.rename(cache)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
    return cache / name


def environment(task: Task, config: SandboxConfig | None, run_id: str = "env-probe",
                ) -> dict[str, str]:
    """The variables `task.env_setup` sets in `task.image` (empty without a setup)."""
    if not task.env_setup.strip() or task.image is None:
        return {}
    key = digest(image_id(task.image), task.env_setup, str(ENV_PROBE_VERSION))
    cache = default_cache_dir() / "image-envs" / f"{key}.json"
    with _lock:
        if cache.is_file():
            return dict(json.loads(cache.read_text()))
        with open_sandbox(config, image=task.image, run_id=run_id,
                          labels={"dgm.role": "env-probe"}) as sb:
            script = f"exec 3>&1 1>&2\n{task.env_setup}\nenv -0 >&3"
            res = sb.exec(["bash", "-c", script], timeout=120, env={"HOME": "/tmp"})
        if res.exit_code != 0:
            raise BenchmarkError(
                f"task {task.id}: its environment setup fails in {task.image}: "
                f"{(res.stderr or res.stdout)[-300:].strip()}", "check the instance's eval_script")
        env = {}
        for entry in res.stdout.split("\0"):
            name, sep, value = entry.partition("=")
            if sep and name.strip() and name not in _SHELL_VARS and "\n" not in name:
                env[name.strip()] = value
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps(env, sort_keys=True))
        tmp.replace(cache)
        return env
