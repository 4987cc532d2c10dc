"""The run configuration (`dgm.toml`): one typed section per component, loaded from TOML."""

from __future__ import annotations

import importlib.util
import json
import re
import tomllib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from dgm.evolution.admission import POLICIES
from dgm.evolution.baselines import BASELINES, ONLY_IN_MODE
from dgm.evolution.hgm import HgmConfig
from dgm.evolution.modes import MODES, HyperagentConfig
from dgm.evolution.scoring import BestRule, best_rule
from dgm.evolution.selection import STRATEGIES
from dgm.gateway.config import GatewayConfig
from dgm.placement import PLACEMENTS
from evals.benchmark import HELDOUT
from ground.errors import FIX_VALUE, ConfigError, DgmError
from ground.tomlconfig import apply_override, from_table, parse_override
from sandbox import SandboxConfig

BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


@dataclass
class StageConfig:
    """One stage of staged evaluation."""

    split: str  # benchmark split scored in this stage
    min_score: float = 0.0  # score the stages so far must reach for this stage to run
    limit: int | None = None  # score only the first N tasks of the split


@dataclass
class EvolutionConfig:
    """How the archive grows."""

    # dgm: the generational loop; hgm: HGM as published (expand-or-evaluate decisions,
    # one-task evaluations, the final agent by its posterior; see [evolution.hgm]);
    # hyperagent: the generational loop where each parent's own meta_agent.py makes its
    # child, and may rewrite itself too (see [evolution.hyperagent]).
    mode: str = "dgm"
    # Generations after the seed's evaluation (generation 0); with mode hgm, the cap on
    # expansions (0 = none: max_task_evals ends the run).
    generations: int = 4
    # Generations in a row that admit no new agent (only empty patches, duplicates of archived
    # agents or discarded children) after which the run ends as if done; 0 = never.
    stagnation_generations: int = 5
    attempts_per_generation: int = 2  # self-modification attempts per generation
    selection: str = "score_child_prop"  # parent selection strategy (dgm.evolution.selection)
    admission: str = "keep_all"  # archive admission policy (dgm.evolution.admission)
    # dgm, or an ablation: no_darwin | no_selfimprove (mode dgm) | frozen_meta (mode
    # hyperagent) (dgm.evolution.baselines)
    baseline: str = "dgm"
    noise_margin: float = 0.1  # keep_better: how much a child must beat its parent by
    diagnosis_retries: int = 3  # extra diagnosis requests when the answer is malformed
    # Show the diagnoser the hidden-test output of the parent's failed tasks (selection split
    # only; held-out tasks never reach a model). Off: it sees what the agent saw, its log,
    # transcript and patch, so it cannot write task-specific answers into the agent.
    diagnosis_sees_hidden_tests: bool = False
    self_modify_timeout_s: float = 600.0  # time limit of one self-modification
    # The run's starting agent: "" the bundled seed; a directory holding an agent; or
    # RUN:AGENT, an agent of another run (its full id, a unique prefix, root or best).
    # `dgm run --from` sets it; a new run writes the resolved full id back here.
    start_from: str = ""
    # k of imp@k: the best selection score among agents made in the first k iterations
    # minus the starting agent's, shown by status, report and compare.
    imp_k: int = 50
    hgm: HgmConfig = field(default_factory=HgmConfig)  # HGM's parameters (mode = "hgm")
    # What a meta agent sees of the archive, and evaluation reuse (mode = "hyperagent").
    hyperagent: HyperagentConfig = field(default_factory=HyperagentConfig)

    def best_rule(self) -> BestRule:
        """How this run names its best agent: by score, or (hgm) by the posterior."""
        return best_rule(self.mode, self.hgm.final_quantile, self.hgm.min_final_evals)


@dataclass
class EvaluationConfig:
    """How agents are scored."""

    benchmark: str = "pytasks"  # benchmark name or path (see `dgm bench list`)
    benchmark_options: dict[str, str] = field(default_factory=dict)  # loader options (e.g. image)
    stages: list[StageConfig] = field(default_factory=lambda: [StageConfig("small")])
    smoke_task: str | None = None  # task a child must run on to be admitted (default: first)
    workers: int = 2  # tasks evaluated at once per attempt
    repeats: int = 1  # runs per task, to measure noise
    agent_timeout_s: float = 300.0  # time limit of one agent run on one task
    top_k: int = 3  # best agents re-evaluated and scored on the held-out split at the end (0: none)
    final_repeats: int = 1  # extra runs of every task for each top-k agent before the run ends
    heldout_every: int = 0  # also score the top-k on the held-out split every N generations
    heldout_limit: int | None = None  # score only the first N held-out tasks (None: all)


@dataclass
class BudgetConfig:
    """When the run stops by itself; 0 means no limit."""

    usd: float = 0.0  # model spend of the whole run, in US dollars
    tokens: int = 0  # model tokens of the whole run
    wall_hours: float = 0.0  # wall-clock time of the run, summed over resumes


@dataclass
class ExecutorConfig:
    """Where attempts run."""

    kind: str = "local"  # where sandboxes run: local | ray (dgm.placement)
    workers: int = 2  # attempts run at once
    ray_address: str | None = None  # ray cluster address (kind = "ray"); None starts a local one


@dataclass
class RunConfig:
    """Everything about one evolution run."""

    name: str = "demo"  # run name; the run directory defaults to runs/<name>
    seed: int = 0  # makes the run reproducible
    evolution: EvolutionConfig = field(default_factory=EvolutionConfig)
    evaluation: EvaluationConfig = field(default_factory=EvaluationConfig)
    budget: BudgetConfig = field(default_factory=BudgetConfig)
    executor: ExecutorConfig = field(default_factory=ExecutorConfig)
    gateway: GatewayConfig = field(default_factory=GatewayConfig)  # models per role, prices
    sandbox: SandboxConfig = field(default_factory=SandboxConfig)  # hardening overrides

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def to_toml(self) -> str:
        """The resolved configuration as TOML, for dgm.toml in the run directory."""
        return dump_toml(self.to_dict())


def load_config(path: Path | None, overrides: Sequence[str] = ()) -> RunConfig:
    """Read, override and validate a run configuration; errors say where the bad value came from."""
    raw: dict[str, object] = {}
    if path is not None:
        raw = read_toml(path)
    set_keys = []
    for text in overrides:
        keys, value = parse_override(text)
        apply_override(raw, keys, value)
        set_keys.append(".".join(keys))
    try:
        config = parse(raw)
        validate(config)
    except ConfigError as exc:
        raise _placed(exc, path, set_keys) from None
    return config


def parse(raw: dict[str, object]) -> RunConfig:
    """The typed config from its TOML table; [gateway] and [sandbox] by their own parsers."""
    parts = {key: raw.pop(key) for key in ("gateway", "sandbox") if key in raw}
    config = from_table(RunConfig, raw, "")
    if "gateway" in parts:
        config.gateway = GatewayConfig.from_dict(_table(parts["gateway"], "gateway"))
    if "sandbox" in parts:
        try:
            config.sandbox = SandboxConfig.from_dict(_table(parts["sandbox"], "sandbox"))
        except ConfigError:
            raise
        except DgmError as exc:
            raise ConfigError(f"[sandbox] {exc.message}", exc.fix) from None
    return config


def _table(value: object, key: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ConfigError(f"'{key}' must be a table", "see configs/demo.toml for the shape",
                          key=key)
    return value


def _placed(exc: ConfigError, path: Path | None, set_keys: list[str]) -> ConfigError:
    """The error with a fix that points at the --set or the file the value came from."""
    key = exc.key or ""
    if key and any(key == k or key.startswith(k + ".") or k.startswith(key + ".")
                   for k in set_keys):
        fix = exc.fix if exc.fix != FIX_VALUE else f"fix the value given with --set {key}=..."
        return ConfigError(exc.message, fix, key=key)
    if exc.fix == FIX_VALUE:
        where = f"in {path}" if path is not None else "with --set"
        return ConfigError(exc.message, f"fix it {where}", key=key)
    return exc


def read_toml(path: Path) -> dict[str, object]:
    """Parse a TOML file with a message that names the file on any problem."""
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"config file {path} not found", "pass an existing --config") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML ({exc})", "fix the syntax") from None


def _choice(key: str, value: str, valid: Collection[str]) -> None:
    if value not in valid:
        raise ConfigError(f"'{key}' is '{value}'", f"use one of: {', '.join(sorted(valid))}",
                          key=key)


def _positive(key: str, value: float, allow_zero: bool = False) -> None:
    if value < 0 or (value == 0 and not allow_zero):
        raise ConfigError(f"'{key}' must be {'>= 0' if allow_zero else '> 0'}, not {value}",
                          FIX_VALUE, key=key)


def validate(c: RunConfig) -> None:
    """Check values that types alone do not catch."""
    _choice("evolution.selection", c.evolution.selection, STRATEGIES)
    _choice("evolution.admission", c.evolution.admission, POLICIES)
    _choice("evolution.baseline", c.evolution.baseline, BASELINES)
    _choice("executor.kind", c.executor.kind, PLACEMENTS)
    _choice("evolution.mode", c.evolution.mode, MODES)
    validate_baseline(c.evolution)
    h = c.evolution.hyperagent
    for key in ("export_ancestor_logs", "export_recent_logs", "export_diff_kb", "export_max_mb"):
        _positive(f"evolution.hyperagent.{key}", getattr(h, key), allow_zero=key.endswith("logs"))
    validate_hgm(c.evolution)
    _positive("evolution.generations", c.evolution.generations, allow_zero=True)
    _positive("evolution.stagnation_generations", c.evolution.stagnation_generations,
              allow_zero=True)
    _positive("evolution.attempts_per_generation", c.evolution.attempts_per_generation)
    if c.evolution.imp_k < 1:
        raise ConfigError(f"'evolution.imp_k' must be >= 1, not {c.evolution.imp_k} (imp@k "
                          "compares the first k iterations with the start)", FIX_VALUE,
                          key="evolution.imp_k")
    _positive("evaluation.workers", c.evaluation.workers)
    _positive("evaluation.repeats", c.evaluation.repeats)
    for key in ("top_k", "final_repeats", "heldout_every"):
        _positive(f"evaluation.{key}", getattr(c.evaluation, key), allow_zero=True)
    _positive("executor.workers", c.executor.workers)
    for key in ("usd", "tokens", "wall_hours"):
        _positive(f"budget.{key}", getattr(c.budget, key), allow_zero=True)
    if c.executor.kind == "ray" and importlib.util.find_spec("ray") is None:
        raise ConfigError("executor 'ray' needs Ray, which is not installed",
                          "pip install 'dgm[ray]' (or use executor.kind = \"local\")")
    if not c.evaluation.stages:
        raise ConfigError("'evaluation.stages' is empty", "list at least one stage")
    for number, stage in enumerate(c.evaluation.stages, 1):
        if stage.split == HELDOUT:
            raise ConfigError(f"evaluation stage {number} scores the '{HELDOUT}' split, which "
                              "must never steer selection", "use small, medium or full (held-out "
                              "scores are reported at the end of the run)",
                              key="evaluation.stages")
    if not c.name or "/" in c.name:
        raise ConfigError(f"run name '{c.name}' is not a plain name", "use letters, digits, - or _")
    validate_components(c)


def validate_baseline(evo: EvolutionConfig) -> None:
    """A baseline that swaps the step making children exists in that step's mode only."""
    only = ONLY_IN_MODE.get(evo.baseline)
    if only is not None and evo.mode != "hgm" and evo.mode != only:
        other = {"dgm": "no_selfimprove", "hyperagent": "frozen_meta"}[evo.mode]
        raise ConfigError(f"evolution.baseline '{evo.baseline}' belongs to evolution.mode "
                          f"\"{only}\", not \"{evo.mode}\"",
                          f"set evolution.mode = \"{only}\", or in mode \"{evo.mode}\" use "
                          f"baseline \"{other}\" for the same ablation",
                          key="evolution.baseline")


def validate_hgm(evo: EvolutionConfig) -> None:
    """Check [evolution.hgm], and that mode hgm runs with what it supports."""
    h = evo.hgm
    _positive("evolution.hgm.alpha", h.alpha)
    _positive("evolution.hgm.beta", h.beta)
    _positive("evolution.hgm.max_task_evals", h.max_task_evals)
    _positive("evolution.hgm.min_final_evals", h.min_final_evals, allow_zero=True)
    if h.initial_expansions is not None:
        _positive("evolution.hgm.initial_expansions", h.initial_expansions)
    for key in ("eval_random", "final_quantile"):
        value = getattr(h, key)
        if not 0 <= value <= 1 or (key == "final_quantile" and value in (0, 1)):
            bounds = "between 0 and 1" if key == "eval_random" else "strictly between 0 and 1"
            raise ConfigError(f"'evolution.hgm.{key}' must be {bounds}, not {value}",
                              FIX_VALUE, key=f"evolution.hgm.{key}")
    if evo.mode == "hgm" and evo.baseline != "dgm":
        raise ConfigError(f"evolution.mode \"hgm\" has no baseline '{evo.baseline}' (the "
                          "baselines are ablations of the generational loop)",
                          "set evolution.baseline = \"dgm\" or evolution.mode = \"dgm\"",
                          key="evolution.baseline")
    if evo.mode == "hgm" and evo.admission != "keep_all":
        raise ConfigError(f"evolution.mode \"hgm\" cannot use admission '{evo.admission}' (a "
                          "child has no evaluation when it is admitted)",
                          "set evolution.admission = \"keep_all\" or evolution.mode = \"dgm\"",
                          key="evolution.admission")


def validate_components(c: RunConfig) -> None:
    """Check the [gateway] and [sandbox] parts again (code may have changed them)."""
    c.gateway.validate()
    gateway_config(c)
    try:
        c.sandbox.validate()
    except DgmError as exc:
        raise ConfigError(f"[sandbox] {exc.message}", exc.fix) from None


def gateway_config(config: RunConfig) -> GatewayConfig:
    """The gateway's config: [gateway], with the run's [budget] as its run budget."""
    gw = config.gateway
    budget = gw.budget
    for ours, theirs in (("usd", "run_usd"), ("tokens", "run_tokens")):
        value = getattr(config.budget, ours)
        if value and getattr(budget, theirs) not in (None, value):
            raise ConfigError(f"budget.{ours} and gateway.budget.{theirs} disagree",
                              "set the run's budget in one place")
        if value:
            budget = replace(budget, **{theirs: value})
    return replace(gw, budget=budget)


def dump_toml(data: Mapping[str, object], prefix: str = "") -> str:
    """Write nested dicts as TOML (scalars first, then sub-tables; lists of dicts inline)."""
    lines, tables = [], []
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, dict):
            tables.append((key, value))
        else:
            lines.append(f"{_toml_key(key)} = {_toml_value(value)}")
    out = ([f"[{prefix}]"] if prefix and lines else []) + lines
    for key, value in tables:
        sub = dump_toml(value, f"{prefix}.{_toml_key(key)}" if prefix else _toml_key(key))
        out.append(sub if sub else f"[{prefix}.{_toml_key(key)}]" if prefix
                   else f"[{_toml_key(key)}]")
    return "\n".join(x for x in out if x) + ("\n" if not prefix else "")


def _toml_key(key: str) -> str:
    """A bare key when TOML allows one (letters, digits, - and _), else a quoted one."""
    return key if key and BARE_KEY.fullmatch(key) else json.dumps(key, ensure_ascii=False)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # its escapes are TOML's too
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()
                          if v is not None)
        return "{ " + items + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")
