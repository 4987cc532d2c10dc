"""Run configuration: loading, overrides, validation, and every shipped config."""

import tomllib
from pathlib import Path

import pytest

from dgm.config import RunConfig, load_config
from dgm.runner import prepare_new, prepare_resume
from dgm.tomlconfig import from_table
from ground.errors import ConfigError, RunError

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("path", sorted((ROOT / "configs").glob("*.toml")), ids=lambda p: p.name)
def test_every_shipped_config_loads(path: Path) -> None:
    config = load_config(path)
    assert config.name


def test_each_shipped_config_runs_in_a_directory_of_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`dgm run --config X` without --run-dir makes runs/<name>: no two shipped configs may
    share it, or one refuses to start after another (make run's demo) made it first."""
    monkeypatch.chdir(tmp_path)
    users: dict[Path, list[str]] = {}
    for path in sorted((ROOT / "configs").glob("*.toml")):
        run, _ = prepare_new(path, None, [])
        users.setdefault(run.root, []).append(path.name)
    assert {root: names for root, names in users.items() if len(names) > 1} == {}
    assert tmp_path / "runs/demo" in users and tmp_path / "runs/hyperagent" in users


def test_defaults_round_trip_through_toml() -> None:
    config = RunConfig()
    assert from_table(RunConfig, tomllib.loads(config.to_toml()), "") == config


def test_overrides_set_nested_keys() -> None:
    config = load_config(None, ["evolution.generations=7", "evaluation.benchmark=other",
                                "executor.kind=\"local\"", "seed=11"])
    assert config.evolution.generations == 7
    assert config.evaluation.benchmark == "other"
    assert config.seed == 11


@pytest.mark.parametrize("override, needle", [
    ("evolution.selection=\"nope\"", "score_child_prop"),
    ("evolution.admission=\"nope\"", "keep_better"),
    ("evolution.baseline=\"nope\"", "no_selfimprove"),
    ("executor.kind=\"slurm\"", "ray"),
    ("evolution.bogus=1", "valid keys in [evolution]"),
    ("evolution.generations=\"four\"", "must be an integer"),
    ("evaluation.workers=0", "must be > 0"),
    ("evolution.imp_k=0", "'evolution.imp_k' must be >= 1"),
    ("budget.usd=-1", "must be >= 0"),
    ("evaluation.stages=[]", "at least one stage"),
    ("nonsense", "section.key=value"),
    ("gateway.provider=\"gpt\"", "anthropic"),
    ("gateway.bogus=1", "bogus"),
    ("sandbox.memory=\"lots\"", "512m"),
    ("sandbox.bogus=1", "bogus"),
])
def test_bad_values_name_the_key_and_the_fix(override: str, needle: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(None, [override])
    assert needle in str(info.value)


def test_bad_toml_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[evolution\n")
    with pytest.raises(ConfigError, match="bad.toml"):
        load_config(bad)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.toml")


@pytest.mark.parametrize("override", ["evolution.start_from=\"elsewhere\"", "evolution.imp_k=3"])
def test_start_and_imp_k_cannot_change_on_resume(tmp_path: Path, override: str) -> None:
    (tmp_path / "dgm.toml").write_text(RunConfig().to_toml())
    with pytest.raises(RunError, match="cannot change when resuming"):
        prepare_resume(str(tmp_path), [override])


@pytest.mark.parametrize("mode, baseline, fix", [
    ("hyperagent", "no_selfimprove", 'baseline "frozen_meta"'),
    ("dgm", "frozen_meta", 'baseline "no_selfimprove"'),
])
def test_a_baseline_of_one_mode_is_refused_in_the_other_naming_its_twin(
        mode: str, baseline: str, fix: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(None, [f'evolution.mode="{mode}"', f'evolution.baseline="{baseline}"'])
    assert baseline in err.value.message and fix in err.value.fix


def test_hyperagent_mode_takes_its_baselines_and_export_limits() -> None:
    config = load_config(ROOT / "configs" / "hyperagent.toml",
                         ['evolution.baseline="frozen_meta"',
                          "evolution.hyperagent.export_recent_logs=3"])
    assert config.evolution.mode == "hyperagent"
    assert config.evolution.hyperagent.export_recent_logs == 3
    assert load_config(None, ['evolution.mode="hyperagent"',
                              'evolution.baseline="no_darwin"']).evolution.baseline == "no_darwin"
    with pytest.raises(ConfigError, match="export_max_mb"):
        load_config(None, ["evolution.hyperagent.export_max_mb=0"])
