"""The agent works in a SWE-bench instance's own environment, with the project's runtime mounted.

The instance image here has no Anthropic SDK and bogus Python variables: the agent still runs
(its Python is the runtime's, started by the runtime's loader), while the commands it runs are
the instance's: its tests run against the repository's installed environment in /testbed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ev_fixtures import agent_that_runs_tests, built_image, swebench_instance

from evals import Task, load_benchmark
from evals.harness import AgentRun
from sandbox import open_sandbox
from sandbox.runtime import RUNTIME_MOUNT, agent_runtime, elf_interpreter

pytestmark = pytest.mark.docker

# The instance's environment: no SDK for the agent to borrow, and a PYTHONPATH that would shadow
# the SDK for a Python that read it (the instance's own Python is fine with it).
STRIP = ("FROM {base}\nUSER root\n"
         "RUN rm -rf /opt/venv/lib/python3.11/site-packages/anthropic* "
         "&& mkdir -p /shadow/anthropic\n"
         "RUN echo 'raise SystemExit(97)' >/shadow/anthropic/__init__.py\n"
         "ENV PYTHONPATH=/shadow\n")


@pytest.fixture(scope="module")
def instance(tmp_path_factory: pytest.TempPathFactory, sandbox_image: str,
             ) -> Iterator[tuple[Path, str]]:
    """(instances file, image): calcpkg at /testbed, in an image without the SDK."""
    root = tmp_path_factory.mktemp("instance-env")
    with swebench_instance(root, sandbox_image, "dgm-test-instance-env") as (path, _, tag):
        context = root / "strip"
        context.mkdir()
        (context / "Dockerfile").write_text(STRIP.format(base=tag))
        with built_image(context, f"{tag}-stripped") as stripped:
            yield path, stripped


@pytest.fixture(scope="module")
def task(instance: tuple[Path, str]) -> Task:
    path, image = instance
    return load_benchmark(f"swebench:{path}", image=image).task("acme__calcpkg-1")


def test_the_instance_cannot_run_the_agent_itself(task: Task) -> None:
    """Without the runtime, the instance's own Python cannot even import the SDK."""
    assert task.image is not None
    with open_sandbox(image=task.image, run_id="pytest") as sb:
        shadowed = sb.exec(["python", "-c", "import anthropic"], timeout=60)
        missing = sb.exec(["env", "-u", "PYTHONPATH", "python", "-c", "import anthropic"],
                          timeout=60)
    assert shadowed.exit_code == 97
    assert missing.exit_code != 0 and "anthropic" in missing.stderr


def test_runtime_is_exported_once_and_started_by_its_own_loader(sandbox_image: str) -> None:
    first, again = agent_runtime(sandbox_image), agent_runtime(sandbox_image)
    assert first == again
    assert first.loader.startswith(RUNTIME_MOUNT + "/") and first.python.startswith(RUNTIME_MOUNT)
    python = (first.root / first.python.removeprefix(RUNTIME_MOUNT + "/")).resolve()
    assert python.is_relative_to(first.root.resolve())  # no link leaves the runtime
    assert elf_interpreter(python).startswith("/lib")
    # No variable carries the runtime into the processes the agent starts.
    assert "LD_LIBRARY_PATH" not in " ".join(first.command(["x.py"]))


def test_seed_agent_runs_the_repository_tests_in_the_instance_and_is_graded(
        task: Task, tmp_path: Path, sandbox_image: str) -> None:
    from dgm.config import RunConfig
    from dgm.services import open_services

    agent = agent_that_runs_tests(tmp_path / "agent")
    # Run seed 2: the toy model explores, edits, runs the tests and finishes.
    with open_services(RunConfig(name="instance-env", seed=2), tmp_path / "run",
                       image=sandbox_image) as svc:
        harness = svc.harness
        context = harness.task_context(task, "instance-env/acme__calcpkg-1/r0")
        run: AgentRun = harness.run_on_task(agent, task, context)
        result = harness.run_task(agent, task, "instance-env")
    assert run.exit_code == 0, run.stdout_tail
    # Its transcript shows the repository's tests run in /testbed with the instance's Python.
    assert "python -m pytest" in run.log
    assert "1 passed" in run.log  # the repository's visible test, tests/test_ops.py
    assert run.patch.startswith("diff --git a/calcpkg/ops.py")
    assert result.agent_exit_code == 0 and result.patch_applied
    assert result.resolved, result.test_output_tail


def test_the_instance_sandbox_is_hardened_like_every_other(task: Task, sandbox_image: str) -> None:
    """Writable: the work tree at /testbed and the scratch dirs; everything else is not."""
    from evals.harness import AgentSite
    from sandbox import SandboxConfig

    assert task.image is not None
    runtime = agent_runtime(sandbox_image)
    site = AgentSite(image=task.image, repo_path=task.repo_path, runtime=runtime)
    config = site.sandbox_config(SandboxConfig())
    assert "/testbed" in config.volumes and "/workspace" not in config.volumes
    probe = ("for d in /testbed /tmp /out /etc /usr /dgm-runtime /opt/venv; do "
             "touch $d/probe 2>/dev/null && echo writable $d || echo readonly $d; done; "
             "id -u; grep CapEff /proc/self/status; ls /sys/class/net")
    with open_sandbox(config, image=task.image, run_id="pytest",
                      mounts=[runtime.mount()]) as sb:
        res = sb.exec(["bash", "-c", probe], timeout=60)
        script = "import anthropic, sys; print(sys.prefix)"
        python = sb.exec(site.command(["python", "-c", script]), timeout=60)
    lines = res.stdout.split()
    for d in ("/testbed", "/tmp", "/out"):
        assert f"writable {d}" in res.stdout
    for d in ("/etc", "/usr", "/dgm-runtime", "/opt/venv"):
        assert f"readonly {d}" in res.stdout
    assert "1000" in lines and "0000000000000000" in lines and lines[-1] == "lo"
    assert python.exit_code == 0 and python.stdout.strip() == "/dgm-runtime/opt/venv"


def test_on_a_real_instance_the_tests_import_the_work_tree(
        real_swebench: tuple[Path, list[dict[str, object]], dict[str, str]], tmp_path: Path,
        sandbox_image: str) -> None:
    """tomli installed in editable mode from /testbed/src: the agent's tests exercise its edit."""
    from dgm.config import RunConfig
    from dgm.services import open_services

    task = load_benchmark(f"swebench:{real_swebench[0]}", heldout_fraction=0).task(
        "hukkin__tomli-229")
    agent = agent_that_runs_tests(tmp_path / "agent")
    # Run seed 1: within the seed's turns the toy model explores, edits and runs the tests.
    with open_services(RunConfig(name="instance-real", seed=1), tmp_path / "run",
                       image=sandbox_image) as svc:
        result = svc.harness.run_task(agent, task, "instance-real")
    assert result.agent_exit_code == 0, result.log_tail
    assert "python -m pytest" in result.log_tail and " passed" in result.log_tail
    assert result.patch.startswith("diff --git a/src/tomli/_parser.py")
    assert result.patch_applied and result.resolved, result.test_output_tail


def test_runtimes_of_images_gone_are_pruned(sandbox_image: str, tmp_path: Path) -> None:
    from sandbox.client import client_for
    from sandbox.runtime import _prune

    kept = agent_runtime(sandbox_image).root.parent.name
    for name in (kept, "0123456789abcdef", f"{kept}.in-progress"):
        (tmp_path / name).mkdir()
    with client_for(None) as client:
        _prune(client, tmp_path, "another")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([kept, f"{kept}.in-progress"])
