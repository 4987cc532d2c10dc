"""Testing and review mechanisms: M24 verify_on_done, M25 tests_tool, M26 baseline_tests,
M27 diff_review, M28 test_output_tail (WORLD_DESIGN.md A.8)."""

from __future__ import annotations

import ast

from dgm.toy.agent_ast import AgentIndex, HookNotFound, hook
from dgm.toy.mechanisms.base import EditOp, Mechanism, Names, Param, Params
from dgm.toy.mechanisms.edits import (
    after_limit,
    before_def,
    retune_int,
    stop_injection,
    wrap,
    wrap_node,
)
from dgm.toy.mechanisms.loop import CHANGED
from dgm.toy.mechanisms.shapes import (
    Found,
    StopBlock,
    command_words,
    first_chain,
    int_read,
    runs_commands,
    stop_blocks,
    value,
)

RUNS = {
    "argv": '''    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p",
                           "no:cacheprovider"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          stdin=subprocess.DEVNULL, text=True)''',
    "shell": '''    import subprocess

    command = "python -m pytest -q -p no:cacheprovider 2>&1"
    done = subprocess.run(["bash", "-c", command],
                          stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)''',
}


def tests_function(fn: str, variant: str) -> str:
    """The source of a function running the repository's tests: their output when they fail,
    else None."""
    return (f'def {fn}() -> str | None:\n'
            f'    """The output of the repository\'s tests when they fail, else None."""\n'
            f'{RUNS[variant]}\n'
            f'    if done.returncode == 0:\n'
            f'        return None\n'
            f'    return f"The tests fail after your change:\\n\\n{{done.stdout}}\\n'
            f'[exit code {{done.returncode}}]"\n')


def find_review(agent: AgentIndex, word: str) -> StopBlock | None:
    """An `if LEFT > 0 and CHANGED():` block in the stop branch whose body sends what a helper
    running a `word` command returns (pytest: the tests; diff: the change)."""
    return next((b for b in stop_blocks(agent) if not b.negated
                 and any(word in command_words(f) for f in b.helpers)), None)


def verify_existing(agent: AgentIndex) -> Params | None:
    found = find_review(agent, "pytest")
    return {"rounds": found.times} if found and found.start else None


def verify_generate(agent: AgentIndex, params: Params, names: Names,
                    variant: str) -> list[EditOp]:
    """When the model stops with a changed repository, run the tests and send their failures
    back, up to `rounds` times; the variants differ in how the tests are started."""
    rounds = int(params["rounds"])
    found = find_review(agent, "pytest")
    path = agent.turn_loop.path
    if found and found.start:
        return [retune_int(agent, path, found.start, rounds)]
    limit, left, failing = (names.fresh(k) for k in ("rounds", "rounds_left", "failing"))
    return [*review_at_stop(agent, names, left, limit, failing, tests_function(failing, variant)),
            after_limit(agent, f"{limit} = {rounds}  # test runs after the model stops "
                               "with a change")]


def review_at_stop(agent: AgentIndex, names: Names, left: str, limit: str, helper: str,
                   code: str) -> list[EditOp]:
    """Edits making the stop branch, while `left` (starting at `limit`) lasts and the repository
    changed, send what `helper()` returns (when not None) and go on; `code` defines helper."""
    changed = names.fresh("changed")
    block = f"""if {left} > 0 and {changed}():
    {left} -= 1
    report = {helper}()
    if report is not None:
        {agent.history}.append({{"role": "user", "content": report}})
        continue"""
    helpers = f"{CHANGED['porcelain'].format(fn=changed)}\n\n\n{code}"
    return [*stop_injection(agent, left, limit, block),
            before_def(agent, agent.turn_loop.path, agent.turn_loop.first, helpers)]


VERIFY_ON_DONE: Mechanism = Mechanism(
    id="verify_on_done", family="testing", params=(Param("rounds", 1, 3),), needs=(),
    fixes=("F3", "F5"), variants=("argv", "shell"),
    statement="When the model stops after changing the repository, run the tests and send "
              "their failures back to it (at most {rounds} times).",
    generate=verify_generate, existing=verify_existing)

# ---- M27 diff_review -------------------------------------------------------------------------

DIFFS = {
    "argv": '''    done = subprocess.run(["git", "diff", "HEAD"], capture_output=True, text=True)
    new = subprocess.run(["git", "ls-files", "--others", "--exclude-standard"],
                         capture_output=True, text=True)
    diff = done.stdout + "".join(f"new file: {{name}}\\n" for name in new.stdout.splitlines())''',
    "shell": '''    command = "git --no-pager diff --no-color HEAD; git status --short"
    done = subprocess.run(["bash", "-c", command], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True)
    diff = done.stdout''',
}


def diff_function(fn: str, chars: str, variant: str) -> str:
    """The source of a function returning the change so far for review, or None."""
    return (f'def {fn}() -> str | None:\n'
            f'    """The change so far (at most {chars} characters), for the model to review\n'
            f'    before it finishes; None when nothing changed."""\n'
            f'    import subprocess\n\n'
            f'{DIFFS[variant].format()}\n'
            f'    if not diff.strip():\n'
            f'        return None\n'
            f'    if len(diff) > {chars}:\n'
            f'        more = len(diff) - {chars}\n'
            f'        diff = diff[:{chars}] + f"\\n[... {{more}} more characters]"\n'
            f'    return "Review your change before you finish; the diff:\\n\\n" + diff\n')


def find_diff(agent: AgentIndex) -> Found | None:
    """The review block's diff helper and the module-level int capping what it sends."""
    found = find_review(agent, "diff")
    path = agent.turn_loop.path
    helpers = [f for f in found.helpers if "diff" in command_words(f)] if found else []
    return int_read(path, agent.tree(path), helpers[0]) if helpers else None


def diff_existing(agent: AgentIndex) -> Params | None:
    found = find_diff(agent)
    return {"max_chars": value(found)} if found else None


def diff_generate(agent: AgentIndex, params: Params, names: Names,
                  variant: str) -> list[EditOp]:
    """When the model first stops with a changed repository, send it the diff once; the
    variants differ in how the diff is taken (git diff and the new files' names, or both
    through bash)."""
    chars = int(params["max_chars"])
    found = find_diff(agent)
    if found:
        return [retune_int(agent, found[0], found[1], chars)]
    const, left, fn = (names.fresh(k) for k in ("diff_chars", "diff_left", "diff"))
    return [*review_at_stop(agent, names, left, "1", fn, diff_function(fn, const, variant)),
            after_limit(agent, f"{const} = {chars}  # most characters of the diff sent for "
                               "review")]


DIFF_REVIEW: Mechanism = Mechanism(
    id="diff_review", family="testing", params=(Param("max_chars", 500, 20_000, log=True),),
    needs=(), fixes=("F11", "F3"), variants=("argv", "shell"),
    statement="When the model first stops after changing the repository, send it the diff "
              "(at most {max_chars} characters) to review before it finishes.",
    generate=diff_generate, existing=diff_existing)

# ---- M26 baseline_tests ----------------------------------------------------------------------


def baseline_function(fn: str, lines: str, variant: str) -> str:
    """The source of a function appending the tests' output before any change to a message."""
    return (f'def {fn}(text: str) -> str:\n'
            f'    """`text`, followed by the last {lines} lines the tests print before any\n'
            f'    change (a baseline: the failures that were there already)."""\n'
            f'{RUNS[variant]}\n'
            f'    tail = "\\n".join(done.stdout.splitlines()[-{lines}:])\n'
            f'    return (f"{{text}}\\n\\nThe tests before any change (last lines):\\n"\n'
            f'            f"{{tail}}\\n[exit code {{done.returncode}}]")\n')


def find_baseline(agent: AgentIndex) -> Found | None:
    """A function the first message passes through that runs the tests, and the module-level
    int of the lines it keeps."""
    path = agent.first_message.path
    runs = [f for f in first_chain(agent) if "pytest" in command_words(f)]
    return int_read(path, agent.tree(path), runs[0]) if runs else None


def baseline_existing(agent: AgentIndex) -> Params | None:
    found = find_baseline(agent)
    return {"lines": value(found)} if found else None


def baseline_generate(agent: AgentIndex, params: Params, names: Names,
                      variant: str) -> list[EditOp]:
    """Run the tests before the first model call and put the end of their output in the first
    message; the variants differ in how the tests are started."""
    lines = int(params["lines"])
    found = find_baseline(agent)
    if found:
        return [retune_int(agent, found[0], found[1], lines)]
    const, fn = names.fresh("base_lines"), names.fresh("with_base")
    path = agent.first_message.path
    return [wrap(agent, agent.first_message, agent.first_content, fn),
            before_def(agent, path, agent.first_message.first,
                       baseline_function(fn, const, variant)),
            after_limit(agent, f"{const} = {lines}  # lines of the tests' output before any "
                               "change, in the first message")]


BASELINE_TESTS: Mechanism = Mechanism(
    id="baseline_tests", family="testing", params=(Param("lines", 5, 100),),
    needs=("verify_on_done",), fixes=("F10",), variants=("argv", "shell"),
    statement="Run the tests before the first model call and put the last {lines} lines of "
              "their output in the first message, so failures that were already there are "
              "known.",
    generate=baseline_generate, existing=baseline_existing)

# ---- M28 test_output_tail --------------------------------------------------------------------

TAILS = {
    "slice": '''    lines = report.splitlines()
    if len(lines) > {lines}:
        left_out = f"[... {{len(lines) - {lines}}} earlier lines left out]"
        lines = [left_out, *lines[-{lines}:]]
    return "\\n".join(lines)''',
    "deque": '''    import collections

    kept = collections.deque(report.splitlines(), maxlen={lines})
    return "\\n".join(kept)''',
}


def tail_function(fn: str, lines: str, variant: str) -> str:
    """The source of a function keeping the last lines of a test report."""
    return (f'def {fn}(report: str | None) -> str | None:\n'
            f'    """The last {lines} lines of a test report (None stays None)."""\n'
            f'    if report is None:\n'
            f'        return None\n'
            f'{TAILS[variant].format(lines=lines)}\n')


def _verify_call(agent: AgentIndex) -> tuple[ast.stmt, ast.Call, list[ast.FunctionDef]]:
    """In verify_on_done's block: the statement calling the test helper, that call, and the
    block's other helpers."""
    found = find_review(agent, "pytest")
    if found is None:
        raise HookNotFound("verify_on_done", "test_output_tail shortens its report; add it first")
    runs = {f.name for f in found.helpers if "pytest" in command_words(f)}
    for s in found.node.body:
        for c in ast.walk(s):
            if isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id in runs:
                return s, c, [f for f in found.helpers if f.name not in runs]
    raise HookNotFound("verify_on_done", "its block never calls its test helper")


def find_tail(agent: AgentIndex) -> Found | None:
    """A helper in verify_on_done's block, running no command, around the test helper's
    report, and the module-level int of the lines it keeps."""
    if find_review(agent, "pytest") is None:
        return None
    path = agent.turn_loop.path
    others = [f for f in _verify_call(agent)[2] if not runs_commands(f)]
    return int_read(path, agent.tree(path), others[0]) if others else None


def tail_existing(agent: AgentIndex) -> Params | None:
    found = find_tail(agent)
    return {"lines": value(found)} if found else None


def tail_generate(agent: AgentIndex, params: Params, names: Names,
                  variant: str) -> list[EditOp]:
    """verify_on_done's test report cut to its last `lines` lines before it is sent; the
    variants keep them by slicing or through a bounded deque."""
    lines = int(params["lines"])
    found = find_tail(agent)
    if found:
        return [retune_int(agent, found[0], found[1], lines)]
    const, fn = names.fresh("tail_lines"), names.fresh("tail")
    stmt, call, _ = _verify_call(agent)
    path = agent.turn_loop.path
    return [wrap_node(agent, hook(path, agent.files[path], stmt), call, fn),
            before_def(agent, path, agent.turn_loop.first, tail_function(fn, const, variant)),
            after_limit(agent, f"{const} = {lines}  # last lines of a failing test run sent "
                               "to the model")]


TEST_OUTPUT_TAIL: Mechanism = Mechanism(
    id="test_output_tail", family="testing", params=(Param("lines", 10, 400, log=True),),
    needs=("verify_on_done",), fixes=("F6",), variants=("slice", "deque"),
    statement="Send only the last {lines} lines of the failing tests' output after a change.",
    generate=tail_generate, existing=tail_existing)

# ---- M25 tests_tool --------------------------------------------------------------------------

TOOL_RUNS = {
    "argv": '''    argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    done = subprocess.run([*argv, *([path] if path else [])], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True)''',
    "shell": '''    base = "python -m pytest -q -p no:cacheprovider"
    command = f"{base} {shlex.quote(path)} 2>&1" if path else f"{base} 2>&1"
    done = subprocess.run(["bash", "-c", command], stdout=subprocess.PIPE,
                          stdin=subprocess.DEVNULL, text=True)''',
}
TOOL_IMPORTS = {"argv": "import subprocess\nimport sys", "shell": "import shlex\nimport subprocess"}


def tests_tool_source(name: str, const: str, lines: int, variant: str) -> str:
    """The source of a tool module running the repository's tests, with no required input."""
    return (f'"""The {name} tool: run the repository\'s tests and return the end of their '
            f'output."""\n\n'
            f'from __future__ import annotations\n\n'
            f'{TOOL_IMPORTS[variant]}\n\n'
            f'{const} = {lines}  # last lines of the tests\' output returned\n\n'
            f'SCHEMA = {{\n'
            f'    "name": "{name}",\n'
            f'    "description": (\n'
            f'        "Run the repository\'s tests (all of them, or only those under path) and "\n'
            f'        "return the last lines of their output and the exit code."\n'
            f'    ),\n'
            f'    "input_schema": {{\n'
            f'        "type": "object",\n'
            f'        "properties": {{"path": {{"type": "string", "description": '
            f'"a test file or folder (optional)"}}}},\n'
            f'        "required": [],\n'
            f'    }},\n'
            f'}}\n\n\n'
            f'def run(path: str = "") -> str:\n'
            f'    """The last {const} lines the tests print, then their exit code."""\n'
            f'{TOOL_RUNS[variant]}\n'
            f'    kept = done.stdout.splitlines()[-{const}:]\n'
            f'    return "\\n".join(kept) + f"\\n[exit code {{done.returncode}}]"\n')


def find_tests_tool(agent: AgentIndex) -> Found | None:
    """A tool whose run needs no input and runs pytest, and the module-level int it reads."""
    for tool in agent.tools:
        tree = agent.tree(tool.path)
        run = next((f for f in tree.body if isinstance(f, ast.FunctionDef)
                    and f.name == "run"), None)
        if run is None or required_args(run) or "pytest" not in command_words(run):
            continue
        found = int_read(tool.path, tree, run)
        if found:
            return found
    return None


def required_args(fn: ast.FunctionDef) -> int:
    """How many of `fn`'s arguments a caller must give (those without a default)."""
    args = fn.args
    positional = len(args.posonlyargs) + len(args.args) - len(args.defaults)
    return positional + sum(d is None for d in args.kw_defaults)


def tests_tool_existing(agent: AgentIndex) -> Params | None:
    found = find_tests_tool(agent)
    return {"lines": value(found)} if found else None


def tests_tool_generate(agent: AgentIndex, params: Params, names: Names,
                        variant: str) -> list[EditOp]:
    """A new tool, next to the shell tool, that runs the tests and returns the end of their
    output; the variants differ in how pytest is started (argv, or a bash command line)."""
    lines = int(params["lines"])
    found = find_tests_tool(agent)
    if found:
        return [retune_int(agent, found[0], found[1], lines)]
    folder = agent.shell_tool().path.rpartition("/")[0]
    taken = {path.rpartition("/")[2].removesuffix(".py") for path in agent.files}
    name = names.fresh("tests_tool")
    while name in taken:
        name = names.fresh("tests_tool")
    path = f"{folder}/{name}.py" if folder else f"{name}.py"
    return [(path, None, tests_tool_source(name, "TAIL_LINES", lines, variant))]


TESTS_TOOL: Mechanism = Mechanism(
    id="tests_tool", family="testing", params=(Param("lines", 10, 400, log=True),), needs=(),
    fixes=("F3", "F5"), variants=("argv", "shell"),
    statement="Give the model a tool that runs the repository's tests and returns the last "
              "{lines} lines of their output.",
    generate=tests_tool_generate, existing=tests_tool_existing)
