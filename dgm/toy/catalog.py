"""The improvements the simulated model knows, as data: what to change and how to edit it.

Each improvement names the file it edits and a few edits. An edit finds `anchor`
(a regex) in the agent's current code and replaces the match by `replacement`, a
string.Template where $match is the matched text and $name a named group of the
anchor. Anchors are read from the code the simulated model viewed, so they keep
working as long as the lines they name are still there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from string import Template

# The simulated model's usual slip: a stray opening bracket, a syntax error anywhere.
SLIP_LINE = "(  # [simulated model slip]\n"
# A system prompt that asks for a test run (the toy's coding rule and a detection).
TESTS_REQUESTED = r"(?i)\brun\b[^.\n]{0,40}\btests?\b"


@dataclass(frozen=True)
class Edit:
    """One string replacement anchored on a regex match in the agent's code."""

    anchor: str
    replacement: str

    def find(self, code: str) -> re.Match[str] | None:
        """The anchor's match, if there is exactly one place to edit."""
        match = re.search(self.anchor, code, re.M)
        if match is None or code.count(match.group(0)) != 1:
            return None
        return match

    def new_text(self, match: re.Match[str], broken: bool = False) -> str:
        """The replacement for `match`; `broken` adds the slip line in front."""
        fields = {k: v or "" for k, v in match.groupdict().items()}
        text = Template(self.replacement).substitute(fields, match=match.group(0))
        if broken:
            found = match.group(0)
            indent = found[:len(found) - len(found.lstrip(" \t"))]
            text = indent + SLIP_LINE + text
        return text


@dataclass(frozen=True)
class Improvement:
    """One catalog entry: a problem statement plus how to recognise and make the change."""

    id: str
    title: str
    problem_statement: str
    present: str  # regex over the agent's code: it already has this improvement
    symptoms: str  # regex over evaluation logs that make this improvement more likely
    diagnosis: str  # what the simulated diagnoser says it saw
    path: str  # the file the edits apply to, relative to the agent's source root
    edits: tuple[Edit, ...]

    def is_present(self, code: str) -> bool:
        """Whether `code` (agent source, or any text that holds it) already has this."""
        return re.search(self.present, code, re.M | re.S) is not None


RUN_TESTS = Improvement(
    id="run_tests",
    title="Run the tests before finishing",
    problem_statement=(
        "The agent finishes without ever running the repository's tests, so a change that "
        "breaks the code goes unnoticed. Change SYSTEM_PROMPT in coding_agent.py to tell the "
        "model that after each change it must run the tests (for example "
        "`python -m pytest -q`) and fix every failure before it finishes."
    ),
    present=r'SYSTEM_PROMPT\s*=\s*"""(?:(?!""").)*?\b[Rr]un\b[^.\n"]{0,40}\btests?\b',
    symptoms=r"(?i)\b\d+ failed\b|\bFAILED\b|SyntaxError|AssertionError|IndentationError",
    diagnosis="The agent's patch broke or did not fix the code and it never ran the tests",
    path="coding_agent.py",
    edits=(Edit(
        anchor=r'^SYSTEM_PROMPT = """(?:(?!""").)*$',
        replacement=(
            "$match\nAfter each change, run the tests (for example `python -m pytest -q`) "
            "and fix every failure before you finish."
        ),
    ),),
)

MORE_TURNS = Improvement(
    id="more_turns",
    title="Allow more turns",
    problem_statement=(
        "The agent stops after MAX_TURNS model calls, which is too few to explore a repository "
        "and then make and check a change: runs end out of turns before the fix is made. "
        "Raise MAX_TURNS in coding_agent.py to 30."
    ),
    present=r"^MAX_TURNS\s*=\s*(?:[2-9]\d|\d{3,})\b",
    symptoms=r'"event": "out_of_turns"|(?i:ran out of turns)',  # the log event, not the code
    diagnosis="The agent ran out of turns before it changed anything",
    path="coding_agent.py",
    edits=(Edit(anchor=r"^MAX_TURNS = \d+", replacement="MAX_TURNS = 30"),),
)

_RETRY_CONSTANTS = (
    '$match\nEMPTY_DIFF_RETRIES = 2  # extra rounds when the model changed no file\n'
    'RETRY_PROMPT = "The diff is empty: you have not changed any file yet. Make the change now."'
)
_REPO_CHANGED = '''def repo_changed() -> bool:
    """Whether the repository (the current directory) differs from its last commit."""
    import subprocess

    status = subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True)
    return bool(status.stdout.strip())


$match'''
_RETRY_LOOP = """$match
${indent}for _ in range(EMPTY_DIFF_RETRIES):
${indent}    if repo_changed():
${indent}        break
${indent}    messages.append({"role": "user", "content": RETRY_PROMPT})
${indent}    run_loop($args)"""

RETRY_EMPTY = Improvement(
    id="retry_empty",
    title="Retry when the patch is empty",
    problem_statement=(
        "The agent often ends without changing any file, so its patch is empty. In "
        "coding_agent.py, after run_loop returns in main, check with `git status --porcelain` "
        "whether the repository changed; if not, append a user message saying the diff is "
        "empty and asking the model to make the change now, and run the loop again, up to "
        "EMPTY_DIFF_RETRIES = 2 times."
    ),
    present=r"^EMPTY_DIFF_RETRIES\s*=\s*[1-9]",
    symptoms=r"(?i)empty[ _]patch\W{1,4}true|\b[1-9]\d* empty patches|\(step: give_up\)",
    diagnosis="The agent stopped without changing any file, leaving an empty patch",
    path="coding_agent.py",
    edits=(
        Edit(anchor=r"^MAX_TOKENS = .*$", replacement=_RETRY_CONSTANTS),
        Edit(anchor=r"^def main\(", replacement=_REPO_CHANGED),
        Edit(anchor=r"^(?P<indent>[ \t]+)run_loop\((?P<args>[^()\n]*)\)[ \t]*$",
             replacement=_RETRY_LOOP),
    ),
)

_TRUNCATE = '''def truncate(text: str) -> str:
    """Keep the head and tail of a long tool output so the conversation stays small."""
    if len(text) <= MAX_OUTPUT_CHARS:
        return text
    half = MAX_OUTPUT_CHARS // 2
    cut = len(text) - 2 * half
    return text[:half] + f"\\n[... {cut} characters cut ...]\\n" + text[-half:]


$match'''

TRUNCATE_OUTPUT = Improvement(
    id="truncate_output",
    title="Truncate long tool output",
    problem_statement=(
        "A tool output can be huge (a grep over many files, a long log) and then the "
        "conversation no longer fits the model's context: the request fails with 'prompt is "
        "too long'. In coding_agent.py add MAX_OUTPUT_CHARS = 20000 and a function "
        "truncate(text) that keeps the first and last MAX_OUTPUT_CHARS // 2 characters with a "
        "note of how much was cut, and pass every tool output through it in run_loop."
    ),
    present=r"^MAX_OUTPUT_CHARS\s*=\s*[1-9]",
    symptoms=r"(?i)prompt is too long|context (?:length|window)",
    diagnosis="The conversation overflowed the model's context after a very long tool output",
    path="coding_agent.py",
    edits=(
        Edit(anchor=r"^MAX_TOKENS = .*$",
             replacement="$match\nMAX_OUTPUT_CHARS = 20000  # longer tool output is cut"),
        Edit(anchor=r"^def run_tool\(", replacement=_TRUNCATE),
        Edit(anchor=r"^(?P<indent>[ \t]+)(?P<var>\w+), \w+ = run_tool\(.*\)[ \t]*$",
             replacement="$match\n${indent}${var} = truncate(${var})"),
    ),
)

CATALOG: tuple[Improvement, ...] = (RUN_TESTS, MORE_TURNS, RETRY_EMPTY, TRUNCATE_OUTPUT)


def by_id(improvement_id: str) -> Improvement:
    """The catalog entry with this id."""
    for item in CATALOG:
        if item.id == improvement_id:
            return item
    raise KeyError(f"no improvement {improvement_id!r}; known: {[i.id for i in CATALOG]}")


def find_improvement(problem: str) -> Improvement | None:
    """The catalog entry a problem statement asks for (by its title or its statement)."""
    flat = " ".join(problem.split()).lower()
    for item in CATALOG:
        statement = " ".join(item.problem_statement.split()).lower()
        if item.title.lower() in flat or statement[:80] in flat:
            return item
    return None


def apply(item: Improvement, code: str) -> str | None:
    """`code` with every edit of `item` made, or None when an anchor is missing."""
    for edit in item.edits:
        match = edit.find(code)
        if match is None:
            return None
        code = code.replace(match.group(0), edit.new_text(match), 1)
    return code
