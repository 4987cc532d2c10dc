"""Tool output mechanisms: M08 truncate (WORLD_DESIGN.md A.8)."""

from __future__ import annotations

import ast

from dgm.toy.agent_ast import AgentIndex, hook, module_ints, unique
from dgm.toy.mechanisms.base import EditOp, Mechanism, Names, Param, Params
from dgm.toy.mechanisms.edits import after_limit, after_stmt, before_def, block, retune_int, wrap

CUTS = {
    "head": 'return {t}[:{n}] + f"\\n[... {{len({t}) - {n}}} characters cut]"',
    "tail": 'return f"[{{len({t}) - {n}}} characters cut ...]\\n" + {t}[-{n}:]',
    "head_tail": 'return ({t}[:{n} // 2] + f"\\n[... {{len({t}) - {n}}} characters cut ...]\\n"\n'
                 '        + {t}[-({n} - {n} // 2):])',
}


def cut_function(fn: str, limit: str, mode: str) -> str:
    """The source of a function cutting a text longer than `limit` characters."""
    return (f'def {fn}(text: str) -> str:\n'
            f'    """`text`, or its {mode.replace("_", " and ")} when it is longer than '
            f'{limit} characters."""\n'
            f'    if len(text) <= {limit}:\n'
            f'        return text\n'
            f'    {CUTS[mode].format(t="text", n=limit)}\n')


def _mode(fn: ast.FunctionDef, arg: str) -> str | None:
    slices = [n.slice for n in ast.walk(fn) if isinstance(n, ast.Subscript)
              and isinstance(n.value, ast.Name) and n.value.id == arg
              and isinstance(n.slice, ast.Slice)]
    head = any(s.lower is None and s.upper is not None for s in slices)
    tail = any(s.lower is not None and s.upper is None for s in slices)
    return "head_tail" if head and tail else "head" if head else "tail" if tail else None


def _len_bounds(fn: ast.FunctionDef, ints: dict[str, ast.Assign]) -> list[tuple[str, str]]:
    """(text name, constant name) of each `len(NAME) <op> CONSTANT` in `fn`."""
    found = []
    for n in ast.walk(fn):
        if isinstance(n, ast.Compare) and len(n.comparators) == 1:
            left, right = n.left, n.comparators[0]
            if isinstance(left, ast.Call) and ast.unparse(left.func) == "len" \
                    and len(left.args) == 1 and isinstance(left.args[0], ast.Name) \
                    and isinstance(right, ast.Name) and right.id in ints:
                found.append((left.args[0].id, right.id))
    return found


def _tool_run(tree: ast.Module, fn: ast.FunctionDef) -> bool:
    """`fn` is the run function of a tool module."""
    return fn.name == "run" and any(isinstance(t, ast.Name) and t.id == "SCHEMA"
                                    for s in tree.body if isinstance(s, ast.Assign)
                                    for t in s.targets)


def _called(tree: ast.Module, fn: ast.FunctionDef) -> bool:
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
               and n.func.id == fn.name for n in ast.walk(tree))


def find_cut(agent: AgentIndex) -> tuple[str, ast.FunctionDef, str, str] | None:
    """A function returning slices of a text when its length passes a module-level int: a
    called helper slicing its parameter, or a tool's run slicing its own output:
    (path, function, constant, mode)."""
    for path, tree in agent.trees.items():
        ints = module_ints(tree)
        for fn in tree.body:
            if not isinstance(fn, ast.FunctionDef):
                continue
            run, helper = _tool_run(tree, fn), _called(tree, fn)
            params = [a.arg for a in fn.args.args]
            for text, limit in _len_bounds(fn, ints):
                mode = _mode(fn, text)
                if mode and (run or (helper and text in params)):
                    return path, fn, limit, mode
    return None


def truncate_existing(agent: AgentIndex) -> Params | None:
    found = find_cut(agent)
    if found is None:
        return None
    path, _, limit, mode = found
    return {"limit": module_ints(agent.tree(path))[limit].value.value,  # type: ignore[attr-defined]
            "mode": mode}


def _retune(agent: AgentIndex, found: tuple[str, ast.FunctionDef, str, str],
            limit: int, mode: str) -> list[EditOp]:
    path, fn, const, old_mode = found
    edits = [retune_int(agent, path, module_ints(agent.tree(path))[const], limit)]
    if mode != old_mode and [a.arg for a in fn.args.args] == [_len_bounds(fn, {
            const: module_ints(agent.tree(path))[const]})[0][0]]:  # a one-text cut helper
        h = hook(path, agent.files[path], fn)
        edits.append((path, unique(agent.files[path], h),
                      cut_function(fn.name, const, mode).rstrip()))
    return edits


def truncate_generate(agent: AgentIndex, params: Params, names: Names,
                      variant: str) -> list[EditOp]:
    """`dispatch`: each tool result is cut where it is put in the conversation; `tool`: the
    shell tool's run cuts what it returns. A cut already there gets the new limit, and the new
    mode when it is a one-text helper (another shape keeps its mode)."""
    limit, mode = int(params["limit"]), str(params["mode"])
    found = find_cut(agent)
    if found:
        return _retune(agent, found, limit, mode)
    const, fn = names.fresh("limit"), names.fresh("cut")
    setting = f"{const} = {limit}  # longest tool output sent to the model, in characters"
    code = cut_function(fn, const, mode)
    if variant == "dispatch":
        return _at_dispatch(agent, fn) + [
            before_def(agent, agent.dispatch.path, agent.dispatch.first, code),
            after_limit(agent, setting)]
    return _in_tool(agent, fn, f"{setting}\n\n\n{code}")


def _at_dispatch(agent: AgentIndex, fn: str) -> list[EditOp]:
    expr = agent.dispatch_expr
    if expr.isidentifier():
        return [after_stmt(agent, agent.dispatch, f"{expr} = {fn}({expr})")]
    return [wrap(agent, agent.dispatch, expr, fn)]


def _in_tool(agent: AgentIndex, fn: str, code: str) -> list[EditOp]:
    tool = agent.shell_tool()
    src = agent.files[tool.path]
    run: ast.FunctionDef = tool.run.node  # type: ignore[assignment]
    edits: list[EditOp] = []
    returns = [n for n in ast.walk(run) if isinstance(n, ast.Return) and n.value is not None]
    for ret in sorted(returns, key=lambda r: -r.lineno):
        h = hook(tool.path, src, ret)
        value = ast.get_source_segment(src, ret.value) or ""  # type: ignore[arg-type]
        first = h.segment.splitlines()[0]
        prefix = first[:first.index("return")]
        edits.append((tool.path, unique(src, h), f"{prefix}return {fn}({value})"))
    return edits + [before_def(agent, tool.path, tool.run.first, block(code, ""))]


TRUNCATE: Mechanism = Mechanism(
    id="truncate", family="output",
    params=(Param("limit", 500, 50_000, log=True),
            Param("mode", choices=("head", "tail", "head_tail"))),
    needs=(), fixes=("F4", "F6"), variants=("dispatch", "tool"),
    statement="Cut every tool output longer than {limit} characters to its {mode} before it "
              "goes to the model.",
    generate=truncate_generate, existing=truncate_existing)
