"""Aider's polyglot benchmark layout: <language>/exercises/practice/<name>/, six languages.

What the agent sees, as in Aider's benchmark: the exercise's `.docs` as the problem statement
and its stub files, byte for byte as upstream. Tests (and test helpers) are hidden and copied
in at grading; `.meta` (example solutions), `.approaches` and `.articles` never reach it.
Python runs in the default sandbox image; the other languages in the `polyglot` variant
(`evals.polyglot_toolchains`).
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
import shlex
from fnmatch import fnmatch
from pathlib import Path

from evals.benchmark import FULL, HELDOUT, Benchmark, hash_heldout
from evals.benchmark import heldout_fraction as fraction_option
from evals.materialize import (
    copy_files,
    default_cache_dir,
    digest,
    file_diff,
    materialize,
    read_exact,
    write_files,
)
from evals.polyglot_names import test_names
from evals.polyglot_toolchains import (
    NOT_SHOWN,
    PIDS,
    TOOLCHAINS,
    VARIANT,
    enable_all,
    example_targets,
    placeholder_test,
)
from evals.task import Task
from ground.errors import BenchmarkError, DgmError

ADAPTER_VERSION = 3
# Every language of the benchmark, in the fixed order the splits interleave them.
LANGUAGES = ("cpp", "go", "java", "javascript", "python", "rust")
# The languages loaded when the option `languages` is not given: all six.
DEFAULT_LANGUAGES = LANGUAGES
# Languages whose tests cannot run offline on any machine yet, and why.
UNGRADED: dict[str, str] = {}
# How many tasks the small and medium splits take from the interleave.
SPLIT_SIZES = {"small": 10, "medium": 30}
# The Java libraries the polyglot image holds (JUnit 5 and AssertJ, as Debian packages them);
# an exercise whose build.gradle names another is left out, and said.
JAVA_LIBRARIES = ("org.junit", "org.assertj:assertj-core")
_GRADLE_LIBRARY = re.compile(
    r"""^\s*\w*[iI]mplementation\s+(?:platform\()?["']([^"']+)["']""", re.M)
# A Rust example solution's manifest, naming the crates it uses (the stub's names fewer).
CARGO_EXAMPLE = ".meta/Cargo-example.toml"
# Our own visible test (not upstream's): the stub modules still import.
VISIBLE_TEST_PATH = "tests/test_imports.py"

INSTRUCTIONS = """\
{docs}

## What to do

Edit {files} to solve the exercise above. Keep the existing function and class names,
as other code and hidden tests use them, and use only the Python standard library.
"""

TOOLCHAIN_INSTRUCTIONS = """\
{docs}

## What to do

Edit {files} to solve the exercise above. Keep the existing names and signatures, as other
code and hidden tests use them. {note}
"""

VISIBLE_TEST = """\
import importlib


def test_solution_modules_import():
    for name in {modules!r}:
        importlib.import_module(name)
"""


def exercise_dirs(root: Path, language: str) -> list[Path]:
    """The exercises of one language, by name."""
    practice = root / language / "exercises" / "practice"
    if not practice.is_dir():
        raise BenchmarkError(f"{practice} does not exist",
                             "point at a checkout of the polyglot benchmark")
    return sorted(p for p in practice.iterdir() if (p / ".meta" / "config.json").is_file())


def read_config(exercise: Path) -> dict[str, list[str]]:
    """The solution, test, example and (optional, read-only) editor files of .meta/config.json."""
    try:
        files = json.loads((exercise / ".meta" / "config.json").read_text())["files"]
        listed = {k: list(files[k]) for k in ("solution", "test", "example")}
        return {**listed, "editor": list(files.get("editor", []))}
    except (ValueError, KeyError, TypeError) as exc:
        raise BenchmarkError(f"{exercise}/.meta/config.json is malformed: {exc}",
                             "it needs files.solution, files.test and files.example") from None


def _difficulties(root: Path, language: str) -> dict[str, int]:
    """Exercism's 1..10 difficulty per exercise (from the track config), mapped onto 1..3."""
    try:
        track = json.loads((root / language / "config.json").read_text())
        practice = track["exercises"]["practice"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {e["slug"]: 1 if e["difficulty"] <= 3 else 2 if e["difficulty"] <= 6 else 3
            for e in practice if isinstance(e, dict) and "slug" in e and "difficulty" in e}


def _docs(exercise: Path) -> str:
    """The exercise's instructions (with the track's appended notes, if any)."""
    docs = exercise / ".docs"
    parts = [docs / n for n in ("introduction.md", "instructions.md", "instructions.append.md")]
    text = "\n\n".join(p.read_text().strip() for p in parts if p.is_file())
    if not text:
        raise BenchmarkError(f"{exercise} has no .docs/instructions.md", "check the checkout")
    return text


def holds_tests(source: str) -> bool:
    """Whether a test module defines what pytest collects: test* functions, Test*/TestCase classes.

    A helper named like a test file (paasio's test_utils.py) holds none.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return True  # stays a test file, so grading shows the error
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and \
                node.name.startswith("test"):
            return True
        if isinstance(node, ast.ClassDef) and (node.name.startswith("Test") or any(
                ast.unparse(base).endswith("TestCase") for base in node.bases)):
            return True
    return False


def reference_patch(exercise: Path, config: dict[str, list[str]]) -> str:
    """The example solution as a diff against the upstream stubs, exact to the byte."""
    pairs = zip(config["solution"], config["example"], strict=False)
    return "".join(file_diff(f, read_exact(exercise / f), read_exact(exercise / example))
                   for f, example in pairs)


def make_task(exercise: Path, language: str, task_dir: Path, level: int, name: str) -> Task:
    """One exercise as a task: stubs shown, tests hidden, example solution as the reference."""
    if language != "python":
        return make_toolchain_task(exercise, language, task_dir, level, name)
    config = read_config(exercise)
    solutions, shown = config["solution"], config["solution"] + config["editor"]
    sources = {f: read_exact(exercise / f) for f in config["test"]}
    tests = [f for f in config["test"] if holds_tests(sources[f])]
    if not tests:
        raise BenchmarkError(f"{exercise}: no test file holds tests", "check the checkout")
    # Helpers arrive at grading as a new-file diff: present and protected, not counted as tests.
    helpers = "".join(file_diff(f, None, sources[f]) for f in config["test"] if f not in tests)

    def write(tmp: Path) -> None:
        copy_files(exercise, tmp / "repo", shown)
        modules = [Path(f).stem for f in solutions]
        write_files(tmp / "repo", {VISIBLE_TEST_PATH: VISIBLE_TEST.format(modules=modules)})
        copy_files(exercise, tmp / "hidden", tests)

    materialize(task_dir, write)
    command = "python -m pytest -q -p no:cacheprovider " + " ".join(shlex.quote(t) for t in tests)
    return Task(
        id=exercise_id(language, exercise.name), benchmark=name, language=language,
        instructions=INSTRUCTIONS.format(docs=_docs(exercise),
                                         files=", ".join(f"`{f}`" for f in solutions)),
        repo_dir=task_dir / "repo", test_command=command, timeout_s=120.0,
        hidden_tests_dir=task_dir / "hidden", hidden_tests_target=".",
        hidden_tests_patch=helpers or None, solution_patch=reference_patch(exercise, config),
        difficulty=level, visible_paths=[*shown, VISIBLE_TEST_PATH],
        protected_paths=["tests/**", *config["editor"]],
        metadata={"kind": "exercise", "exercise": exercise.name})


def _upstream_files(exercise: Path) -> list[str]:
    """The exercise's files (repo-relative, sorted), outside its dot-folders (.meta, .docs...)."""
    files = (p.relative_to(exercise).as_posix() for p in exercise.rglob("*") if p.is_file())
    return sorted(f for f in files if not any(p.startswith(".") for p in f.split("/")[:-1]))


def make_toolchain_task(exercise: Path, language: str, task_dir: Path, level: int,
                        name: str) -> Task:
    """An exercise of a language other than Python: graded in the `polyglot` image variant.

    Shown: every upstream file but the tests and Gradle's wrapper (C++ gets our build check in
    the test file's place). Hidden: the test files, every test switched on. Protected: all
    that is shown but the solution files, and the tests.
    """
    chain = TOOLCHAINS[language]
    config = read_config(exercise)
    solutions = config["solution"]
    upstream = _upstream_files(exercise)
    tests = [f for f in upstream if chain.is_test(f) and f not in config["editor"]]
    tests += [f for f in config["test"] if f not in tests]
    if not tests:
        raise BenchmarkError(f"{exercise}: no test file", "check the checkout")
    shown = [f for f in upstream if f not in tests
             and not any(fnmatch(f, g) for g in NOT_SHOWN)]
    placeholder = placeholder_test(language, solutions)
    sources = {f: enable_all(language, (exercise / f).read_text(encoding="utf-8"))
               for f in tests}

    def write(tmp: Path) -> None:
        copy_files(exercise, tmp / "repo", shown)
        write_files(tmp / "repo", placeholder)
        write_files(tmp / "hidden", sources)

    materialize(task_dir, write)
    targets = {example: target for example, target in
               example_targets(language, solutions, config["example"]).items()
               if target not in config["editor"]}  # given read-only: the stub's copy stays
    if language == "rust" and (exercise / CARGO_EXAMPLE).is_file():
        targets[CARGO_EXAMPLE] = "Cargo.toml"  # the example's own manifest, with its crates
    reference = "".join(
        file_diff(target, read_exact(exercise / target) if (exercise / target).is_file() else None,
                  read_exact(exercise / example)) for example, target in targets.items())
    files = ", ".join(f"`{f}`" for f in solutions if f != "Cargo.toml")
    build = chain.build_command(exercise.name)
    note = chain.note.replace("{test}", next(iter(placeholder), "")).replace("{build}", build)
    return Task(
        id=exercise_id(language, exercise.name), benchmark=name, language=language,
        instructions=TOOLCHAIN_INSTRUCTIONS.format(docs=_docs(exercise), files=files, note=note),
        repo_dir=task_dir / "repo", test_command=chain.test_command(exercise.name),
        timeout_s=chain.timeout_s, hidden_tests_dir=task_dir / "hidden", hidden_tests_target=".",
        solution_patch=reference, difficulty=level, visible_paths=[*shown, *placeholder],
        protected_paths=[*(f for f in shown if f not in solutions), *placeholder,
                         *chain.test_globs],
        fail_to_pass=test_names(language, sources), log_parser=f"polyglot_{language}",
        sandbox_variant=VARIANT, pids=PIDS,
        metadata={"kind": "exercise", "exercise": exercise.name, "build_command": build})


def parse_languages(value: str | list[str] | tuple[str, ...] | None,
                    present: list[str] | tuple[str, ...] = DEFAULT_LANGUAGES) -> list[str]:
    """The option `languages` ("python,rust" or a list) in LANGUAGES order; None gives those of
    DEFAULT_LANGUAGES that are `present` (in the checkout)."""
    if value is None:
        return [lang for lang in DEFAULT_LANGUAGES if lang in present]
    names = value.split(",") if isinstance(value, str) else list(value)
    wanted = {str(n).strip() for n in names if str(n).strip()}
    unknown = sorted(wanted - set(LANGUAGES))
    if unknown or not wanted:
        raise BenchmarkError(f"unknown polyglot languages {unknown or [value]}",
                             f"use some of: {', '.join(LANGUAGES)}")
    ungraded = [lang for lang in LANGUAGES if lang in wanted and lang in UNGRADED]
    if ungraded:
        raise BenchmarkError(
            f"polyglot languages {ungraded} cannot be graded here: "
            + "; ".join(UNGRADED[lang] for lang in ungraded),
            f"use some of: {', '.join(lang for lang in LANGUAGES if lang not in UNGRADED)}")
    return [lang for lang in LANGUAGES if lang in wanted]


def interleave(names: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(language, exercise) pairs, each language's by sha256 of "<language>/<name>", round-robin."""
    ranked = [sorted(((lang, n) for n in names[lang]),
                     key=lambda p: hashlib.sha256(f"{p[0]}/{p[1]}".encode()).hexdigest())
              for lang in sorted(names, key=LANGUAGES.index)]
    width = max((len(r) for r in ranked), default=0)
    return [r[i] for i in range(width) for r in ranked if i < len(r)]


def exercise_id(language: str, exercise: str) -> str:
    """The id of one exercise's task: python__react, rust__acronym."""
    return f"{language}__{exercise}"


def mixed_splits(names: dict[str, list[str]],
                 fraction: float | str | None) -> dict[str, list[str]]:
    """small, medium, full (in interleave order) and heldout (by id hash, per language).

    Each language holds out its own share, so adding or leaving out a language moves
    no other language's task in or out of `heldout`.
    """
    share = fraction_option(fraction)
    held = {i for lang, exercises in names.items()
            for i in hash_heldout([exercise_id(lang, e) for e in exercises], share)}
    order = [exercise_id(lang, e) for lang, e in interleave(names)]
    kept = [i for i in order if i not in held]
    splits = {split: kept[:size] for split, size in SPLIT_SIZES.items()}
    return {**splits, FULL: kept, HELDOUT: [i for i in order if i in held]}


def unavailable(language: str, exercise: Path) -> str | None:
    """Why an exercise cannot be graded here, or None: upstream marks it as having no tests
    (`.meta/.skip_tests`: Go's deprecated `counter`, whose solution is a test suite), or its
    Java build needs a library the polyglot image does not hold (from Maven Central)."""
    if (exercise / ".meta" / ".skip_tests").exists():
        return "upstream marks it .meta/.skip_tests: it has no tests to grade"
    gradle = exercise / "build.gradle"
    if language == "java" and gradle.is_file():
        wanted = _GRADLE_LIBRARY.findall(gradle.read_text(encoding="utf-8", errors="replace"))
        missing = [lib for lib in wanted if not lib.startswith(JAVA_LIBRARIES)]
        if missing:
            return (f"its build needs {', '.join(missing)}, which the polyglot image does not "
                    "hold (Debian has no package of it; Maven Central is not used)")
    return None


def availability(root: Path, languages: list[str]) -> dict[str, tuple[int, str | None]]:
    """Each language of the checkout: its exercise count, and why it is skipped (None if loaded);
    then each untestable exercise of a loaded language, skipped."""
    counts = {lang: len(exercise_dirs(root, lang)) for lang in LANGUAGES
              if lang in languages or (root / lang / "exercises" / "practice").is_dir()}
    groups = {lang: (count, None if lang in languages else
                     UNGRADED.get(lang, "not in the option languages"))
              for lang, count in counts.items()}
    return groups | {f"{lang}/{e.name}": (1, why) for lang in languages
                     for e in exercise_dirs(root, lang) if (why := unavailable(lang, e))}


def language_notes() -> list[str]:
    """Where each language is graded, and whether the image variant for it is built here."""
    from sandbox.client import client_for  # heavy: docker
    from sandbox.image import present_image

    try:
        with client_for(None) as client:
            built = present_image(client, variant=VARIANT) is not None
        state = "built" if built else f"not built: `dgm sandbox build --variant {VARIANT}`"
    except DgmError as exc:
        state = f"cannot tell: {exc.message}"
    others = ", ".join(lang for lang in LANGUAGES if lang not in ("python", *UNGRADED))
    lines = ["python: graded in the default sandbox image",
             f"{others}: graded in the `{VARIANT}` image variant ({state})"]
    return lines + [f"{lang}: cannot be graded here: {why}" for lang, why in UNGRADED.items()]


def load_polyglot(root: Path, *, languages: str | list[str] | tuple[str, ...] | None = None,
                  cache_dir: Path | str | None = None, name: str = "polyglot",
                  heldout_fraction: float | str | None = None) -> Benchmark:
    """The exercises of a polyglot checkout at `root`, of `languages` (default: every graded one).

    Splits small, medium and full interleave the languages (`mixed_splits`); a share
    `heldout_fraction` (default 0.2) of each language is held out, by id hash.
    """
    root = Path(root).expanduser().resolve()
    if not root.is_dir():
        raise BenchmarkError(f"{root} does not exist",
                             "point at a checkout of the polyglot benchmark")
    langs = parse_languages(languages, [lang for lang in LANGUAGES
                                        if (root / lang / "exercises" / "practice").is_dir()])
    found: dict[str, tuple[Path, str, int]] = {}
    names: dict[str, list[str]] = {}
    for lang in langs:
        levels = _difficulties(root, lang)
        exercises = [e for e in exercise_dirs(root, lang) if not unavailable(lang, e)]
        names[lang] = [e.name for e in exercises]
        for exercise in exercises:
            found[exercise_id(lang, exercise.name)] = (exercise, lang, levels.get(exercise.name, 2))
    if not found:
        raise BenchmarkError(f"{root} holds no exercise of {', '.join(langs) or 'any language'}",
                             "point at a checkout of the polyglot benchmark "
                             "(<language>/exercises/practice/<name>/)")
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    cache = cache / f"polyglot-v{ADAPTER_VERSION}-{digest(str(root))}"

    def load(task_id: str) -> Task:
        exercise, lang, level = found[task_id]
        stamp = digest(*(p.read_bytes() for p in sorted(exercise.rglob("*")) if p.is_file()))
        return make_task(exercise, lang, cache / f"{task_id}-{stamp}", level, name)

    return Benchmark(name=name, description=f"Aider polyglot exercises from {root}",
                     ids=list(found), load=load, splits=mixed_splits(names, heldout_fraction),
                     availability=availability(root, langs),
                     variants=[VARIANT] if any(lang != "python" for lang in langs) else [])
