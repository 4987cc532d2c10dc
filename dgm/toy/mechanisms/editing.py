"""Editing mechanisms: M22 compile_check (WORLD_DESIGN.md A.8)."""

from __future__ import annotations

import ast

from dgm.toy.agent_ast import AgentIndex
from dgm.toy.mechanisms.base import EditOp, Mechanism, Names, Param, Params
from dgm.toy.mechanisms.edits import (
    after_limit,
    at_dispatch,
    before_def,
    retune_int,
    wrap_returns,
)
from dgm.toy.mechanisms.shapes import (
    Found,
    calls,
    command_words,
    dispatch_chain,
    int_read,
    tool_wrappers,
    value,
)

# Each variant appends what the compiler says about the changed Python files to a tool's
# output: `dispatch` runs py_compile in a subprocess (its .pyc files kept out of the
# repository) where the agent sends a tool result; `tool` compiles in-process inside the
# shell tool's run.
CHECKS = {
    "dispatch": '''def {fn}(text: str) -> str:
    """`text`, followed by py_compile's complaints about changed Python files, if any (at
    most {lines} lines)."""
    import os
    import subprocess
    import sys
    import tempfile

    status = subprocess.run(["git", "status", "--porcelain", "-uall"],
                            capture_output=True, text=True)
    paths = [line[3:].split(" -> ")[-1] for line in status.stdout.splitlines()]
    paths = [p for p in paths if p.endswith(".py") and os.path.isfile(p)]
    if not paths:
        return text
    cache = "pycache_prefix=" + os.path.join(tempfile.gettempdir(), "agent-pycache")
    done = subprocess.run([sys.executable, "-X", cache, "-m", "py_compile", *paths],
                          capture_output=True, text=True)
    if done.returncode == 0:
        return text
    report = (done.stdout + done.stderr).splitlines()[-{lines}:]
    return text + "\\n[compile check of the changed files]\\n" + "\\n".join(report)''',
    "tool": '''def {fn}(text: str) -> str:
    """`text`, followed by the syntax errors of changed Python files, if any (at most
    {lines} of them)."""
    import os
    import subprocess

    listed = []
    for argv in (["git", "diff", "--name-only", "HEAD"],
                 ["git", "ls-files", "--others", "--exclude-standard"]):
        listed += subprocess.run(argv, capture_output=True, text=True).stdout.splitlines()
    problems = []
    for path in listed:
        if not path.endswith(".py") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            source = f.read()
        try:
            compile(source, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            where = getattr(error, "lineno", "?")
            problems.append(f"{{path}}:{{where}}: {{type(error).__name__}}: {{error}}")
    if not problems:
        return text
    report = problems[-{lines}:]
    return text + "\\n[compile check of the changed files]\\n" + "\\n".join(report)''',
}


def _compiles(fn: ast.FunctionDef) -> bool:
    """`fn` runs py_compile or calls the builtin compile()."""
    return "py_compile" in command_words(fn) or calls(fn, "compile")


def find_compile(agent: AgentIndex) -> Found | None:
    """A function that compiles files, which a tool's output passes through (where the agent
    sends tool results, or in a tool's run), and the module-level int capping its report."""
    path = agent.dispatch.path
    sent = [(path, f) for f in dispatch_chain(agent)]
    for where, fn in sent + tool_wrappers(agent):
        if _compiles(fn):
            return int_read(where, agent.tree(where), fn)
    return None


def compile_existing(agent: AgentIndex) -> Params | None:
    found = find_compile(agent)
    return {"lines": value(found)} if found else None


def compile_generate(agent: AgentIndex, params: Params, names: Names,
                     variant: str) -> list[EditOp]:
    """Every tool output is followed by what the compiler says about the changed .py files
    (nothing when they compile): at the dispatch, or in the shell tool's run."""
    lines = int(params["lines"])
    found = find_compile(agent)
    if found:
        return [retune_int(agent, found[0], found[1], lines)]
    const, fn = names.fresh("compile_lines"), names.fresh("compiled")
    setting = f"{const} = {lines}  # most lines of compiler complaints after a tool's output"
    code = CHECKS[variant].format(fn=fn, lines=const)
    if variant == "tool":
        return wrap_returns(agent, fn, f"{setting}\n\n\n{code}\n")
    return [at_dispatch(agent, fn),
            before_def(agent, agent.dispatch.path, agent.dispatch.first, code),
            after_limit(agent, setting)]


COMPILE_CHECK: Mechanism = Mechanism(
    id="compile_check", family="editing", params=(Param("lines", 2, 40),), needs=(),
    fixes=("F3",), variants=("dispatch", "tool"),
    statement="After every tool call, compile the changed Python files and append what the "
              "compiler says (at most {lines} lines) to the tool's output.",
    generate=compile_generate, existing=compile_existing)
