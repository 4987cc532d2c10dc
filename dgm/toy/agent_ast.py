"""Hook points of a coding agent's source, located by structure and never by names
(WORLD_DESIGN.md B.4), so that a mechanism can edit an agent however it names things.

`index(files)` parses every .py file and finds the model call (keywords `messages=` and
`max_tokens=`), the turn loop around it and the module-level int bounding it, the branch that
stops the loop, the history list, the tool-result dispatch, the first user message, the tools
loader, each tool module's SCHEMA and run, and the entry point. Each hook carries its file,
whole-line range and exact source text, ready for a `str_replace`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field


class HookNotFound(ValueError):
    """A hook point is missing: the agent's structure differs from what the locators know."""

    def __init__(self, hook: str, why: str) -> None:
        super().__init__(f"hook not found: {hook} ({why}); the agent must keep this shape, or "
                         "the locator in dgm/toy/agent_ast.py must learn the new one")
        self.hook = hook


@dataclass(frozen=True)
class Hook:
    """One located piece of source: whole lines `first`..`last` (1-based) of `path`."""

    path: str
    first: int
    last: int
    segment: str  # the exact text of those lines, without the final newline
    node: ast.AST = field(compare=False, repr=False)
    name: str = ""  # the bound name, where the hook is a name (a constant, a variable)


@dataclass(frozen=True)
class ToolHook:
    """One tool module: its SCHEMA assignment and its run function."""

    path: str
    schema: Hook
    run: Hook
    shell: bool  # run takes an input and starts a subprocess: the shell-like tool


@dataclass(frozen=True)
class AgentIndex:
    """The parsed agent and its hooks (B.4)."""

    files: dict[str, str]
    trees: dict[str, ast.Module]
    entry: Hook  # the function called under `if __name__ == "__main__"`
    model_call: Hook  # the statement holding the call
    request_kwargs: tuple[str, ...]
    turn_loop: Hook
    after_loop: Hook  # the entry function's statement that runs the turn loop
    turn_limit: Hook  # its name, and the int in the node's value
    stop_branch: Hook  # the `if` in the loop body that returns or breaks
    history: str  # the list the loop appends the model's answers to
    dispatch: Hook  # the statement producing the tool-result content
    dispatch_expr: str  # the expression under "content"
    first_message: Hook  # the statement building the first conversation
    first_content: str  # the expression under the first user message's "content"
    tools_loader: Hook
    tools: tuple[ToolHook, ...]

    def tree(self, path: str) -> ast.Module:
        return self.trees[path]

    def shell_tool(self) -> ToolHook:
        """The tool whose run starts a subprocess."""
        found = [t for t in self.tools if t.shell]
        if not found:
            raise HookNotFound("shell tool", "no tool module's run starts a subprocess")
        return found[0]


def hook(path: str, source: str, node: ast.stmt, name: str = "") -> Hook:
    """The whole lines of `node` in `source` as a Hook."""
    first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
    last = node.end_lineno or node.lineno
    lines = source.splitlines()[first - 1:last]
    return Hook(path, first, last, "\n".join(lines), node, name)


def header(path: str, source: str, node: ast.stmt) -> Hook:
    """The lines of a compound statement before its body (a `for` line; a `def` line with its
    decorators)."""
    first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
    last = node.body[0].lineno - 1  # type: ignore[attr-defined]
    lines = source.splitlines()[first - 1:last]
    return Hook(path, first, last, "\n".join(lines), node)


def unique(source: str, h: Hook) -> str:
    """`h`'s segment, extended by following lines until it occurs once in `source`."""
    lines = source.splitlines()
    last = h.last
    text = h.segment
    while source.count(text) > 1 and last < len(lines):
        last += 1
        text = "\n".join(lines[h.first - 1:last])
    return text


def indent_of(segment: str) -> str:
    """The leading whitespace of a segment's first line."""
    line = segment.splitlines()[0]
    return line[:len(line) - len(line.lstrip())]


def str_key(node: ast.expr | None, key: str) -> bool:
    return isinstance(node, ast.Constant) and node.value == key


def dict_value(node: ast.Dict, key: str) -> ast.expr | None:
    """The value under the string `key` in a dict literal."""
    for k, v in zip(node.keys, node.values, strict=True):
        if str_key(k, key):
            return v
    return None


def parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    """Each node's parent."""
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def enclosing(node: ast.AST, up: dict[ast.AST, ast.AST], kinds: tuple[type, ...]) -> ast.AST:
    """The nearest ancestor of one of `kinds`."""
    while node in up:
        node = up[node]
        if isinstance(node, kinds):
            return node
    raise LookupError


def statement(node: ast.AST, up: dict[ast.AST, ast.AST]) -> ast.stmt:
    """The statement holding `node`."""
    while not isinstance(node, ast.stmt):
        node = up[node]
    return node


def module_ints(tree: ast.Module) -> dict[str, ast.Assign]:
    """Module-level `NAME = <int>` assignments, by name."""
    return {s.targets[0].id: s for s in tree.body
            if isinstance(s, ast.Assign) and len(s.targets) == 1
            and isinstance(s.targets[0], ast.Name) and isinstance(s.value, ast.Constant)
            and type(s.value.value) is int}


def _model_call(trees: dict[str, ast.Module]) -> tuple[str, ast.Call]:
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and {"messages", "max_tokens"} <= {
                    k.arg for k in node.keywords}:
                return path, node
    raise HookNotFound("model_call", "no call with keywords messages= and max_tokens=")


def _calls_to(tree: ast.Module, name: str) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name) and n.func.id == name]


def _turn_loop(tree: ast.Module, call: ast.Call) -> ast.For | ast.While:
    """The loop around the model call, directly or around a call of the function holding it."""
    up = parents(tree)
    node: ast.AST = call
    for _ in range(3):
        try:
            return enclosing(node, up, (ast.For, ast.While))  # type: ignore[return-value]
        except LookupError:
            try:
                fn = enclosing(node, up, (ast.FunctionDef,))
            except LookupError:
                break
            callers = _calls_to(tree, fn.name)  # type: ignore[attr-defined]
            if not callers:
                break
            node = callers[0]
    raise HookNotFound("turn_loop", "no for/while loop encloses the model call")


def _bound(tree: ast.Module, loop: ast.For | ast.While) -> ast.Assign:
    bound = loop.iter if isinstance(loop, ast.For) else loop.test
    ints = module_ints(tree)
    for n in ast.walk(bound):
        if isinstance(n, ast.Name) and n.id in ints:
            return ints[n.id]
    raise HookNotFound("turn_limit", "the turn loop's bound is no module-level int")


def _stop_branch(loop: ast.For | ast.While) -> ast.If:
    for s in loop.body:
        if isinstance(s, ast.If) and not s.orelse \
                and isinstance(s.body[-1], ast.Return | ast.Break):
            return s
    raise HookNotFound("stop_branch", "no `if` in the turn loop's body returns or breaks")


def _history(loop: ast.For | ast.While) -> str:
    for n in ast.walk(loop):
        if (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                and n.func.attr == "append" and isinstance(n.func.value, ast.Name) and n.args
                and isinstance(n.args[0], ast.Dict)
                and str_key(dict_value(n.args[0], "role"), "assistant")):
            return n.func.value.id
    raise HookNotFound("history", "the turn loop appends no assistant message to a list")


def _dispatch(tree: ast.Module) -> tuple[ast.stmt, ast.expr]:
    up = parents(tree)
    for n in ast.walk(tree):
        if isinstance(n, ast.Dict) and str_key(dict_value(n, "type"), "tool_result"):
            value = dict_value(n, "content")
            if value is None:
                continue
            if not isinstance(value, ast.Name):
                return statement(n, up), value
            fn = enclosing(n, up, (ast.FunctionDef,))
            assigns = [s for s in ast.walk(fn) if isinstance(s, ast.Assign | ast.AugAssign)
                       and s.lineno < n.lineno and value.id in _targets(s)]
            if assigns:
                return max(assigns, key=lambda s: s.lineno), value
    raise HookNotFound("dispatch", 'no dict literal with "type": "tool_result" and "content"')


def _targets(s: ast.Assign | ast.AugAssign) -> set[str]:
    nodes = s.targets if isinstance(s, ast.Assign) else [s.target]
    return {n.id for t in nodes for n in ast.walk(t) if isinstance(n, ast.Name)}


def _first_message(tree: ast.Module) -> tuple[ast.stmt, ast.expr]:
    for s in ast.walk(tree):
        if isinstance(s, ast.Assign) and isinstance(s.value, ast.List) and s.value.elts:
            first = s.value.elts[0]
            if isinstance(first, ast.Dict) and str_key(dict_value(first, "role"), "user"):
                content = dict_value(first, "content")
                if content is not None:
                    return s, content
    raise HookNotFound("first_message", "no list literal starting with a user message")


def _after_loop(tree: ast.Module, loop: ast.AST, entry: ast.FunctionDef) -> ast.stmt:
    """The statement of `entry` calling the function that holds `loop` (or a caller of it)."""
    up = parents(tree)
    reaching = {enclosing(loop, up, (ast.FunctionDef,)).name}  # type: ignore[attr-defined]
    for _ in range(3):
        reaching |= {enclosing(c, up, (ast.FunctionDef,)).name  # type: ignore[attr-defined]
                     for name in list(reaching) for c in _calls_to(tree, name)
                     if c in up and _in_function(c, up)}
    for node in ast.walk(entry):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in reaching:
            return statement(node, up)
    raise HookNotFound("after_loop", "the entry function never runs the turn loop")


def _in_function(node: ast.AST, up: dict[ast.AST, ast.AST]) -> bool:
    try:
        enclosing(node, up, (ast.FunctionDef,))
    except LookupError:
        return False
    return True


def _tools_loader(tree: ast.Module) -> ast.FunctionDef:
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef) and any(
                isinstance(n, ast.Attribute) and n.attr == "SCHEMA" for n in ast.walk(fn)) \
                and any(isinstance(n, ast.Attribute) and n.attr == "exec_module"
                        for n in ast.walk(fn)):
            return fn
    raise HookNotFound("tools_loader", "no function imports modules and reads their SCHEMA")


def _entry(tree: ast.Module) -> ast.FunctionDef:
    functions = {f.name: f for f in tree.body if isinstance(f, ast.FunctionDef)}
    for s in tree.body:
        if isinstance(s, ast.If) and "__main__" in ast.unparse(s.test):
            for n in ast.walk(s):
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) \
                        and n.func.id in functions:
                    return functions[n.func.id]
    raise HookNotFound("entry", 'no `if __name__ == "__main__"` calling a function')


def _tool(path: str, source: str, tree: ast.Module) -> ToolHook | None:
    schema = next((s for s in tree.body if isinstance(s, ast.Assign)
                   and any(isinstance(t, ast.Name) and t.id == "SCHEMA" for t in s.targets)),
                  None)
    run = next((f for f in tree.body if isinstance(f, ast.FunctionDef) and f.name == "run"),
               None)
    if schema is None or run is None:
        return None
    helpers = {c.func.id for c in ast.walk(run) if isinstance(c, ast.Call)
               and isinstance(c.func, ast.Name)}
    # run takes an input (a command) and starts a subprocess, itself or through a helper; a
    # runner needing no input (a tests tool) is not the shell
    takes = len(run.args.posonlyargs) + len(run.args.args) - len(run.args.defaults) > 0
    shell = takes and any(isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
                          and n.value.id == "subprocess" for f in tree.body
                          if isinstance(f, ast.FunctionDef) and (f is run or f.name in helpers)
                          for n in ast.walk(f))
    return ToolHook(path, hook(path, source, schema), hook(path, source, run), shell)


def index(files: dict[str, str]) -> AgentIndex:
    """Parse the agent's .py files and locate its hooks; HookNotFound names a missing one."""
    trees = {p: ast.parse(s, p) for p, s in files.items() if p.endswith(".py")}
    path, call = _model_call(trees)
    src, tree = files[path], trees[path]
    loop = _turn_loop(tree, call)
    dispatch, expr = _dispatch(tree)
    first, content = _first_message(tree)
    limit = _bound(tree, loop)
    entry = _entry(tree)
    tools = tuple(tool for p, module in sorted(trees.items()) if p != path
                  for tool in [_tool(p, files[p], module)] if tool)
    return AgentIndex(
        files=dict(files), trees=trees,
        entry=hook(path, src, entry),
        model_call=hook(path, src, statement(call, parents(tree))),
        request_kwargs=tuple(k.arg for k in call.keywords if k.arg),
        turn_loop=hook(path, src, loop),
        after_loop=hook(path, src, _after_loop(tree, loop, entry)),
        turn_limit=hook(path, src, limit, limit.targets[0].id),  # type: ignore[attr-defined]
        stop_branch=hook(path, src, _stop_branch(loop)),
        history=_history(loop),
        dispatch=hook(path, src, dispatch),
        dispatch_expr=ast.get_source_segment(src, expr) or "",
        first_message=hook(path, src, first),
        first_content=ast.get_source_segment(src, content) or "",
        tools_loader=hook(path, src, _tools_loader(tree)),
        tools=tools,
    )
