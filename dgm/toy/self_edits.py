"""A self-modification as the edits that make it, and the bugs it may carry (WORLD_DESIGN.md
B.6-7), for the open world's self-modifier.

`edits_between(before, after)` turns a change of the agent's files into what a model sends: a
create per new file and, per changed file, one str_replace per block of nearby changed lines,
its old text widened until unique. `with_bug(kind, before, after, draws)` plants a bug in the
new lines only: a syntax slip, a call of a helper never written on a branch that runs only
sometimes, a flipped comparison or an absurd number, or a user message sent as a tool result no
call asked for (the API refuses it); a kind with no place in the change falls back to semantic.
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Callable

from dgm.toy.agent_ast import parents
from dgm.toy.catalog import SLIP_LINE
from dgm.toy.conversation import Draws
from dgm.toy.mechanisms import EditOp, apply_edits
from dgm.toy.tool_use import parses

MERGE_GAP = 12  # changed line blocks this close are rewritten in one edit
FLIPS: dict[type[ast.cmpop], str] = {ast.Lt: ">=", ast.LtE: ">", ast.Gt: "<=", ast.GtE: "<",
                                     ast.Eq: "!=", ast.NotEq: "=="}
UNDEFINED = ("note_event", "record_retry", "log_cut", "report_state")  # helpers never written
ORPHAN = '[{{"type": "tool_result", "tool_use_id": "toolu_nudge", "content": {}}}]'


def edits_between(before: dict[str, str], after: dict[str, str]) -> list[EditOp]:
    """Edits turning `before` into `after`, to apply in order."""
    edits: list[EditOp] = []
    for path in sorted(after):
        if path not in before:
            edits.append((path, None, after[path]))
            continue
        current = before[path]
        while current != after[path]:
            edits.append(_next_block(path, current, after[path]))
            current = apply_edits({path: current}, edits[-1:])[path]
    return edits


def _next_block(path: str, current: str, target: str) -> EditOp:
    """The first changed block (with the blocks near it), widened by unchanged lines until its
    old text occurs once."""
    old, new = current.split("\n"), target.split("\n")
    ops = [o[1:] for o in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
           if o[0] != "equal"]
    i1, i2, j1, j2 = ops[0]
    rest = ops[1:]
    while True:
        if rest and rest[0][0] - i2 <= MERGE_GAP:
            i2, j2 = rest[0][1], rest[0][3]
            rest = rest[1:]
        elif i2 > i1 and current.count("\n".join(old[i1:i2])) == 1:
            return path, "\n".join(old[i1:i2]), "\n".join(new[j1:j2])
        elif i2 < len(old):
            i2, j2 = i2 + 1, j2 + 1
        elif i1 > 0:
            i1, j1 = i1 - 1, j1 - 1
        else:
            return path, current, target


def repair(files: dict[str, str]) -> EditOp | None:
    """The edit taking a slip line out again."""
    for path, text in sorted(files.items()):
        lines = text.split("\n")
        at = next((i for i, line in enumerate(lines) if line.strip() == SLIP_LINE.strip()), 0)
        if at:
            last = at + 1
            while text.count("\n".join(lines[at - 1:last])) > 1 and last < len(lines):
                last += 1
            return path, "\n".join(lines[at - 1:last]), "\n".join([lines[at - 1],
                                                                   *lines[at + 1:last]])
    return None


def with_bug(kind: str | None, before: dict[str, str], after: dict[str, str],
             draws: Draws) -> tuple[dict[str, str], str | None]:
    """`after` with a bug of `kind` in its new lines, and the kind it got (semantic where
    `kind` has no place, None when no bug fits)."""
    for made in dict.fromkeys([kind, "semantic"] if kind else []):
        for path in sorted(p for p in after if after[p] != before.get(p)):
            added = _added(before.get(path, ""), after[path])
            text = BUGS[made](after[path].split("\n"), added, draws)
            if text is not None and parses(text) == (made != "syntax"):
                return {**after, path: text}, made
    return after, None


def _added(old: str, new: str) -> set[int]:
    """Line numbers (1-based) of `new` that `old` does not have."""
    ops = difflib.SequenceMatcher(None, old.split("\n"), new.split("\n"), autojunk=False)
    return {j + 1 for tag, _, _, j1, j2 in ops.get_opcodes() if tag != "equal"
            for j in range(j1, j2)}


def _inside(node: ast.stmt | ast.expr, added: set[int]) -> bool:
    """Every line of `node` is new."""
    return all(n in added for n in range(node.lineno, (node.end_lineno or node.lineno) + 1))


def _slip(lines: list[str], added: set[int], draws: Draws) -> str | None:
    """A line opening a bracket it never closes, after a new line of code."""
    code = [n for n in sorted(added) if lines[n - 1].strip()
            and not lines[n - 1].lstrip().startswith(("#", '"', "'"))]
    if not code:
        return None
    n = code[draws.randint("slip_at", 0, len(code) - 1)]
    indent = lines[n - 1][:len(lines[n - 1]) - len(lines[n - 1].lstrip())]
    return "\n".join([*lines[:n], indent + SLIP_LINE.rstrip("\n"), *lines[n:]])


def _runtime(lines: list[str], added: set[int], draws: Draws) -> str | None:
    """A call of a helper never written, on a new branch: at its start, or after it when it is
    a guard that returns (the rarer path)."""
    tree = ast.parse("\n".join(lines))
    up = parents(tree)
    branches = [n for n in ast.walk(tree) if isinstance(n, ast.If) and _inside(n, added)]
    taken = set(re.findall(r"\w+", "\n".join(lines)))
    name = next((n for n in UNDEFINED if n not in taken), None)
    if not branches or name is None:
        return None
    branch = branches[draws.randint("runtime_at", 0, len(branches) - 1)]
    siblings = next((b for f in ("body", "orelse", "finalbody")
                     if branch in (b := getattr(up[branch], f, []))), [branch])
    after = siblings[siblings.index(branch) + 1:]
    target = after[0] if isinstance(branch.body[-1], ast.Return) and after \
        and _inside(after[0], added) else branch.body[0]
    at = target.lineno - 1
    return "\n".join([*lines[:at], f"{lines[at][:target.col_offset]}{name}()", *lines[at:]])


def _semantic(lines: list[str], added: set[int], draws: Draws) -> str | None:
    """A comparison flipped, or a module-level number made absurd (0)."""
    tree = ast.parse("\n".join(lines))
    quoted = {id(n) for s in ast.walk(tree) if isinstance(s, ast.JoinedStr) for n in ast.walk(s)}
    spots: list[tuple[ast.expr, str]] = [
        (n, f"{ast.unparse(n.left)} {FLIPS[type(n.ops[0])]} {ast.unparse(n.comparators[0])}")
        for n in ast.walk(tree) if isinstance(n, ast.Compare) and len(n.ops) == 1
        and type(n.ops[0]) in FLIPS and n.lineno == n.end_lineno and _inside(n, added)
        and id(n) not in quoted]  # positions inside f-strings are not to be trusted
    spots += [(s.value, "0") for s in tree.body if isinstance(s, ast.Assign)
              and isinstance(s.value, ast.Constant) and type(s.value.value) is int
              and s.value.value != 0 and _inside(s, added)]
    if not spots:
        return None
    node, text = spots[draws.randint("semantic_at", 0, len(spots) - 1)]
    return _replace(lines, node, text)


def _contract(lines: list[str], added: set[int], draws: Draws) -> str | None:
    """A new user message sent as a tool result no call asked for (the API refuses it)."""
    tree = ast.parse("\n".join(lines))
    contents = [v for n in ast.walk(tree) if isinstance(n, ast.Call) and _inside(n, added)
                for v in [_user_content(n)] if v is not None and v.lineno == v.end_lineno]
    if not contents:
        return None
    node = contents[draws.randint("contract_at", 0, len(contents) - 1)]
    return _replace(lines, node, ORPHAN.format(ast.unparse(node)))


def _user_content(call: ast.Call) -> ast.expr | None:
    """The content of the user message a `LIST.append({"role": "user", ...})` call adds."""
    message = call.args[0] if len(call.args) == 1 else None
    if not (isinstance(call.func, ast.Attribute) and call.func.attr == "append"
            and isinstance(message, ast.Dict)):
        return None
    fields = {k.value: v for k, v in zip(message.keys, message.values, strict=True)
              if isinstance(k, ast.Constant)}
    role = fields.get("role")
    return fields.get("content") if isinstance(role, ast.Constant) and role.value == "user" \
        else None


def _replace(lines: list[str], node: ast.expr, text: str) -> str:
    """The lines with one-line `node` replaced by `text`."""
    line = lines[node.lineno - 1]
    changed = [*lines]
    changed[node.lineno - 1] = line[:node.col_offset] + text + line[node.end_col_offset or 0:]
    return "\n".join(changed)


Bug = Callable[[list[str], set[int], Draws], str | None]
BUGS: dict[str, Bug] = {"syntax": _slip, "runtime": _runtime, "semantic": _semantic,
                        "contract": _contract}
