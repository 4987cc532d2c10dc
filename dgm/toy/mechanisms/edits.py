"""Edit builders shared by the mechanisms: whole-line `str_replace` edits at located hooks."""

from __future__ import annotations

import ast

from dgm.toy.agent_ast import (
    AgentIndex,
    Hook,
    header,
    hook,
    indent_of,
    module_ints,
    parents,
    unique,
)
from dgm.toy.mechanisms.base import EditOp


def retune_int(agent: AgentIndex, path: str, assign: ast.Assign, value: int) -> EditOp:
    """Change the int of a module-level `NAME = <int>` line, keeping its comment."""
    h = hook(path, agent.files[path], assign)
    line = h.segment
    v = assign.value
    new = line[:v.col_offset] + str(value) + line[v.end_col_offset or v.col_offset:]
    return path, unique(agent.files[path], h), new


def after_limit(agent: AgentIndex, lines: str) -> EditOp:
    """Module-level lines inserted after the turn-limit constant (the entry file's settings)."""
    h = agent.turn_limit
    old = unique(agent.files[h.path], h)
    return h.path, old, f"{old}\n{lines}"


def top_level(agent: AgentIndex, path: str, line: int) -> ast.stmt:
    """The module-level statement holding `line`."""
    for s in agent.tree(path).body:
        if s.lineno <= line <= (s.end_lineno or s.lineno):
            return s
    raise LookupError(line)


def before_def(agent: AgentIndex, path: str, line: int, code: str) -> EditOp:
    """`code` (module-level) inserted before the top-level function holding `line`."""
    fn = top_level(agent, path, line)
    h = header(path, agent.files[path], fn)
    old = unique(agent.files[path], h)
    return path, old, f"{code.rstrip()}\n\n\n{old}"


def wrap(agent: AgentIndex, h: Hook, expr: str, fn: str) -> EditOp:
    """The statement at `h` with its expression `expr` passed through `fn`."""
    if h.segment.count(expr) != 1:
        raise ValueError(f"{expr!r} is not unique in {h.segment!r}")
    return h.path, unique(agent.files[h.path], h), h.segment.replace(expr, f"{fn}({expr})")


def after_stmt(agent: AgentIndex, h: Hook, line: str) -> EditOp:
    """One line appended after the statement at `h`, at its indentation."""
    old = unique(agent.files[h.path], h)
    return h.path, old, f"{old}\n{indent_of(h.segment)}{line}"


def block(code: str, indent: str) -> str:
    """`code` (lines without indentation) indented by `indent`."""
    return "\n".join(f"{indent}{line}" if line else "" for line in code.splitlines())


def stop_injection(agent: AgentIndex, counter: str, limit: str, code: str) -> list[EditOp]:
    """Edits adding `code` at the start of the turn loop's stop branch (run before it stops,
    may `continue` the loop), with `counter = limit` set before the loop."""
    path, src = agent.turn_loop.path, agent.files[agent.turn_loop.path]
    branch = agent.stop_branch
    node = branch.node
    body_at = node.body[0].lineno - branch.first  # type: ignore[attr-defined]
    lines = branch.segment.splitlines()
    inner = indent_of("\n".join(lines[body_at:]))
    new_branch = "\n".join([*lines[:body_at], block(code, inner), *lines[body_at:]])
    loop_head = header(path, src, agent.turn_loop.node)  # type: ignore[arg-type]
    head_old = unique(src, loop_head)
    init = f"{indent_of(loop_head.segment)}{counter} = {limit}\n{head_old}"
    return [(path, unique(src, branch), new_branch), (path, head_old, init)]


def stop_checks(agent: AgentIndex, negated: bool) -> list[tuple[str, int]]:
    """In the stop branch, the injected `if COUNTER > 0 and [not] CALL():` blocks: for each, the
    name and value of the module-level int that COUNTER starts from."""
    path = agent.turn_loop.path
    tree, found = agent.tree(path), []
    ints = module_ints(tree)
    fn = _function_of(tree, agent.turn_loop.node)
    for s in agent.stop_branch.node.body:  # type: ignore[attr-defined]
        counter = _guard(s, negated)
        start = _start(fn, counter) if counter else None
        if start in ints:
            found.append((start, ints[start].value.value))  # type: ignore[attr-defined]
    return found


def start_assign(agent: AgentIndex, name: str) -> ast.Assign:
    """The module-level int assignment of `name` in the loop's file."""
    return module_ints(agent.tree(agent.turn_loop.path))[name]


def _guard(s: ast.stmt, negated: bool) -> str | None:
    if not (isinstance(s, ast.If) and isinstance(s.test, ast.BoolOp)
            and isinstance(s.test.op, ast.And) and len(s.test.values) == 2
            and any(isinstance(n, ast.Continue) for n in ast.walk(s))):
        return None
    compare, check = s.test.values
    if isinstance(check, ast.UnaryOp) and isinstance(check.op, ast.Not):
        if not negated:
            return None
        check = check.operand
    elif negated:
        return None
    if isinstance(compare, ast.Compare) and isinstance(compare.left, ast.Name) \
            and isinstance(check, ast.Call):
        return compare.left.id
    return None


def _function_of(tree: ast.Module, node: ast.AST) -> ast.AST:
    up = parents(tree)
    while not isinstance(node, ast.FunctionDef):
        node = up[node]
    return node


def _start(fn: ast.AST, counter: str) -> str | None:
    for s in ast.walk(fn):
        if isinstance(s, ast.Assign) and len(s.targets) == 1 \
                and isinstance(s.targets[0], ast.Name) and s.targets[0].id == counter \
                and isinstance(s.value, ast.Name):
            return s.value.id
    return None
