"""Reading and searching mechanisms: M14 repo_map, M15 preload_files (WORLD_DESIGN.md A.8)."""

from __future__ import annotations

import ast

from dgm.toy.agent_ast import AgentIndex, module_ints
from dgm.toy.mechanisms.base import EditOp, Mechanism, Names, Param, Params
from dgm.toy.mechanisms.edits import after_limit, before_def, retune_int, wrap, wrap_node
from dgm.toy.mechanisms.shapes import (
    Found,
    calls,
    calls_method,
    first_chain,
    first_innermost,
    int_read,
    value,
)

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


def find_map(agent: AgentIndex) -> Found | None:
    """The module-level int capping a file list the first message passes through: a function
    around its content that slices by that int."""
    path = agent.first_message.path
    tree = agent.tree(path)
    ints = module_ints(tree)
    for fn in first_chain(agent):
        for n in ast.walk(fn):
            if isinstance(n, ast.Slice) and isinstance(n.upper, ast.Name) and n.upper.id in ints:
                return path, ints[n.upper.id]
    return None


def repo_map_existing(agent: AgentIndex) -> Params | None:
    found = find_map(agent)
    return {"lines": value(found)} if found else None


def repo_map_generate(agent: AgentIndex, params: Params, names: Names,
                      variant: str) -> list[EditOp]:
    """The first user message followed by the repository's file list (`git ls-files`, or a
    walk of the tree), capped at `lines` names."""
    lines = int(params["lines"])
    path = agent.first_message.path
    found = find_map(agent)
    if found:
        return [retune_int(agent, path, found[1], lines)]
    const, fn = names.fresh("map_lines"), names.fresh("with_map")
    return [wrap(agent, agent.first_message, agent.first_content, fn),
            before_def(agent, path, agent.first_message.first, map_function(fn, const, variant)),
            after_limit(agent, f"{const} = {lines}  # most files named in the first message")]


REPO_MAP: Mechanism = Mechanism(
    id="repo_map", family="reading", params=(Param("lines", 50, 2000, log=True),), needs=(),
    fixes=("F1",), variants=("git", "walk"),
    statement="Put the list of the repository's files (at most {lines}) in the first message.",
    generate=repo_map_generate, existing=repo_map_existing)

# ---- M15 preload_files -----------------------------------------------------------------------

NAMED = {
    "git": '''    import re
    import subprocess

    listed = subprocess.run(["git", "ls-files"], capture_output=True, text=True).stdout.split()
    named = [p for p in listed if p.endswith(".py") and (p in text or "/" in p and re.search(
        r"\\b" + re.escape(p[:-3].replace("/", ".")) + r"\\b", text))]''',
    "scan": '''    import os
    import re
    from pathlib import Path

    named = []
    for token in re.findall(r"[\\w./-]+", text):
        parts = token.strip("./").split(".")
        tried = [token, *("/".join(parts[:k]) + ".py" for k in range(len(parts), 1, -1))]
        found = next((t for t in tried if t.endswith(".py") and os.path.isfile(t)), None)
        if found and found not in named:
            named.append(found)''',
}
READS = {
    "git": '''        with open(path, encoding="utf-8", errors="replace") as f:
            body = f.read(left)''',
    "scan": '''        body = Path(path).read_text(encoding="utf-8", errors="replace")[:left]''',
}


def preload_function(fn: str, cap: str, variant: str) -> str:
    """The source of a function appending the files a message names to it."""
    return (f'def {fn}(text: str) -> str:\n'
            f'    """`text`, followed by the Python files it names (a path, or a dotted module\n'
            f'    name), at most {cap} characters of them."""\n'
            f'{NAMED[variant]}\n'
            f'    shown, left = [], {cap}\n'
            f'    for path in named:\n'
            f'        if left <= 0:\n'
            f'            break\n'
            f'{READS[variant]}\n'
            f'        shown.append(f"--- {{path}} ---\\n{{body}}")\n'
            f'        left -= len(body)\n'
            f'    if not shown:\n'
            f'        return text\n'
            f'    return text + "\\n\\nFiles the task names:\\n" + "\\n".join(shown)\n')


def find_preload(agent: AgentIndex) -> Found | None:
    """A function the first message passes through that reads files, and the module-level
    int capping the characters it adds."""
    path = agent.first_message.path
    reads = [f for f in first_chain(agent) if calls(f, "open") or calls_method(f, "read_text")]
    return int_read(path, agent.tree(path), reads[0]) if reads else None


def preload_existing(agent: AgentIndex) -> Params | None:
    found = find_preload(agent)
    return {"chars": value(found)} if found else None


def preload_generate(agent: AgentIndex, params: Params, names: Names,
                     variant: str) -> list[EditOp]:
    """The first message followed by the text of the Python files the task names, found in
    `git ls-files` or by trying each word as a path or a dotted module. It goes innermost, so
    it reads the task, not what other passes (a file list) add."""
    chars = int(params["chars"])
    found = find_preload(agent)
    if found:
        return [retune_int(agent, found[0], found[1], chars)]
    const, fn = names.fresh("preload_chars"), names.fresh("with_files")
    path = agent.first_message.path
    return [wrap_node(agent, agent.first_message, first_innermost(agent), fn),
            before_def(agent, path, agent.first_message.first,
                       preload_function(fn, const, variant)),
            after_limit(agent, f"{const} = {chars}  # most characters of named files in the "
                               "first message")]


PRELOAD_FILES: Mechanism = Mechanism(
    id="preload_files", family="reading", params=(Param("chars", 1000, 30_000, log=True),),
    needs=("repo_map",), fixes=("F5", "F1"), variants=("git", "scan"),
    statement="Put the text of the Python files the task names (at most {chars} characters) "
              "in the first message.",
    generate=preload_generate, existing=preload_existing)
