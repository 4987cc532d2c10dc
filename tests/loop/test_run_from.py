"""Runs build on runs: `dgm run --from RUN:AGENT|DIR` roots a new run at another run's agent."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from agents_archive import AgentRecord, GitArchive
from dgm.config import RunConfig
from dgm.evolution.loop import Evolution
from dgm.evolution.pool import AttemptPool
from dgm.evolution.scoring import best_agent, score_fields
from dgm.origin import resolve_start
from dgm.rundir import RunDir
from dgm.runner import initialise, prepare_new, prepare_resume
from ground.errors import RunError
from tests.loop.fakes import FakeHarness, FakeServices, fake_config, quality, write_seed


def evolve(run: RunDir, config: RunConfig, archive: GitArchive) -> str:
    services = FakeServices(config, FakeHarness())
    executor = AttemptPool(2, services)
    try:
        return Evolution(run, services, executor, archive).start(False)
    finally:
        executor.shutdown()


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A finished small run of the fakes: the seed and its children, scored, held-out too."""
    tmp = tmp_path_factory.mktemp("origin")
    run = RunDir(tmp / "a")
    run.root.mkdir()
    config = fake_config(2)
    run.config.write_text(config.to_toml())
    assert evolve(run, config, GitArchive.create(run.archive, write_seed(tmp / "seed"))) == \
        "generations"
    assert len(GitArchive.open(run.archive).agents()) >= 2
    return run.root


def records(run: Path) -> list[AgentRecord]:
    return GitArchive.open(run).agents()


def child_of_root(run: Path) -> AgentRecord:
    """An agent of the run that is not its root, with both scores."""
    return next(r for r in records(run) if r.parent is not None and r.heldout_score is not None)


def config_file(tmp: Path, start_from: str, generations: int = 1) -> Path:
    config = fake_config(generations, start_from=start_from)
    config.name = "b"
    path = tmp / "b.toml"
    path.write_text(config.to_toml())
    return path


def start_new(tmp: Path, start_from: str, generations: int = 1,
              ) -> tuple[RunDir, RunConfig, GitArchive]:
    """What `dgm run --from` does before the loop: resolve, write dgm.toml, create the archive."""
    run, config = prepare_new(config_file(tmp, start_from, generations), str(tmp / "b"), [])
    return run, config, initialise(run, config)


def test_a_run_from_an_agent_of_a_finished_run_is_rooted_at_it(origin: Path,
                                                               tmp_path: Path) -> None:
    before = records(origin)
    agent = child_of_root(origin)
    run, config, archive = start_new(tmp_path, f"{origin}:{agent.id[:8]}")
    root = archive.meta("root")
    assert root.id == agent.id  # ids are tree ids: the link across runs shows by id alone
    assert root.parent is None and root.summary == f"seed: from fake:{agent.id}"
    assert root.extra["origin"] == {
        "kind": "run", "run": "fake", "run_dir": str(origin), "agent": agent.id,
        "score": agent.score, "score_interval": agent.score_interval,
        "heldout_score": agent.heldout_score, "heldout_interval": agent.heldout_interval,
        "benchmark": "pytasks", "mode": "dgm", "simulated": True}
    # the new run goes on from there: the root is evaluated in generation 0 and keeps its origin
    assert evolve(run, config, archive) == "generations"
    root = archive.meta("root")
    assert root.score == pytest.approx(agent.score)  # the same agent on the same tasks
    assert root.extra["origin"]["agent"] == agent.id and root.extra["attempt_id"] == "g000-seed"
    assert {r.parent for r in archive.agents() if r.parent} == {agent.id}
    assert records(origin) == before  # the origin run is only read


def test_best_is_written_as_the_full_id_and_a_crash_restarts_from_it(origin: Path,
                                                                     tmp_path: Path) -> None:
    best = best_agent(records(origin))
    assert best is not None
    # a relative RUN is kept as an absolute path
    run, config, archive = start_new(tmp_path, f"{os.path.relpath(origin)}:best")
    written = tomllib.loads(run.config.read_text())["evolution"]["start_from"]
    assert written == config.evolution.start_from == f"{origin}:{best.id}"
    assert archive.root_id == best.id
    # killed after dgm.toml was written, before the archive existed: the resume re-initialises
    # from the agent dgm.toml names
    first = archive.meta("root")
    run.archive.rename(tmp_path / "gone.git")
    _, resumed = prepare_resume(str(run.root), [])
    again = initialise(run, resumed).meta("root")
    assert (again.id, again.summary, again.extra) == (first.id, first.summary, first.extra)


def synthetic_run(tmp: Path, mode: str) -> tuple[Path, dict[str, str]]:
    """A run whose best differs by rule: `whole` is fully evaluated at 0.5, `partial` resolved
    all of its 5 tasks but missed a stage; 17 unscored agents make some id prefix ambiguous."""
    run = RunDir(tmp / f"synthetic-{mode}")
    run.root.mkdir()
    config = RunConfig(name=f"s-{mode}")
    config.evolution.mode = mode
    run.config.write_text(config.to_toml())
    archive = GitArchive.create(run.archive, write_seed(tmp / f"seed-{mode}"))
    ids = {}
    for name, q, runs, complete in (("whole", 3, [True, False] * 5, True),
                                    ("partial", 4, [True] * 5, False)):
        ids[name] = archive.add(archive.root_id, write_seed(tmp / name / mode, q),
                                {"complete": complete, "status": "ok", **score_fields(
                                    {f"t{i}": [ok] for i, ok in enumerate(runs)})}).agent_id
    for q in range(10, 27):
        archive.add(archive.root_id, write_seed(tmp / f"x{q}" / mode, q), {})
    return run.root, ids


@pytest.mark.parametrize("mode, best", [("dgm", "whole"), ("hgm", "partial")])
def test_best_follows_the_origin_runs_own_rule(tmp_path: Path, mode: str, best: str) -> None:
    run, ids = synthetic_run(tmp_path, mode)
    with resolve_start(f"{run}:best", "dgm") as start:
        assert start.origin["agent"] == ids[best] and start.origin["mode"] == mode
        assert quality(start.dir) == (3 if best == "whole" else 4)
        temp = start.temp
    assert temp is not None and not temp.exists()  # the materialised copy is removed


def test_root_and_a_directory_as_the_start(origin: Path, tmp_path: Path) -> None:
    seed = GitArchive.open(origin).root_id
    with resolve_start(f"{origin}:root", "hgm") as start:
        assert start.origin["agent"] == seed and start.start_from == f"{origin}:{seed}"
    source = write_seed(tmp_path / "my agent", 4)
    _, config, archive = start_new(tmp_path, os.path.relpath(source))
    root = archive.meta("root")
    assert root.extra["origin"] == {"kind": "dir", "path": str(source)}
    assert config.evolution.start_from == str(source)
    assert root.summary == f"seed: from {source}" and quality(
        archive.materialize(root.id, tmp_path / "out")) == 4


def test_without_from_the_root_is_the_bundled_seed(tmp_path: Path) -> None:
    run, config = prepare_new(None, str(tmp_path / "plain"), [])
    assert config.evolution.start_from == ""
    root = initialise(run, config).meta("root")
    assert root.summary == "seed agent" and "origin" not in root.extra


def bad_starts(origin: Path, tmp: Path) -> list[tuple[str, str]]:
    a_file = tmp / "notes.txt"
    a_file.write_text("not an agent")
    (tmp / "empty").mkdir()
    run, _ = synthetic_run(tmp, "dgm")
    ids = [r.id for r in records(run)]
    shared = next(a[0] for a in ids if sum(b.startswith(a[0]) for b in ids) > 1)
    unborn = RunDir(tmp / "unborn")  # a run killed before its archive existed
    unborn.root.mkdir()
    unborn.config.write_text(RunConfig().to_toml())
    return [(f"{tmp}/nope:best", "no run directory"),
            (f"{origin}:abcdef01", "unknown agent 'abcdef01'"),
            (f"{run}:{shared}", "is ambiguous"),
            (f"{origin}:", "is not an agent id"),
            (f"{unborn.root}:best", "no run or archive"),
            (str(a_file), "is not a directory"),
            (str(tmp / "empty"), "has no coding_agent.py"),
            (str(tmp / "missing"), "no directory or run"),
            (str(origin), "is a run, not an agent")]


def test_a_bad_start_is_refused_with_the_fix_and_nothing_written(origin: Path,
                                                                 tmp_path: Path) -> None:
    for text, words in bad_starts(origin, tmp_path):
        with pytest.raises(RunError) as info:
            prepare_new(config_file(tmp_path, text), str(tmp_path / "b"), [])
        assert info.value.message.startswith(f"cannot start from '{text}': ")
        assert words in info.value.message and info.value.fix, text
        assert not (tmp_path / "b").exists()


def dgm(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dgm", *map(str, args)], capture_output=True,
                          text=True, timeout=600)


def test_the_cli_refuses_a_bad_from_and_from_with_resume(origin: Path, tmp_path: Path) -> None:
    bad = dgm("run", "--from", f"{origin}:abcdef01", "--run-dir", tmp_path / "b")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1, bad.stderr
    assert "unknown agent 'abcdef01'" in bad.stderr and "dgm tree RUN" in bad.stderr
    assert not (tmp_path / "b").exists()
    both = dgm("run", "--resume", origin, "--from", f"{origin}:best")
    assert both.returncode == 2 and "drop --from" in both.stderr, both.stderr
    assert "Traceback" not in bad.stderr + both.stderr
