"""Tool output mechanisms: M08 truncate, M09 error_summary, M11 compact_history
(WORLD_DESIGN.md A.8)."""

from __future__ import annotations

import ast

from dgm.toy.agent_ast import AgentIndex, hook, module_ints, unique
from dgm.toy.mechanisms.base import EditOp, Mechanism, Names, Param, Params
from dgm.toy.mechanisms.edits import (
    after_limit,
    after_stmt,
    at_dispatch,
    before_def,
    loop_top,
    retune_int,
    wrap_node,
    wrap_returns,
)
from dgm.toy.mechanisms.shapes import (
    Found,
    calls_method,
    dispatch_chain,
    dispatch_producer,
    filters,
    functions_called,
    int_read,
    result_innermost,
    runs_commands,
    value,
)

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
        return [at_dispatch(agent, fn),
            before_def(agent, agent.dispatch.path, agent.dispatch.first, code),
            after_limit(agent, setting)]
    return wrap_returns(agent, fn, f"{setting}\n\n\n{code}")


TRUNCATE: Mechanism = Mechanism(
    id="truncate", family="output",
    params=(Param("limit", 500, 50_000, log=True),
            Param("mode", choices=("head", "tail", "head_tail"))),
    needs=(), fixes=("F4", "F6"), variants=("dispatch", "tool"),
    statement="Cut every tool output longer than {limit} characters to its {mode} before it "
              "goes to the model.",
    generate=truncate_generate, existing=truncate_existing)

# ---- M09 error_summary -----------------------------------------------------------------------

MATCHES = {
    "regex": '''    import re

    telling = re.compile(r"error|fail|assert|traceback|^E\\s", re.IGNORECASE)
    middle = [line for line in lines[edge:-edge] if telling.search(line)]''',
    "keywords": '''    words = ("Error", "error", "FAIL", "fail", "assert", "Traceback")
    middle = [line for line in lines[edge:-edge]
              if line.startswith("E ") or any(w in line for w in words)]''',
}


SUMMARY = '''def {fn}(text: str) -> str:
    """`text`, or when it has more than {lines} lines: its first and last lines and those
    telling of failures and errors, {lines} lines in all."""
    lines = text.splitlines()
    if len(lines) <= {lines}:
        return text
    edge = {lines} // 4
{match}
    middle = middle[:{lines} - 2 * edge]
    left_out = len(lines) - 2 * edge - len(middle)
    note = f"[... {{left_out}} other lines left out ...]"
    return "\\n".join([*lines[:edge], note, *middle, *lines[-edge:]])'''


def _summarizes(fn: ast.FunctionDef) -> bool:
    """`fn` splits a text into lines and keeps some of them, running no command."""
    return calls_method(fn, "splitlines") and filters(fn) and not runs_commands(fn)


def find_summary(agent: AgentIndex) -> Found | None:
    """A function a tool's output passes through before it is sent that keeps its telling
    lines, and the module-level int of how many."""
    path = agent.dispatch.path
    found = [f for f in dispatch_chain(agent) if _summarizes(f)]
    return int_read(path, agent.tree(path), found[0]) if found else None


def summary_existing(agent: AgentIndex) -> Params | None:
    found = find_summary(agent)
    return {"lines": value(found)} if found else None


def summary_generate(agent: AgentIndex, params: Params, names: Names,
                     variant: str) -> list[EditOp]:
    """Each tool output reduced to its head, tail and telling lines when it is long, first
    thing after the tool runs (so that a cut at the dispatch comes after it); the variants
    tell the lines by a regex or by keywords."""
    lines = int(params["lines"])
    found = find_summary(agent)
    if found:
        return [retune_int(agent, found[0], found[1], lines)]
    const, fn = names.fresh("summary_lines"), names.fresh("summary")
    expr = agent.dispatch_expr
    first = after_stmt(agent, dispatch_producer(agent), f"{expr} = {fn}({expr})") \
        if expr.isidentifier() else wrap_node(agent, agent.dispatch, result_innermost(agent), fn)
    return [first,
            before_def(agent, agent.dispatch.path, agent.dispatch.first,
                       SUMMARY.format(fn=fn, lines=const, match=MATCHES[variant])),
            after_limit(agent, f"{const} = {lines}  # lines a long tool output is reduced to")]


ERROR_SUMMARY: Mechanism = Mechanism(
    id="error_summary", family="output", params=(Param("lines", 10, 200, log=True),),
    needs=("truncate",), fixes=("F4", "F5"), variants=("regex", "keywords"),
    statement="Reduce every tool output longer than {lines} lines to its first and last lines "
              "and the lines that tell of failures and errors, before any cut.",
    generate=summary_generate, existing=summary_existing)

# ---- M11 compact_history ---------------------------------------------------------------------

STUB = "[output of an earlier tool call left out to save space]"


COMPACT = '''def {fn}(messages: list) -> list:
    """`messages` with the tool results older than the last {keep} rounds replaced by a stub;
    each keeps its tool_use_id, so every call stays answered."""
    rounds = [i for i, m in enumerate(messages)
              if m["role"] == "user" and isinstance(m["content"], list)]
    old = set(rounds[:max(len(rounds) - {keep}, 0)])

    def stubbed(block: dict) -> dict:
        if block.get("type") == "tool_result":
            return {{**block, "content": "{stub}"}}
        return block

    return [{{**m, "content": [stubbed(b) for b in m["content"]]}} if i in old else m
            for i, m in enumerate(messages)]'''


def _compacts(fn: ast.FunctionDef) -> bool:
    """`fn` compares blocks' type with "tool_result" (it rewrites tool results)."""
    return any(isinstance(n, ast.Compare) and any(
        isinstance(c, ast.Constant) and c.value == "tool_result" for c in n.comparators)
        for n in ast.walk(fn))


def find_compact(agent: AgentIndex) -> Found | None:
    """A function rewriting tool results that the conversation passes through (at the model
    call, or at the top of the turn loop), and the module-level int of the rounds it keeps."""
    sites = [agent.model_call.node, agent.turn_loop.node.body[0]]  # type: ignore[attr-defined]
    for site in sites:
        path = agent.turn_loop.path if site is sites[1] else agent.model_call.path
        tree = agent.tree(path)
        for fn in functions_called(site, tree):
            if _compacts(fn):
                return int_read(path, tree, fn)
    return None


def compact_existing(agent: AgentIndex) -> Params | None:
    found = find_compact(agent)
    return {"keep": value(found)} if found else None


def compact_generate(agent: AgentIndex, params: Params, names: Names,
                     variant: str) -> list[EditOp]:
    """Tool results older than the last `keep` rounds become a stub: in the request only
    (`copy`, the history keeps them), or in the history itself (`in_place`)."""
    keep = int(params["keep"])
    found = find_compact(agent)
    if found:
        return [retune_int(agent, found[0], found[1], keep)]
    const, fn = names.fresh("keep_rounds"), names.fresh("compact")
    setting = f"{const} = {keep}  # latest rounds of tool results the model sees whole"
    if variant == "copy":
        call = next(n for n in ast.walk(agent.model_call.node) if isinstance(n, ast.Call)
                    and any(k.arg == "messages" for k in n.keywords))
        sent = next(k.value for k in call.keywords if k.arg == "messages")
        at = wrap_node(agent, agent.model_call, sent, fn)
        path, line = agent.model_call.path, agent.model_call.first
    else:
        at = loop_top(agent, f"{agent.history}[:] = {fn}({agent.history})")
        path, line = agent.turn_loop.path, agent.turn_loop.first
    code = COMPACT.format(fn=fn, keep=const, stub=STUB)
    return [at, before_def(agent, path, line, code),
            after_limit(agent, setting)]


COMPACT_HISTORY: Mechanism = Mechanism(
    id="compact_history", family="output", params=(Param("keep", 2, 20),), needs=(),
    fixes=("F6", "F4"), variants=("copy", "in_place"),
    statement="Replace the tool results older than the last {keep} rounds by a short stub "
              "(keeping every call answered), so long runs send smaller requests.",
    generate=compact_generate, existing=compact_existing)
