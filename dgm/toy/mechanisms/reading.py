"""Reading and searching mechanisms: M14 repo_map (WORLD_DESIGN.md A.8)."""

from __future__ import annotations

import ast

from dgm.toy.agent_ast import AgentIndex, dict_value, module_ints
from dgm.toy.mechanisms.base import EditOp, Mechanism, Names, Param, Params
from dgm.toy.mechanisms.edits import after_limit, before_def, retune_int, wrap

LISTINGS = {
    "git": '''    import subprocess

    done = subprocess.run(["git", "ls-files"], capture_output=True, text=True)
    names = done.stdout.splitlines()''',
    "walk": '''    import os

    names = sorted(os.path.relpath(os.path.join(folder, name))
                   for folder, subfolders, files in os.walk(".")
                   if ".git" not in folder.split(os.sep) for name in files)''',
}


def map_function(fn: str, limit: str, variant: str) -> str:
    """The source of a function appending the repository's file list to a message."""
    return (f'def {fn}(text: str) -> str:\n'
            f'    """`text` followed by the files of the repository, at most {limit} of them."""\n'
            f'{LISTINGS[variant]}\n'
            f'    more = (f"\\n[... {{len(names) - {limit}}} more]"\n'
            f'            if len(names) > {limit} else "")\n'
            f'    shown = "\\n".join(names[:{limit}])\n'
            f'    return f"{{text}}\\n\\nFiles in the repository:\\n{{shown}}{{more}}"\n')


def first_content(node: ast.AST) -> ast.expr | None:
    """The expression under "content" in the first user message of a list literal."""
    value = getattr(node, "value", None)
    if isinstance(value, ast.List) and isinstance(value.elts[0], ast.Dict):
        return dict_value(value.elts[0], "content")
    return None


def find_map(agent: AgentIndex) -> str | None:
    """The module-level int capping the file list the first message is passed through: the
    first message's content is a call of a module function that slices by that int."""
    path = agent.first_message.path
    tree = agent.tree(path)
    content = first_content(agent.first_message.node)
    if not isinstance(content, ast.Call) or not isinstance(content.func, ast.Name):
        return None
    fn = next((f for f in tree.body if isinstance(f, ast.FunctionDef)
               and f.name == content.func.id), None)
    ints = module_ints(tree)
    for n in ast.walk(fn) if fn else ():
        if isinstance(n, ast.Slice) and isinstance(n.upper, ast.Name) and n.upper.id in ints:
            return n.upper.id
    return None


def repo_map_existing(agent: AgentIndex) -> Params | None:
    name = find_map(agent)
    if name is None:
        return None
    return {"lines": module_ints(agent.tree(agent.first_message.path))[name].value.value}  # type: ignore[attr-defined]


def repo_map_generate(agent: AgentIndex, params: Params, names: Names,
                      variant: str) -> list[EditOp]:
    """The first user message followed by the repository's file list (`git ls-files`, or a
    walk of the tree), capped at `lines` names."""
    lines = int(params["lines"])
    path = agent.first_message.path
    found = find_map(agent)
    if found:
        return [retune_int(agent, path, module_ints(agent.tree(path))[found], lines)]
    const, fn = names.fresh("map_lines"), names.fresh("with_map")
    return [wrap(agent, agent.first_message, agent.first_content, fn),
            before_def(agent, path, agent.first_message.first, map_function(fn, const, variant)),
            after_limit(agent, f"{const} = {lines}  # most files named in the first message")]


REPO_MAP: Mechanism = Mechanism(
    id="repo_map", family="reading", params=(Param("lines", 50, 2000, log=True),), needs=(),
    fixes=("F1",), variants=("git", "walk"),
    statement="Put the list of the repository's files (at most {lines}) in the first message.",
    generate=repo_map_generate, existing=repo_map_existing)
