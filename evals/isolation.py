"""The grader's Python keeps the patched repository behind the standard library and installed
packages, and a patch may not add a top-level module named like one the grading image has.

The test command runs with PYTHONSAFEPATH (no script or working directory first on sys.path),
pytest's `append` import mode, and a small plugin that puts the repository last; the module
names a patch may not add are probed once per image, from a real pytest run, and cached.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
import threading
from pathlib import Path
from typing import Any

from evals.materialize import default_cache_dir, digest
from evals.swebench_spec import uses_pytest
from evals.task import Task
from evals.workspace import base_modules, grader_tree
from ground.socketdirs import owned_temp_dir

log = logging.getLogger(__name__)

PLUGIN = "dgm_grader_path"
PROBE_VERSION = 2
PROBE_TIMEOUT_S = 120.0
IMAGE_PYCACHE = "/opt/dgm-pycache"  # where sandbox/image compiles its Python's bytecode
# Never a patch's to define, whatever the image holds: the main module, our plugin, and the
# modules Python imports by name at start.
ALWAYS_GUARDED = frozenset({"__main__", PLUGIN, "sitecustomize", "usercustomize"})
# The plugin runs in the image's Python (any 3.x): no f-strings, no annotations.
PLUGIN_SOURCE = '''"""Loaded by the grader (pytest -p): the repository goes after the standard
library and the installed packages on sys.path, wherever Python or pytest put it."""
import os
import sys

REPO = {repo!r}


def _within(path, root):
    return bool(root) and (path == root or path.startswith(root.rstrip("/") + "/"))


def _order():
    here = os.path.dirname(os.path.abspath(__file__))
    first, last = [], []
    for entry in sys.path:
        full = os.path.abspath(entry or os.getcwd())
        if full == here:
            continue
        if _within(full, REPO):
            last.append(full)
        else:
            first.append(entry)
    ordered = first + last + [REPO]
    sys.path[:] = [p for i, p in enumerate(ordered) if p not in ordered[:i]]


_order()


def pytest_collection_modifyitems():
    _order()
'''
_PROBE_SOURCE = '''
import json
import logging
import os
import sys

OUT, SKIP, TESTS = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
tried = set()


class Recorder(object):
    """Notes every top-level name an import asks for; finds nothing itself."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        tried.add(name.split(".")[0])


def within(path):
    return any(path == r or path.startswith(r.rstrip("/") + "/") for r in SKIP if r)


def listed():
    names = set()
    for entry in sys.path:
        full = os.path.abspath(entry or os.getcwd())
        if within(full) or not os.path.isdir(full):
            continue
        for child in os.listdir(full):
            stem, dot, ext = child.partition(".")
            is_dir = os.path.isdir(os.path.join(full, child))
            if (is_dir and not dot) or ext.split(".")[-1] in ("py", "pyc", "pyw", "so", "pyd"):
                names.add(stem)
    return names


def mapped():
    names = set()
    for name, module in list(sys.modules.items()):
        mapping = getattr(module, "MAPPING", None) if name.startswith("__editable__") else None
        if isinstance(mapping, dict):
            names |= set(k for k, v in mapping.items() if not within(str(v)))
    return names


sys.meta_path.insert(0, Recorder)
try:
    import pytest
    outcome = str(pytest.main([TESTS]))
except BaseException as exc:
    outcome = repr(exc)
names = set(sys.builtin_module_names) | set(getattr(sys, "stdlib_module_names", ()))
names |= tried | set(m.split(".")[0] for m in list(sys.modules)) | listed() | mapped()
names.discard("test_dgm_probe")
with open(OUT, "w") as out:
    json.dump({"modules": sorted(n for n in names if n.isidentifier()), "pytest": outcome}, out)
'''
_PROBE_TESTS = '''
import pytest


def test_passes(capsys, tmp_path, monkeypatch):
    print("out")
    assert capsys.readouterr().out == "out\\n"


def test_fails():
    assert [1, 2] == [1, 3]


def test_errors():
    raise ValueError("x")


@pytest.mark.skip(reason="probe")
def test_skipped():
    pass


@pytest.mark.xfail
def test_xfails():
    assert 0


@pytest.mark.parametrize("n", [1, 2])
def test_parametrized(n):
    assert n
'''
_memo: dict[str, frozenset[str]] = {}
_memo_lock = threading.Lock()


def grader_env(sb: Any, task: Task, scratch: str,
               base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a test run, with the plugin installed under `scratch` and the JUnit
    report going to `scratch`/report.xml; over `base`, the image's activated environment."""
    base = base or {}
    plugin_dir = f"{scratch}/py"
    with owned_temp_dir("plugin") as tmp:
        path = Path(tmp, f"{PLUGIN}.py")
        path.write_text(PLUGIN_SOURCE.format(repo=grader_tree(task)))
        sb.put(path, plugin_dir)
    options = (f"-p {PLUGIN} --import-mode=append -rA -p no:cacheprovider "
               f"--junitxml={scratch}/report.xml -o junit_family=xunit1")
    extra = task.env.get("PYTEST_ADDOPTS", "")
    python_path = ":".join(p for p in (plugin_dir, base.get("PYTHONPATH", "")) if p)
    return {
        **base,
        "HOME": "/tmp",
        "PYTHONDONTWRITEBYTECODE": "1",
        # Bytecode is never read from __pycache__ in the repo: only from the prefix our images
        # compile their Python's into (read-only), or, in a task's own image, a fresh place.
        "PYTHONPYCACHEPREFIX": IMAGE_PYCACHE if task.image is None else f"{scratch}/pycache",
        # Plugins installed through package metadata (which a repo could fake) are not loaded.
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        **task.env,
        # Neither the working directory nor a script's directory goes first on sys.path (3.11+;
        # the plugin reorders sys.path for older Pythons). A repository's own runner (Django's
        # tests/runtests.py) imports from its script's directory, so there the name check holds.
        **({"PYTHONSAFEPATH": "1"} if uses_pytest(task.log_parser) else {}),
        "PYTHONNOUSERSITE": "1",
        # The plugin first; the image's own entries (from its environment) after it.
        "PYTHONPATH": python_path,
        "PYTEST_ADDOPTS": f"{options} {extra}".strip(),
    }


def guarded_modules(sb: Any, task: Task, env: dict[str, str] | None = None) -> frozenset[str]:
    """Top-level module names a patch may not add: what the image can import (in its activated
    environment `env`), except the names the pristine repository defines itself."""
    return (image_modules(sb, task, env) | ALWAYS_GUARDED) - base_modules(sb, grader_tree(task))


def image_modules(sb: Any, task: Task, env: dict[str, str] | None = None) -> frozenset[str]:
    """Every module the grading image's Python can import or tries to, probed once per image
    and environment."""
    key = digest(sb.api.inspect_container(sb.id)["Image"], grader_tree(task), task.env_setup,
                 str(PROBE_VERSION))
    cache = default_cache_dir() / "grader-modules" / f"{key}.json"
    with _memo_lock:
        if str(cache) in _memo:
            return _memo[str(cache)]
    names = _read_cache(cache)
    if names is None:
        names = _probe(sb, task, env or {})
        if names is None:
            log.warning("could not list the modules of the grading image; only the standard "
                        "library's names are guarded for task %s", task.id)
            return frozenset(sys.stdlib_module_names)
        _write_cache(cache, names)
    found = frozenset(sys.stdlib_module_names) | names
    with _memo_lock:
        _memo[str(cache)] = found
    return found


def _probe(sb: Any, task: Task, env: dict[str, str]) -> frozenset[str] | None:
    """Run pytest in the image as the grader does and list what its Python can import."""
    scratch = f"/tmp/dgm-probe-{secrets.token_hex(8)}"
    with owned_temp_dir("probe") as tmp:
        Path(tmp, "probe.py").write_text(_PROBE_SOURCE)
        Path(tmp, "tests").mkdir()
        Path(tmp, "tests", "test_dgm_probe.py").write_text(_PROBE_TESTS)
        sb.put(Path(tmp), scratch)
    out = f"{scratch}/modules.json"
    skip = json.dumps([grader_tree(task), scratch])  # the repo's names and the probe's own
    sb.exec(["python", f"{scratch}/probe.py", out, skip, f"{scratch}/tests"],
            timeout=PROBE_TIMEOUT_S, workdir=scratch, env=grader_env(sb, task, scratch, env))
    res = sb.exec(["cat", out], timeout=30)
    try:
        return frozenset(json.loads(res.stdout)["modules"]) if res.exit_code == 0 else None
    except (ValueError, KeyError, TypeError):
        return None


def _read_cache(path: Path) -> frozenset[str] | None:
    """Names from a cache file, or None when it is missing or unreadable."""
    try:
        return frozenset(json.loads(path.read_text())["modules"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_cache(path: Path, names: frozenset[str]) -> None:
    """Write the names atomically (several graders may probe the same image at once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    tmp.write_text(json.dumps({"modules": sorted(names)}))
    os.replace(tmp, path)
