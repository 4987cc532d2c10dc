"""Structural readings that several mechanisms' detectors share: the blocks injected at the
turn loop's stop, the functions the first message and each tool result pass through, the
commands a function runs and the module-level ints it reads. Judged from the code's shape,
never from its names or prose."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from dgm.toy.agent_ast import (
    AgentIndex,
    Hook,
    dict_value,
    hook,
    module_ints,
    parents,
    str_key,
)

Found = tuple[str, ast.Assign]  # (path, a module-level `NAME = <int>`): a mechanism's tunable


def value(found: Found) -> int:
    """The int a found tunable holds."""
    return found[1].value.value  # type: ignore[attr-defined, no-any-return]


def module_function(tree: ast.Module, name: str) -> ast.FunctionDef | None:
    """The top-level function `name` of a module."""
    return next((f for f in tree.body if isinstance(f, ast.FunctionDef) and f.name == name),
                None)


def functions_called(node: ast.AST, tree: ast.Module) -> list[ast.FunctionDef]:
    """The module's top-level functions that `node` calls by name, in the order they appear."""
    names = [c.func.id for c in ast.walk(node) if isinstance(c, ast.Call)
             and isinstance(c.func, ast.Name)]
    found = [module_function(tree, n) for n in dict.fromkeys(names)]
    return [f for f in found if f is not None]


def int_read(path: str, tree: ast.Module, fn: ast.FunctionDef) -> Found | None:
    """The first module-level int of `fn`'s module that `fn` reads."""
    ints = module_ints(tree)
    for n in ast.walk(fn):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in ints:
            return path, ints[n.id]
    return None


def command_words(fn: ast.FunctionDef) -> set[str]:
    """The words of the commands `fn` runs: string items of list literals (an argv) and string
    constants bound to a name (a command line)."""
    texts = [e.value for n in ast.walk(fn) if isinstance(n, ast.List) for e in n.elts
             if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    texts += [n.value.value for n in ast.walk(fn) if isinstance(n, ast.Assign)
              and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)]
    return {word for text in texts for word in text.split()}


def runs_commands(fn: ast.FunctionDef) -> bool:
    """`fn` starts a subprocess."""
    return any(isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
               and n.value.id == "subprocess" for n in ast.walk(fn))


def calls(fn: ast.FunctionDef, name: str) -> bool:
    """`fn` calls the function `name` (a builtin, `name(...)`)."""
    return any(isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == name
               for c in ast.walk(fn))


def calls_method(fn: ast.FunctionDef, name: str) -> bool:
    """`fn` calls a method `name` (`x.name(...)`)."""
    return any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
               and c.func.attr == name for c in ast.walk(fn))


def filters(fn: ast.FunctionDef) -> bool:
    """`fn` has a comprehension with a condition (it keeps some items of a sequence)."""
    return any(isinstance(n, ast.comprehension) and n.ifs for n in ast.walk(fn))


# ---- the stop branch -------------------------------------------------------------------------


@dataclass(frozen=True)
class StopBlock:
    """An `if COUNTER > 0 and [not] CHECK():` block at the loop's stop that continues the loop."""

    node: ast.If
    negated: bool  # the check is negated: it acts when the repository has NOT changed
    start: ast.Assign | None  # the module-level int the counter starts from (None: a literal)
    times: int  # how many times it acts
    helpers: tuple[ast.FunctionDef, ...]  # module functions its body calls


def stop_blocks(agent: AgentIndex) -> list[StopBlock]:
    """The counted blocks at the start of the stop branch, in order."""
    tree = agent.tree(agent.turn_loop.path)
    fn = _function_of(tree, agent.turn_loop.node)
    found = []
    for s in agent.stop_branch.node.body:  # type: ignore[attr-defined]
        guard = _guard(s)
        start = _start(tree, fn, guard[0]) if guard else None
        if guard and start is not None and isinstance(s, ast.If):
            assign, times = start
            found.append(StopBlock(s, guard[1], assign, times,
                                   tuple(functions_called(ast.Module(s.body, []), tree))))
    return found


def _guard(s: ast.stmt) -> tuple[str, bool] | None:
    """(counter, negated) of an `if COUNTER > 0 and [not] CALL():` that continues the loop."""
    if not (isinstance(s, ast.If) and isinstance(s.test, ast.BoolOp)
            and isinstance(s.test.op, ast.And) and len(s.test.values) == 2
            and any(isinstance(n, ast.Continue) for n in ast.walk(s))):
        return None
    compare, check = s.test.values
    negated = isinstance(check, ast.UnaryOp) and isinstance(check.op, ast.Not)
    if negated:
        check = check.operand  # type: ignore[attr-defined]
    if isinstance(compare, ast.Compare) and isinstance(compare.left, ast.Name) \
            and isinstance(check, ast.Call):
        return compare.left.id, negated
    return None


def _function_of(tree: ast.Module, node: ast.AST) -> ast.AST:
    up = parents(tree)
    while not isinstance(node, ast.FunctionDef):
        node = up[node]
    return node


def _start(tree: ast.Module, fn: ast.AST, counter: str) -> tuple[ast.Assign | None, int] | None:
    """What `counter` is set to in `fn`: a module-level int (its assignment) or an int literal."""
    ints = module_ints(tree)
    for s in ast.walk(fn):
        if isinstance(s, ast.Assign) and len(s.targets) == 1 \
                and isinstance(s.targets[0], ast.Name) and s.targets[0].id == counter:
            if isinstance(s.value, ast.Name) and s.value.id in ints:
                assign = ints[s.value.id]
                return assign, assign.value.value  # type: ignore[attr-defined]
            if isinstance(s.value, ast.Constant) and type(s.value.value) is int:
                return None, s.value.value
    return None


# ---- what the first message and the tool results pass through -----------------------------------


def first_chain(agent: AgentIndex) -> list[ast.FunctionDef]:
    """The module functions the first message's content is passed through, outermost first:
    `f(g(text))` gives [f, g]."""
    return _chain(_first_content(agent), agent.tree(agent.first_message.path))


def first_innermost(agent: AgentIndex) -> ast.expr:
    """The innermost call of the first message's chain (`g(text)` in `f(g(text))`), or its
    content expression when that is no call of a module function."""
    tree = agent.tree(agent.first_message.path)
    expr = _first_content(agent)
    if expr is None:
        raise LookupError(agent.first_content)
    while isinstance(expr, ast.Call) and _module_call(expr, tree) \
            and _module_call(expr.args[0], tree):
        expr = expr.args[0]
    return expr


def _module_call(expr: ast.expr, tree: ast.Module) -> bool:
    """`expr` calls a top-level function of the module with at least one argument."""
    return isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and bool(expr.args) \
        and module_function(tree, expr.func.id) is not None


def _first_content(agent: AgentIndex) -> ast.expr | None:
    """The expression under "content" in the first message of the first conversation."""
    value = getattr(agent.first_message.node, "value", None)
    if isinstance(value, ast.List) and value.elts and isinstance(value.elts[0], ast.Dict):
        return dict_value(value.elts[0], "content")
    return None


def _result_content(agent: AgentIndex) -> ast.expr | None:
    """The expression under "content" in the dispatch's tool_result dict literal."""
    return next((dict_value(n, "content") for n in ast.walk(agent.dispatch.node)
                 if isinstance(n, ast.Dict) and str_key(dict_value(n, "type"), "tool_result")),
                None)


def _chain(expr: ast.expr | None, tree: ast.Module) -> list[ast.FunctionDef]:
    """The module functions of nested one-argument calls `f(g(x))`, outermost first."""
    chain = []
    while isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.args:
        fn = module_function(tree, expr.func.id)
        if fn is None:
            break
        chain.append(fn)
        expr = expr.args[0]
    return chain


def dispatch_chain(agent: AgentIndex) -> list[ast.FunctionDef]:
    """The module functions a tool's output passes through before it becomes a tool result:
    `X = f(X)` statements after the one producing X, or calls around the content expression."""
    path = agent.dispatch.path
    tree = agent.tree(path)
    if not agent.dispatch_expr.isidentifier():
        return _chain(_result_content(agent), tree)
    producer = dispatch_producer(agent)
    stmts = _siblings(tree, agent.dispatch.node)  # type: ignore[arg-type]
    start = stmts.index(producer.node) + 1  # type: ignore[arg-type]
    end = stmts.index(agent.dispatch.node) + 1  # type: ignore[arg-type]
    return [f for s in stmts[start:end] for f in functions_called(s, tree)]


def result_innermost(agent: AgentIndex) -> ast.expr:
    """The tool output inside the calls around the dispatch's content expression (`x` in
    `"content": f(g(x))`): where a first pass goes."""
    tree = agent.tree(agent.dispatch.path)
    expr = _result_content(agent)
    if expr is None:
        raise LookupError(agent.dispatch_expr)
    while isinstance(expr, ast.Call) and _module_call(expr, tree):
        expr = expr.args[0]
    return expr


def dispatch_producer(agent: AgentIndex) -> Hook:
    """The statement producing the tool output the dispatch sends, before any `X = f(X)`
    passes (where new passes go first)."""
    path = agent.dispatch.path
    tree, name = agent.tree(path), agent.dispatch_expr
    stmts = _siblings(tree, agent.dispatch.node)  # type: ignore[arg-type]
    at = stmts.index(agent.dispatch.node)  # type: ignore[arg-type]
    while at > 0 and _pass_of(stmts[at], name):
        at -= 1
    return hook(path, agent.files[path], stmts[at])


def _pass_of(s: ast.stmt, name: str) -> bool:
    """`s` is `name = f(name)`."""
    return (isinstance(s, ast.Assign) and len(s.targets) == 1
            and isinstance(s.targets[0], ast.Name) and s.targets[0].id == name
            and isinstance(s.value, ast.Call) and len(s.value.args) == 1
            and isinstance(s.value.args[0], ast.Name) and s.value.args[0].id == name)


def _siblings(tree: ast.Module, s: ast.stmt) -> list[ast.stmt]:
    """The statement list holding `s`."""
    parent = parents(tree)[s]
    for name in ("body", "orelse", "finalbody"):
        stmts = getattr(parent, name, [])
        if s in stmts:
            return stmts
    raise LookupError(s)


def tool_wrappers(agent: AgentIndex) -> list[tuple[str, ast.FunctionDef]]:
    """(path, function) of each module function a tool's run passes its returned text through."""
    found = []
    for tool in agent.tools:
        tree = agent.tree(tool.path)
        for ret in ast.walk(tool.run.node):
            if isinstance(ret, ast.Return) and ret.value is not None:
                found += [(tool.path, f) for f in _chain(ret.value, tree)]
    return found
