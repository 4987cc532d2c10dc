"""Edit builders shared by the mechanisms: whole-line `str_replace` edits at located hooks."""

from __future__ import annotations

import ast

from dgm.toy.agent_ast import AgentIndex, Hook, header, hook, indent_of, unique
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


def wrap_node(agent: AgentIndex, h: Hook, node: ast.expr, fn: str) -> EditOp:
    """The statement at `h` with the expression `node` (inside it) passed through `fn`."""
    lines = h.segment.splitlines()
    first, last = node.lineno - h.first, (node.end_lineno or node.lineno) - h.first
    end = node.end_col_offset or node.col_offset
    lines[last] = f"{lines[last][:end]}){lines[last][end:]}"
    lines[first] = f"{lines[first][:node.col_offset]}{fn}({lines[first][node.col_offset:]}"
    return h.path, unique(agent.files[h.path], h), "\n".join(lines)


def loop_top(agent: AgentIndex, line: str) -> EditOp:
    """One line inserted at the start of the turn loop's body."""
    path, src = agent.turn_loop.path, agent.files[agent.turn_loop.path]
    body = agent.turn_loop.node.body[0]  # type: ignore[attr-defined]
    h = hook(path, src, body)
    old = unique(src, h)
    return path, old, f"{indent_of(h.segment)}{line}\n{old}"


def at_dispatch(agent: AgentIndex, fn: str) -> EditOp:
    """The tool output passed through `fn` last, just before it becomes a tool result."""
    expr = agent.dispatch_expr
    if expr.isidentifier():
        return after_stmt(agent, agent.dispatch, f"{expr} = {fn}({expr})")
    return wrap(agent, agent.dispatch, expr, fn)


def wrap_returns(agent: AgentIndex, fn: str, code: str) -> list[EditOp]:
    """Every value the shell tool's run returns passed through `fn`, with `code` (module-level,
    defining `fn`) inserted before run."""
    tool = agent.shell_tool()
    src = agent.files[tool.path]
    edits: list[EditOp] = []
    returns = [n for n in ast.walk(tool.run.node) if isinstance(n, ast.Return)
               and n.value is not None]
    for ret in sorted(returns, key=lambda r: -r.lineno):
        h = hook(tool.path, src, ret)
        old = unique(src, h)
        value = ast.get_source_segment(src, ret.value) or ""  # type: ignore[arg-type]
        first = h.segment.splitlines()[0]
        prefix = first[:first.index("return")]
        edits.append((tool.path, old, f"{prefix}return {fn}({value}){old[len(h.segment):]}"))
    return edits + [before_def(agent, tool.path, tool.run.first, code)]
