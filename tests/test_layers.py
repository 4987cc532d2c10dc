"""The layering of our packages, and no import cycles, read from the source with `ast`.

Every import statement counts: at the top of a module, inside a function, and under
`if TYPE_CHECKING:` (for the layering; the cycle check looks at what runs).
"""

from __future__ import annotations

import ast
import graphlib
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

import dgm.errors
import dgm.evolution.protocols
import dgm.tomlconfig
import ground.context
import ground.errors
import ground.tomlconfig

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ground", "agents_archive", "sandbox", "evals", "dgm")
# The seed agent's own source and its meta agent (they import none of ours) and task data
# are not our modules.
NOT_OURS = (ROOT / "agents_archive" / "seed", ROOT / "agents_archive" / "seed_meta",
            ROOT / "evals" / "bundled")

# The parts of the code, bottom-up. `pkg.*` is a package and everything in it; a bare name
# is that one module.
PARTS: dict[str, tuple[str, ...]] = {
    "ground": ("ground.*",),
    "agents_archive": ("agents_archive.*",),
    "sandbox": ("sandbox.*",),
    "evals": ("evals.*",),
    # The run directory's files (journal, lock, atomic writes) and the live monitor.
    "dgm.base": ("dgm", "dgm.errors", "dgm.journal", "dgm.monitor", "dgm.rundir",
                 "dgm.tomlconfig"),
    "dgm.toy": ("dgm.toy.*",),
    "dgm.gateway": ("dgm.gateway.*",),
    "dgm.cluster": ("dgm.cluster.*",),  # the Ray placement: never imports the run's config
    "dgm.run": ("dgm.run.*",),  # the read model of a run
    # The core with its config and placement: the config validates against the core's name
    # tables, and the core reads its config.
    "dgm.evolution": ("dgm.evolution.*", "dgm.config", "dgm.placement"),
    "dgm.wiring": ("dgm.evaluate", "dgm.origin", "dgm.services"),
    "dgm.driver": ("dgm.display", "dgm.runner"),
    "dgm.views": ("dgm.views.*",),
    "dgm.cli": ("dgm.cli.*", "dgm.__main__"),
}

# The layering rule: which parts each part imports (besides itself). Exactly what the code
# does, no more: a new kind of import is a decision, recorded here.
ALLOWED: dict[str, set[str]] = {
    "ground": set(),
    "agents_archive": {"ground"},
    "sandbox": {"ground"},
    "evals": {"ground", "sandbox"},
    "dgm.base": {"ground"},
    "dgm.toy": {"ground"},
    "dgm.gateway": {"dgm.base", "dgm.toy", "ground"},
    "dgm.cluster": {"dgm.base", "dgm.gateway", "evals", "ground", "sandbox"},
    "dgm.run": {"dgm.base", "dgm.gateway", "ground"},
    "dgm.evolution": {"agents_archive", "dgm.base", "dgm.cluster", "dgm.gateway", "dgm.run",
                      "evals", "ground", "sandbox"},
    "dgm.wiring": {"agents_archive", "dgm.base", "dgm.evolution", "dgm.gateway", "dgm.run",
                   "evals", "ground", "sandbox"},
    "dgm.driver": {"agents_archive", "dgm.base", "dgm.evolution", "dgm.run", "dgm.wiring",
                   "ground", "sandbox"},
    "dgm.views": {"agents_archive", "dgm.base", "dgm.evolution", "dgm.gateway", "dgm.run",
                  "dgm.wiring", "ground"},
    "dgm.cli": {"agents_archive", "dgm.driver", "dgm.evolution", "dgm.views", "dgm.wiring",
                "evals", "ground", "sandbox"},
}

# What an import inside a function must say about itself.
DEFERRED_WHY = re.compile(r"#\s*(heavy|optional):")
# Imported inside functions only; `import dgm.cli` (every command) must not load them.
HEAVY = ("docker", "requests", "ray", "anthropic", "httpx", "rich", "matplotlib", "git")


@dataclass(frozen=True)
class Import:
    """One import of one of our modules by another."""

    source: str  # the importing module
    target: str  # the imported module
    line: int
    deferred: bool  # inside a function
    typing_only: bool  # under `if TYPE_CHECKING:`

    def __str__(self) -> str:
        return f"{self.source}:{self.line} imports {self.target}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    """Every module of ours, by dotted name."""
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if not any(path.is_relative_to(skip) for skip in NOT_OURS):
                found[module_name(path)] = path
    return found


def resolve(name: str) -> str | None:
    """The module of ours that importing `name` runs last (None: not ours)."""
    while name and name not in modules():
        name = name.rpartition(".")[0]
    return name or None


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def import_nodes(tree: ast.AST) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool, bool]]:
    """Every import statement with (inside a function, under TYPE_CHECKING)."""
    def walk(node: ast.AST, deferred: bool, typing_only: bool) -> Iterator[
            tuple[ast.Import | ast.ImportFrom, bool, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                yield child, deferred, typing_only
            inner = deferred or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            guarded = typing_only or (isinstance(child, ast.If) and is_type_checking(child))
            yield from walk(child, inner, guarded)
    yield from walk(tree, False, False)


def targets(module: str, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The modules of ours one import statement imports."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:  # relative: from the module's own package, up level - 1 packages
            is_package = modules()[module].name == "__init__.py"
            parts = (module if is_package else module.rpartition(".")[0]).split(".")
            base = ".".join([*parts[: len(parts) - node.level + 1], *([base] if base else [])])
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules() else base
                 for a in node.names]
    return {t for t in map(resolve, names) if t and t != module}


@cache
def imports() -> tuple[Import, ...]:
    """Every import of one of our modules by another, wherever it stands."""
    found = []
    for module, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node, deferred, typing_only in import_nodes(tree):
            found += [Import(module, t, node.lineno, deferred, typing_only)
                      for t in sorted(targets(module, node))]
    return tuple(found)


def part_of(module: str) -> str | None:
    """The part a module belongs to: its own name, else its longest `pkg.*` pattern."""
    best, best_len = None, -1
    for part, patterns in PARTS.items():
        for pattern in patterns:
            package = pattern.removesuffix(".*")
            whole = pattern.endswith(".*") and (module == package
                                                or module.startswith(package + "."))
            if (module == pattern or whole) and len(package) > best_len:
                best, best_len = part, len(package)
    return best


def test_every_module_belongs_to_a_part() -> None:
    lost = [m for m in modules() if part_of(m) is None]
    assert not lost, f"add these modules to PARTS in {Path(__file__).name}: {lost}"
    assert set(ALLOWED) == set(PARTS)


def test_the_rule_is_a_layering() -> None:
    order = list(graphlib.TopologicalSorter(ALLOWED).static_order())  # CycleError otherwise
    assert order[0] == "ground" and ALLOWED["ground"] == set()


def test_each_part_imports_only_what_the_rule_allows() -> None:
    wrong = [f"{i} ({part_of(i.source)} -> {part_of(i.target)})" for i in imports()
             if part_of(i.target) not in ALLOWED[part_of(i.source)] | {part_of(i.source)}]
    assert not wrong, "\n".join(wrong)


def test_the_rule_lists_only_imports_that_happen() -> None:
    used = {(part_of(i.source), part_of(i.target)) for i in imports()}
    unused = sorted((p, q) for p, allowed in ALLOWED.items() for q in allowed
                    if (p, q) not in used)
    assert not unused, f"no module of the first part imports the second: {unused}"


def test_lower_packages_never_import_dgm() -> None:
    lower = ("ground", "agents_archive", "sandbox", "evals")
    wrong = [str(i) for i in imports()
             if i.source.split(".")[0] in lower and i.target.split(".")[0] == "dgm"]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles_between_modules() -> None:
    graph: dict[str, set[str]] = {m: set() for m in modules()}
    for i in imports():
        if not i.typing_only:  # annotations only: never run
            graph[i.source].add(i.target)
    try:
        list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(reversed(exc.args[1]))}")  # each imports the next


def deferral_reason(lines: list[str], node: ast.stmt) -> bool:
    """Whether a `# heavy:`/`# optional:` comment is on the import or above its block."""
    if any(DEFERRED_WHY.search(line) for line in lines[node.lineno - 1:node.end_lineno]):
        return True
    above = node.lineno - 2
    while above >= 0 and lines[above].strip().startswith(("import ", "from ")):
        if DEFERRED_WHY.search(lines[above]):
            return True
        above -= 1
    return above >= 0 and lines[above].strip().startswith("#") and bool(
        DEFERRED_WHY.search(lines[above]))


def test_imports_inside_functions_say_what_they_defer() -> None:
    silent = []
    for module, path in modules().items():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node, deferred, _ in import_nodes(ast.parse(text)):
            if deferred and not deferral_reason(lines, node):
                silent.append(f"{module}:{node.lineno}: {lines[node.lineno - 1].strip()}")
    assert not silent, ("import at the top, or say `# heavy: ...` / `# optional: ...`:\n"
                        + "\n".join(silent))


def test_importing_the_cli_loads_no_heavy_dependency() -> None:
    code = f"import sys, dgm.cli; print(sorted(set({HEAVY!r}) & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


# Agent code: it runs in a sandbox, where none of our packages exist.
AGENT_CODE = (ROOT / "agents_archive" / "seed", ROOT / "agents_archive" / "seed_meta",
              ROOT / "tests" / "loop" / "fixtures" / "memory_meta")


def test_the_seed_agent_imports_none_of_our_packages() -> None:
    wrong = []
    for path in sorted(p for folder in AGENT_CODE for p in folder.rglob("*.py")):
        for node, _, _ in import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if not node.level else [])
            wrong += [f"{path.relative_to(ROOT)}:{node.lineno}" for n in names
                      if n.split(".")[0] in PACKAGES]
    assert not wrong, wrong


def test_dgm_re_exports_the_moved_ground_names() -> None:
    for old, new in ((dgm.errors, ground.errors), (dgm.tomlconfig, ground.tomlconfig),
                     (dgm.evolution.protocols, ground.context)):
        names = [n for n in old.__all__ if hasattr(new, n)]
        assert names and all(getattr(old, n) is getattr(new, n) for n in names), old.__name__
