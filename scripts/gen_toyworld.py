"""Generate the toyworld benchmark (evals/bundled/toyworld/): 60 small Python tasks whose repos
really have the toy world's task features (dgm/toy/WORLD_DESIGN.md, section A.5).

Deterministic: one seeded random.Random drives every choice, so regenerating gives the same
bytes. Run from anywhere:  python scripts/gen_toyworld.py [--out DIR] [--seed N]

Each task is built from a template (a bug in a parsing, arithmetic or string function, a missing
option, a rename or an extracted helper) whose names, constants and bugs vary by seed; the
features then shape the repo around it (padding, a duplicate, noisy or slow tests, ...).
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import shutil
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dgm.toy.world import FEATURES, WORLD  # noqa: E402

SEED = 18
OUT = ROOT / "evals" / "bundled" / "toyworld"
# Selection tasks (split medium; its first SMALL are split small), then held-out tasks.
GROUPS = (("medium", 40), ("heldout", 20))
SMALL = 10
KIND_SHARES = {"bugfix": 0.50, "feature": 0.30, "refactor": 0.20}
DIFFICULTY_SHARES = {1: 0.40, 2: 0.35, 3: 0.25}
# Share of tasks with each feature (A.5), and the kind a feature is limited to, if any.
SHARES = {"big_module": 0.25, "noisy_tests": 0.25, "slow_tests": 0.20,
          "preexisting_failure": 0.15, "duplicate_snippet": 0.15, "large_patch": 0.10,
          "stdout_checked": 0.10, "confusing_output": 0.10, "visible_tests_silent": 0.20,
          "multi_file": 0.20}
ONLY_KIND = {"large_patch": "refactor", "stdout_checked": "feature",
             "duplicate_snippet": "bugfix"}
SLOW_REFACTOR_SHARE = 0.60  # slow tests sit mostly on refactors (A.5: "refactor 60%")
SIM_SECONDS = 90
NOISE_LINES = 400
TEST_COMMAND = "python -m pytest -q -p no:cacheprovider tests"
MOD = "MOD."  # stands for the module under test in test bodies

Tests = list[tuple[str, str]]  # (test name, body lines using MOD.)


@dataclass
class Unit:
    """The code one task patches (in each patched module) with its tests and its issue text."""

    slug: str  # template name, part of the task id
    name: str  # the function the issue is about
    before: str  # its source before the reference patch (and any helpers beside it)
    after: str
    visible: Tests  # pass before and after
    hidden: Tests  # fail before (at least one), pass after
    title: str
    issue: str
    stdout_call: str = ""  # an expression using the new behaviour (stdout_checked)
    args: str = ""  # arguments of a sample call, "(10, 3)" (bug templates, reused by renames)


@dataclass
class Slot:
    """One task being planned: its kind, difficulty, features and split."""

    kind: str
    difficulty: int
    split: str
    features: set[str] = field(default_factory=set)


def code(text: str) -> str:
    """Dedented source text ending in one newline."""
    return textwrap.dedent(text).strip("\n") + "\n"


# ---- templates: bug fixes ---------------------------------------------------------------------


def bug_ceil(rng: random.Random) -> Unit:
    """Integer division rounds up by one even when the items fill the last container."""
    thing = rng.choice(["page", "box", "batch", "crate", "sheet", "tray", "bin", "row"])
    per, fill = rng.randint(3, 9), rng.randint(2, 6)
    name = f"{thing}_count"
    src = code(f'''
        def {name}(total: int, per_{thing}: int) -> int:
            """How many {thing}s hold `total` items, `per_{thing}` to a {thing}."""
            if per_{thing} <= 0:
                raise ValueError("per_{thing} must be positive")
            return total // per_{thing} + 1
        ''')
    fixed = src.replace(f"total // per_{thing} + 1", f"-(-total // per_{thing})")
    return Unit("ceil-count", name, src, fixed,
                [("rounds_up", f"assert MOD.{name}({per * fill + 1}, {per}) == {fill + 1}\n"
                               f"assert MOD.{name}(1, {per}) == 1")],
                [("exact_fill", f"assert MOD.{name}({per * fill}, {per}) == {fill}"),
                 ("nothing", f"assert MOD.{name}(0, {per}) == 0")],
                f"{name} is one too high when the items fill the last {thing}",
                f"`{name}({per * fill}, {per})` returns {fill + 1}, but {fill} {thing}s of "
                f"{per} hold {per * fill} items exactly. It should return the smallest number "
                f"of {thing}s that hold `total` items (0 for no items), and still raise "
                f"ValueError for a non-positive size.", args=f"({per * fill + 1}, {per})")


def bug_clamp(rng: random.Random) -> Unit:
    """Values above the range come back as its lower bound."""
    what = rng.choice(["volume", "speed", "score", "level", "ratio", "weight"])
    low, high = rng.randint(1, 5), rng.randint(20, 60)
    name = f"clamp_{what}"
    src = code(f'''
        def {name}(value: float, low: float = {low}, high: float = {high}) -> float:
            """`value` limited to the range [low, high]."""
            if low > high:
                raise ValueError("low must not exceed high")
            if value < low:
                return low
            return value if value <= high else low
        ''')
    fixed = src.replace("return value if value <= high else low", "return min(value, high)")
    return Unit("clamp-high", name, src, fixed,
                [("inside", f"assert MOD.{name}({low + 3}) == {low + 3}"),
                 ("below", f"assert MOD.{name}({low - 10}) == {low}")],
                [("above", f"assert MOD.{name}({high + 7}) == {high}"),
                 ("above_custom", f"assert MOD.{name}(100, 0, 10) == 10")],
                f"{name} returns the lower bound for values above the range",
                f"`{name}({high + 7})` gives {low}; a value above the range must come back "
                f"as the upper bound ({high} by default). Values inside the range are returned "
                f"unchanged and values below it become `low`.", args=f"({low + 3})")


def bug_pairs(rng: random.Random) -> Unit:
    """Keys and values keep the spaces around them."""
    name = rng.choice(["parse_pairs", "read_options", "parse_tags", "split_fields"])
    sep, eq = rng.choice([";", ",", "&", "|"]), rng.choice(["=", ":"])
    key = rng.choice(["mode", "color", "owner", "region"])
    src = code(f'''
        def {name}(text: str) -> dict[str, str]:
            """Read "key{eq}value" pairs separated by "{sep}" into a dict."""
            result = {{}}
            for part in text.split("{sep}"):
                if not part.strip():
                    continue
                key, value = part.split("{eq}", 1)
                result[key] = value
            return result
        ''')
    fixed = src.replace("result[key] = value", "result[key.strip()] = value.strip()")
    return Unit("pairs-strip", name, src, fixed,
                [("plain", f'assert MOD.{name}("a{eq}1{sep}b{eq}2") == {{"a": "1", "b": "2"}}'),
                 ("empty", f'assert MOD.{name}("") == {{}}')],
                [("spaces", f'assert MOD.{name}(" {key} {eq} x {sep} b{eq}2 ") == '
                            f'{{"{key}": "x", "b": "2"}}')],
                f"{name} keeps the spaces around keys and values",
                f'`{name}("{key} {eq} x{sep} b{eq}2")` gives keys like `"{key} "` and `" b"`. '
                f"Whitespace around each key and each value should be ignored, so the result "
                f'is `{{"{key}": "x", "b": "2"}}`.', args=f'("a{eq}1{sep}b{eq}2")')


def bug_truncate(rng: random.Random) -> Unit:
    """A cut text ends up longer than the width it was cut to."""
    name = rng.choice(["shorten", "truncate_label", "clip_title", "ellipsize"])
    mark = rng.choice(["...", "~", "..", "+"])
    width = rng.randint(8, 20)
    src = code(f'''
        def {name}(text: str, width: int) -> str:
            """`text` cut to at most `width` characters, ending in "{mark}" when cut."""
            if len(text) <= width:
                return text
            return text[:width] + "{mark}"
        ''')
    fixed = src.replace("return text[:width] + ", f"return text[: max(width - {len(mark)}, 0)] + ")
    return Unit("truncate-width", name, src, fixed,
                [("short", f'assert MOD.{name}("abc", {width}) == "abc"')],
                [("width", f'out = MOD.{name}("x" * {width * 3}, {width})\n'
                           f'assert len(out) == {width} and out.endswith("{mark}")')],
                f"{name} returns text longer than the width",
                f'`{name}("x" * {width * 3}, {width})` returns {width + len(mark)} characters. '
                f'A cut text must be at most `width` characters long including the "{mark}" '
                f"it ends with; text that fits is returned unchanged.", args=f'("abc", {width})')


def bug_mean(rng: random.Random) -> Unit:
    """Missing values are skipped in the sum but counted in the divisor."""
    what = rng.choice(["readings", "prices", "scores", "latencies", "ratings"])
    name = f"mean_{what}"
    a, b = rng.randint(2, 9) * 2, rng.randint(2, 9) * 2
    src = code(f'''
        def {name}(values: list[float | None]) -> float:
            """The mean of the {what} in `values`, skipping missing (None) entries."""
            present = [v for v in values if v is not None]
            if not present:
                raise ValueError("no {what} to average")
            return sum(present) / len(values)
        ''')
    fixed = src.replace("/ len(values)", "/ len(present)")
    return Unit("mean-missing", name, src, fixed,
                [("full", f"assert MOD.{name}([{a}, {b}]) == {(a + b) / 2}")],
                [("missing", f"assert MOD.{name}([{a}, None, {b}, None]) == {(a + b) / 2}")],
                f"{name} counts missing values",
                f"`{name}([{a}, None, {b}, None])` returns {(a + b) / 4} instead of "
                f"{(a + b) / 2}: missing entries are skipped in the sum but still counted. The "
                f"mean must be over the values present only.", args=f"([{a}, {b}])")


def bug_words(rng: random.Random) -> Unit:
    """Splitting on one space miscounts repeated spaces, newlines and empty text."""
    name = rng.choice(["word_count", "count_words", "token_total"])
    src = code(f'''
        def {name}(text: str) -> int:
            """The number of words in `text` (runs of non-whitespace characters)."""
            return len(text.split(" "))
        ''')
    fixed = src.replace('text.split(" ")', "text.split()")
    return Unit("word-count", name, src, fixed,
                [("simple", f'assert MOD.{name}("one two three") == 3')],
                [("spaces", f'assert MOD.{name}("  one   two\\nthree ") == 3'),
                 ("empty", f'assert MOD.{name}("") == 0')],
                f"{name} miscounts repeated spaces and line breaks",
                f'`{name}("  one   two\\nthree ")` is not 3, and `{name}("")` is 1. Words are '
                f"runs of non-whitespace characters, separated by any amount of whitespace.",
                args='("one two three")')


def bug_percent(rng: random.Random) -> Unit:
    """A zero whole divides by zero instead of giving 0.0."""
    what = rng.choice(["done", "coverage", "share", "progress"])
    digits = rng.randint(1, 3)
    name = f"{what}_percent"
    src = code(f'''
        def {name}(part: float, whole: float) -> float:
            """`part` as a percentage of `whole` to {digits} decimal places; 0.0 if whole is 0."""
            return round(100 * part / whole, {digits})
        ''')
    fixed = src.replace(f"return round(100 * part / whole, {digits})",
                        f"return round(100 * part / whole, {digits}) if whole else 0.0")
    return Unit("percent-zero", name, src, fixed,
                [("half", f"assert MOD.{name}(1, 2) == 50.0")],
                [("zero_whole", f"assert MOD.{name}(0, 0) == 0.0\nassert MOD.{name}(3, 0) == 0.0")],
                f"{name} crashes when the whole is zero",
                f"`{name}(0, 0)` raises ZeroDivisionError. As its docstring says, a percentage "
                f"of nothing is 0.0; other inputs keep rounding to {digits} decimals.",
                args="(1, 2)")


# ---- templates: features --------------------------------------------------------------------


def feat_join(rng: random.Random) -> Unit:
    """A join function gains a separator option."""
    name = rng.choice(["join_names", "list_items", "format_list", "render_tags"])
    opt = rng.choice(["sep", "glue", "delimiter"])
    src = code(f'''
        def {name}(items: list[object]) -> str:
            """The items as text, joined with ", "."""
            return ", ".join(str(item) for item in items)
        ''')
    fixed = code(f'''
        def {name}(items: list[object], {opt}: str = ", ") -> str:
            """The items as text, joined with `{opt}` (", " by default)."""
            return {opt}.join(str(item) for item in items)
        ''')
    return Unit("join-sep", name, src, fixed,
                [("default", f'assert MOD.{name}([1, "a"]) == "1, a"')],
                [("custom", f'assert MOD.{name}([1, "a", 2], {opt}=" | ") == "1 | a | 2"')],
                f"{name} should take a `{opt}` option",
                f'`{name}` always joins with ", ". Add a keyword argument `{opt}` (default '
                f'", ") so that `{name}([1, "a", 2], {opt}=" | ")` gives `"1 | a | 2"`. '
                f"Calls without it keep working as before.",
                f'MOD.{name}(["x", "y"], {opt}="-")')


UNIT_TABLES = [("duration", "seconds", [("s", 1), ("m", 60), ("h", 3600), ("d", 86400)]),
               ("size", "bytes", [("b", 1), ("k", 1024), ("m", 1048576), ("g", 1073741824)]),
               ("distance", "metres", [("m", 1), ("k", 1000), ("l", 4828), ("n", 1852)])]


def feat_units(rng: random.Random) -> Unit:
    """A parser of quantities with a unit letter gains one more unit."""
    quantity, base, units = rng.choice(UNIT_TABLES)
    (u1, f1), (u2, f2), (u3, f3) = units[0], units[1], rng.choice(units[2:])
    name = f"parse_{quantity}"
    src = code(f'''
        def {name}(text: str) -> int:
            """A {quantity} like "90{u1}" or "3{u2}" in {base}."""
            units = {{"{u1}": {f1}, "{u2}": {f2}}}
            number, unit = text[:-1], text[-1]
            if unit not in units:
                raise ValueError(f"unknown unit {{unit!r}} in {{text!r}}")
            return int(number) * units[unit]
        ''')
    fixed = src.replace(f'"{u2}": {f2}}}', f'"{u2}": {f2}, "{u3}": {f3}}}')
    n = rng.randint(2, 9)
    return Unit("units-new", name, src, fixed,
                [("known", f'assert MOD.{name}("5{u1}") == {5 * f1}\n'
                           f'assert MOD.{name}("3{u2}") == {3 * f2}'),
                 ("unknown", f'import pytest\nwith pytest.raises(ValueError):\n'
                             f'    MOD.{name}("4q")')],
                [("new_unit", f'assert MOD.{name}("{n}{u3}") == {n * f3}')],
                f"{name} should understand the unit '{u3}'",
                f'`{name}("{n}{u3}")` raises ValueError. Please support the unit "{u3}" '
                f"({f3} {base}) next to \"{u1}\" and \"{u2}\"; unknown units still raise "
                f"ValueError.",
                f'MOD.{name}("1{u3}")')


def feat_rank(rng: random.Random) -> Unit:
    """A ranking function gains a descending option."""
    name = rng.choice(["rank_players", "order_teams", "sort_entries", "rank_names"])
    opt = rng.choice(["descending", "reverse", "highest_first"])
    src = code(f'''
        def {name}(scores: dict[str, float]) -> list[str]:
            """The names in `scores`, lowest score first (ties by name)."""
            return sorted(scores, key=lambda name: (scores[name], name))
        ''')
    fixed = code(f'''
        def {name}(scores: dict[str, float], {opt}: bool = False) -> list[str]:
            """The names in `scores`, lowest score first, or highest first when `{opt}`
            (ties by name either way)."""
            return sorted(scores, key=lambda name: (-scores[name] if {opt} else scores[name], name))
        ''')
    return Unit("rank-order", name, src, fixed,
                [("ascending",
                  f'assert MOD.{name}({{"b": 2, "a": 2, "c": 1}}) == ["c", "a", "b"]')],
                [("descending", f'assert MOD.{name}({{"a": 1, "c": 3, "b": 3}}, {opt}=True) '
                                f'== ["b", "c", "a"]')],
                f"{name} should rank highest first on request",
                f"Add a keyword argument `{opt}` (default False) to `{name}`: when true, the "
                f"highest score comes first. Ties are still ordered by name, so "
                f'`{name}({{"a": 1, "c": 3, "b": 3}}, {opt}=True)` is `["b", "c", "a"]`.',
                f'MOD.{name}({{"a": 1}}, {opt}=True)')


def feat_lookup(rng: random.Random) -> Unit:
    """A lookup that raises KeyError gains a default."""
    name = rng.choice(["lookup_alias", "find_label", "get_entry", "resolve_code"])
    src = code(f'''
        def {name}(table: dict[str, str], key: str) -> str:
            """The entry for `key`, looked up case-insensitively."""
            for candidate, value in table.items():
                if candidate.lower() == key.lower():
                    return value
            raise KeyError(key)
        ''')
    fixed = code(f'''
        def {name}(table: dict[str, str], key: str, default: str | None = None) -> str:
            """The entry for `key`, looked up case-insensitively; `default` if given and absent."""
            for candidate, value in table.items():
                if candidate.lower() == key.lower():
                    return value
            if default is None:
                raise KeyError(key)
            return default
        ''')
    return Unit("lookup-default", name, src, fixed,
                [("found", f'assert MOD.{name}({{"Ann": "1"}}, "ann") == "1"')],
                [("default", f'assert MOD.{name}({{"Ann": "1"}}, "bob", default="?") == "?"'),
                 ("still_raises", f'import pytest\nwith pytest.raises(KeyError):\n'
                                  f'    MOD.{name}({{}}, "bob")')],
                f"{name} should accept a default",
                f"`{name}` raises KeyError for a missing key. Add an optional `default` "
                f"argument: when given, it is returned for a missing key; without it a missing "
                f"key still raises KeyError.",
                f'MOD.{name}({{}}, "x", default="y")')


# ---- templates: refactors --------------------------------------------------------------------


def ref_rename(rng: random.Random) -> Unit:
    """A cryptic function name becomes a readable one, with a deprecated alias."""
    base = rng.choice(BUGS)(rng)
    old = "do_" + base.name.replace("_", "")
    src = base.after.replace(f"def {base.name}(", f"def {old}(")
    alias = code(f'''
        def {old}(*args, **kwargs):
            """Deprecated: use `{base.name}`."""
            import warnings

            warnings.warn("{old} is deprecated; use {base.name}", DeprecationWarning,
                          stacklevel=2)
            return {base.name}(*args, **kwargs)
        ''')
    visible = [(n, b.replace(f"MOD.{base.name}(", f"MOD.{old}(")) for n, b in base.visible]
    hidden = [*base.hidden, ("old_name_warns", f'import pytest\nwith pytest.warns('
              f'DeprecationWarning, match="{base.name}"):\n'
              f"    assert MOD.{old}{base.args} == MOD.{base.name}{base.args}")]
    return Unit("rename-alias", base.name, src, base.after + "\n\n" + alias, visible, hidden,
                f"Rename {old} to {base.name}, keeping a deprecated alias",
                f"`{old}` is hard to read. Rename it to `{base.name}` and keep `{old}` working "
                f"for existing callers as a deprecated alias: calling it emits a "
                f"DeprecationWarning that names `{base.name}` and returns the same result.")


FIELD_WORDS = (["gross", "net", "base", "total", "daily", "weekly", "peak", "mean", "min", "max",
                "opening", "closing", "tax", "spot"],
               ["cost", "price", "margin", "volume", "rate", "fee", "yield", "spread", "load",
                "balance"])


def ref_rename_many(rng: random.Random) -> Unit:
    """A private helper used by every column formatter becomes public (a large patch)."""
    old = rng.choice(["_fmt", "_fc", "_cell", "_pad"])
    new = rng.choice(["format_cell", "format_number", "pad_value"])
    report = rng.choice(["sales", "audit", "stock", "payroll", "energy"])
    fields = [f"{a}_{b}" for a in FIELD_WORDS[0] for b in FIELD_WORDS[1]]
    fields = sorted(rng.sample(fields, 110))  # 5 lines each: a large patch, under 600 lines
    helper = code(f'''
        def {old}(value: float, width: int, title: str = "value") -> str:
            """`value` right-aligned in `width` characters with two decimals; `title` names
            the column in errors."""
            if value != value:
                raise ValueError(f"{{title}} is not a number")
            return f"{{value:>{{width}}.2f}}"
        ''')
    columns = "".join("\n\n" + code(f'''
        def column_{f}(value: float) -> str:
            """The {f.replace("_", " ")} column of the {report} report."""
            return {old}(value, {rng.randint(6, 14)}, "{f.replace("_", " ")}")
        ''') for f in fields)
    alias = "\n\n" + code(f'''
        def {old}(value: float, width: int, title: str = "value") -> str:
            """Deprecated: use `{new}`."""
            import warnings

            warnings.warn("{old} is deprecated; use {new}", DeprecationWarning,
                          stacklevel=2)
            return {new}(value, width, title)
        ''')
    after = helper.replace(f"def {old}(", f"def {new}(") + alias \
        + columns.replace(f"return {old}(", f"return {new}(")
    hidden = [("new_name", f'assert MOD.{new}(3.14159, 8) == "    3.14"'),
              ("old_name_warns", f'import pytest\nwith pytest.warns(DeprecationWarning, '
                                 f'match="{new}"):\n    assert MOD.{old}(1, 6) == "  1.00"'),
              ("columns_use_new_name", "import warnings\nwith warnings.catch_warnings():\n"
               '    warnings.simplefilter("error", DeprecationWarning)\n'
               "    for name in dir(MOD):\n"
               '        if name.startswith("column_"):\n'
               "            getattr(MOD, name)(1.5)")]
    return Unit("rename-helper", old, helper + columns, after,
                [("columns", f'assert MOD.column_{fields[0]}(2).strip() == "2.00"\n'
                             f'assert MOD.column_{fields[-1]}(-1.5).strip() == "-1.50"')],
                hidden,
                f"Make {old} public as {new} and use it in every column",
                f"The {report} report's column formatters all call the private helper `{old}`. "
                f"Rename it to `{new}` (public) and call `{new}` from every `column_*` function. "
                f"Keep `{old}` as a deprecated alias: it emits a DeprecationWarning naming "
                f"`{new}`, and no column function may trigger that warning.")


def ref_extract(rng: random.Random) -> Unit:
    """An inline normalisation becomes a public helper."""
    things = rng.choice(["tags", "authors", "labels", "cities", "teams"])
    name = f"distinct_{things}"
    helper = rng.choice(["normalize_key", "canonical_name", "fold_name"])
    src = code(f'''
        def {name}(names: list[str]) -> list[str]:
            """The distinct {things} in `names`, normalised, in first-seen order."""
            seen: list[str] = []
            for name in names:
                key = " ".join(name.split()).casefold()
                if key not in seen:
                    seen.append(key)
            return seen
        ''')
    extracted = code(f'''
        def {helper}(name: str) -> str:
            """`name` with runs of whitespace collapsed to one space and case folded."""
            return " ".join(name.split()).casefold()
        ''')
    after = extracted + "\n\n" + src.replace('key = " ".join(name.split()).casefold()',
                                             f"key = {helper}(name)")
    return Unit("extract-helper", name, src, after,
                [("distinct", f'assert MOD.{name}(["A b", "a  B", "c"]) == ["a b", "c"]')],
                [("helper", f'assert MOD.{helper}("  Ann   LEE ") == "ann lee"'),
                 ("still_distinct", f'assert MOD.{name}(["X", " x "]) == ["x"]')],
                f"Extract the name normalisation of {name} into {helper}",
                f"`{name}` normalises each name inline. Other modules need the same rule, so "
                f"extract it into a public function `{helper}(name)` in the same module "
                f"(collapse runs of whitespace to one space, fold case) and use it in `{name}`. "
                f"Behaviour stays the same.")


BUGS: list[Callable[[random.Random], Unit]] = [
    bug_ceil, bug_clamp, bug_pairs, bug_truncate, bug_mean, bug_words, bug_percent]
FEATS: list[Callable[[random.Random], Unit]] = [feat_join, feat_units, feat_rank, feat_lookup]
REFACTORS: list[Callable[[random.Random], Unit]] = [ref_rename, ref_extract]


# ---- planning: kinds, difficulties and features per split ------------------------------------

# large_patch first: big_module and multi_file keep off its tasks.
FEATURE_ORDER = ["large_patch", "stdout_checked", "duplicate_snippet", "slow_tests", "big_module",
                 "noisy_tests", "preexisting_failure", "confusing_output",
                 "visible_tests_silent", "multi_file"]


def counts(shares: dict[str, float] | dict[int, float], n: int) -> list[object]:
    """round(share x n) copies of each key, in table order."""
    return [key for key, share in shares.items() for _ in range(round(share * n))]


def plan_group(rng: random.Random, split: str, n: int) -> list[Slot]:
    """`n` slots with the kind, difficulty and feature shares of the design."""
    kinds, levels = counts(KIND_SHARES, n), counts(DIFFICULTY_SHARES, n)
    if len(kinds) != n or len(levels) != n:
        raise ValueError(f"shares do not divide {n} tasks evenly; pick another group size")
    rng.shuffle(kinds)
    rng.shuffle(levels)
    slots = [Slot(str(k), int(str(d)), split) for k, d in zip(kinds, levels, strict=True)]
    for feature in FEATURE_ORDER:
        for slot in pick_slots(rng, slots, feature):
            slot.features.add(feature)
    return slots


def eligible(slot: Slot, feature: str) -> bool:
    """Whether `feature` can be realised on the slot's task."""
    if feature in ONLY_KIND and slot.kind != ONLY_KIND[feature]:
        return False
    return not (feature in ("big_module", "multi_file") and "large_patch" in slot.features)


def pick_slots(rng: random.Random, slots: list[Slot], feature: str) -> list[Slot]:
    """The slots that get `feature`: its share of the group, drawn among the eligible."""
    total = round(SHARES[feature] * len(slots))
    pool = [s for s in slots if eligible(s, feature)]
    if feature != "slow_tests":
        return rng.sample(pool, total)
    refactors = [s for s in pool if s.kind == "refactor"]
    on_refactors = min(round(SLOW_REFACTOR_SHARE * len(refactors)), total)
    others = [s for s in pool if s.kind != "refactor"]
    return rng.sample(refactors, on_refactors) + rng.sample(others, total - on_refactors)


def package_names(rng: random.Random, n: int) -> list[str]:
    """`n` distinct made-up package names (none shadows a real module)."""
    stems = ["tally", "lumen", "quill", "brisk", "cobalt", "fern", "gable", "harbor", "juniper",
             "kestrel", "larch", "maple", "nimbus", "orchid", "pebble", "quartz", "ripple",
             "sable", "thistle", "umber", "velvet", "willow", "yarrow", "zephyr", "birch"]
    tails = ["kit", "ly", "box", "lib", "works"]
    return rng.sample([s + t for s in stems for t in tails], n)


def choose_template(rng: random.Random, slot: Slot) -> Callable[[random.Random], Unit]:
    """The template of a slot's task, by kind (large patches come from one refactor)."""
    if "large_patch" in slot.features:
        return ref_rename_many
    return rng.choice({"bugfix": BUGS, "feature": FEATS, "refactor": REFACTORS}[slot.kind])


# ---- building one task's repository ----------------------------------------------------------

EXTRAS = {  # name: (source, passing test body, failing test body of a known unrelated bug)
    "plural": ('def plural(word: str, count: int) -> str:\n'
               '    """`word` for `count` things (English plural by adding "s")."""\n'
               '    return word if count == 1 else word + "s"\n',
               'assert MOD.plural("cat", 2) == "cats"\nassert MOD.plural("cat", 1) == "cat"',
               'assert MOD.plural("box", 3) == "boxes"'),
    "ordinal": ('def ordinal(n: int) -> str:\n'
                '    """`n` with its English ordinal suffix: 1st, 2nd, 3rd, 4th."""\n'
                '    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")\n'
                '    return f"{n}{suffix}"\n',
                'assert MOD.ordinal(1) == "1st"\nassert MOD.ordinal(4) == "4th"',
                'assert MOD.ordinal(12) == "12th"'),
    "initials": ('def initials(name: str) -> str:\n'
                 '    """The upper-case first letters of the parts of `name`."""\n'
                 '    return "".join(part[0].upper() for part in name.split())\n',
                 'assert MOD.initials("ada lovelace") == "AL"',
                 'assert MOD.initials("jean-luc picard") == "JLP"'),
    "is_blank": ('def is_blank(text: str) -> bool:\n'
                 '    """Whether `text` holds nothing but whitespace."""\n'
                 '    return not text.strip()\n',
                 'assert MOD.is_blank(" \\n") and not MOD.is_blank(" x ")', ""),
    "dedupe": ('def dedupe(items: list[str]) -> list[str]:\n'
               '    """`items` without repeats, in first-seen order."""\n'
               '    return list(dict.fromkeys(items))\n',
               'assert MOD.dedupe(["b", "a", "b"]) == ["b", "a"]', ""),
}
BROKEN_EXTRAS = [name for name, (_, _, failing) in EXTRAS.items() if failing]


@dataclass
class Built:
    """A generated task: its id, plan, files (relative to the task dir) and reference patch."""

    id: str
    slot: Slot
    title: str
    files: dict[str, str]


def module_text(pkg: str, mod: str, parts: list[str]) -> str:
    """A module: docstring, future import, then `parts` two blank lines apart."""
    head = (f'"""{pkg}.{mod}: helpers of the {pkg} service."""\n\n'
            "from __future__ import annotations\n")
    return "\n\n".join([head, *parts])


def filler(rng: random.Random, stem: str, count: int, start: int) -> list[str]:
    """`count` small table functions (five lines each with spacing) that pad a big module."""
    out = []
    for i in range(start, start + count):
        a, b = rng.randint(2, 97), rng.randint(0, 999)
        if i % 3:
            out.append(f"def {stem}_{i:03d}(value: int) -> int:\n"
                       f'    """Row {i} of the {stem} table: `value` scaled by {a}, plus {b}."""\n'
                       f"    return value * {a} + {b}\n")
        else:
            out.append(f"def {stem}_label_{i:03d}(code: str) -> str:\n"
                       f'    """Label {i} of the {stem} table for `code`."""\n'
                       f'    return f"{stem}-{i:03d}:{{code}}"\n')
    return out


def legacy_copy(unit: Unit) -> str:
    """The unit's code before the fix under another name, kept on purpose (duplicate_snippet)."""
    lines = unit.before.splitlines(keepends=True)
    lines[0] = lines[0].replace(f"def {unit.name}(", f"def _{unit.name}_v1(")
    lines[1] = '    """The old rule, kept to read archived results: do not change it."""\n'
    return "".join(lines)


def module_pair(rng: random.Random, unit: Unit, pkg: str, mod: str, slot: Slot,
                main: bool) -> tuple[str, str]:
    """A patched module's text before and after, padded when it is a big module's main one."""
    before, after = [unit.before], [unit.after]
    if "duplicate_snippet" in slot.features:
        before.append(legacy_copy(unit))
        after.append(legacy_copy(unit))
    if main and "big_module" in slot.features:
        total = rng.randint(*WORLD.sizes.big_module_lines) - 10
        target = sum(len(p.splitlines()) + 2 for p in before) + 4
        count = max((total - target) // 5, 2)
        stem = rng.choice(["rate", "code", "tier", "zone", "grade"])
        head, tail = filler(rng, stem, count // 2, 0), filler(rng, stem, count - count // 2,
                                                                 count // 2)
        before, after = head + before + tail, head + after + tail
    return module_text(pkg, mod, before), module_text(pkg, mod, after)


def test_file(imports: list[str], tests: list[tuple[str, str]]) -> str:
    """A test module: imports, then one function per (name, body)."""
    funcs = []
    for name, body in tests:
        arg = "capsys" if "capsys" in body else ""
        funcs.append(f"def test_{name}({arg}):\n" + textwrap.indent(body, "    ") + "\n")
    return "\n".join(imports) + "\n\n\n" + "\n\n".join(funcs)


def per_module(tests: Tests, mods: list[str]) -> Tests:
    """`tests` for each module (MOD replaced by its name), suffixed when there are several."""
    return [(f"{name}_{mod}" if len(mods) > 1 else name, body.replace("MOD", mod))
            for mod in mods for name, body in tests]


def conftest_text(pkg: str, slot: Slot) -> str:
    """tests/conftest.py printing the worker log (noisy_tests) and the timing mark (slow_tests)."""
    parts = [f'"""Session hooks of the {pkg} tests: what a run reports besides results."""\n']
    start = ["def pytest_collection_finish(session):",
             '    """Report before the tests run."""',
             '    reporter = session.config.pluginmanager.get_plugin("terminalreporter")',
             "    if reporter is None:", "        return"]
    if "slow_tests" in slot.features:
        start.append(f'    reporter.write_line("[sim-seconds: {SIM_SECONDS}]")')
    if "noisy_tests" in slot.features:
        parts.append(code(f'''
            LEVELS = ("DEBUG", "INFO", "INFO", "WARNING")
            LOG_LINES = {NOISE_LINES // 2}  # worker log lines replayed before and after the results


            def log_lines(start: int, count: int) -> list[str]:
                """Lines of the worker log the session replays."""
                return [f"12:{{i // 60 % 60:02d}}:{{i % 60:02d}} {{LEVELS[i % 4]:<7}} {pkg}.worker"
                        f"[{{i % 7}}] shard {{i * 7919 % 65536:04x}} synced ({{i * 37 % 500}} rows)"
                        for i in range(start, start + count)]
            '''))
        start += ["    for line in log_lines(0, LOG_LINES):", "        reporter.write_line(line)"]
    parts.append("\n".join(start) + "\n")
    if "noisy_tests" in slot.features:
        parts.append(code('''
            def pytest_terminal_summary(terminalreporter):
                """Replay the rest of the worker log after the failure details."""
                for line in log_lines(LOG_LINES, LOG_LINES):
                    terminalreporter.write_line(line)
            '''))
    return "\n\n".join(parts)


def debug_text(pkg: str) -> str:
    """<pkg>/debug.py: a helper that prints the same line for different results."""
    return code(f'''
        """Print a result the way the {pkg} log shows it, to check a call by hand."""


        def show(value: object) -> None:
            """Print `value` as the log line shows it."""
            state = "empty" if value is None else "set"
            print(f"{pkg}: {{type(value).__name__}} result ({{state}})")
        ''')


def readme_text(pkg: str, mods: list[str], extras: str, slot: Slot) -> str:
    """The repo's README: what is where, how to test, the debug helper if any."""
    lines = [f"# {pkg}", "", f"Helpers of the {pkg} service.", "",
             *[f"- `{pkg}/{m}.py`" for m in [*mods, extras]], "",
             "Run the tests with `python -m pytest -q tests`.", ""]
    if "confusing_output" in slot.features:
        lines += [f"To check a result by hand: `python -c \"from {pkg}.debug import show; "
                  f"show(...)\"`.", ""]
    return "\n".join(lines)


def extras_files(rng: random.Random, pkg: str, extras: str,
                 slot: Slot) -> tuple[str, Tests, str | None]:
    """The unrelated extras module, its visible tests and the known-failing test's name."""
    broken = "preexisting_failure" in slot.features
    first = rng.choice(BROKEN_EXTRAS if broken else sorted(EXTRAS))
    second = rng.choice([n for n in sorted(EXTRAS) if n != first])
    text = module_text(pkg, extras, [EXTRAS[first][0], EXTRAS[second][0]])
    tests = [(first, EXTRAS[first][1]), (second, EXTRAS[second][1])]
    failing = None
    if broken:
        failing = f"{first}_edge_case"
        tests.append((failing, EXTRAS[first][2]))
    return text, per_module(tests, [extras]), failing


def file_diff(path: str, before: str, after: str) -> str:
    """One file's section of a git-style unified diff (a/ b/ prefixes, 3 lines of context)."""
    hunks = difflib.unified_diff(before.splitlines(keepends=True),
                                 after.splitlines(keepends=True), f"a/{path}", f"b/{path}")
    return f"diff --git a/{path} b/{path}\n" + "".join(hunks)


def build_task(rng: random.Random, slot: Slot, pkg: str) -> Built:
    """Every file of one task, from its plan."""
    unit = choose_template(rng, slot)(rng)
    main = rng.choice(["core", "text", "calc", "util", "ops"])
    mods = [main]
    if "multi_file" in slot.features:
        mods += rng.sample(["compat", "legacy", "fast", "batch"], rng.choice([1, 2]))
    extras = rng.choice(["extras", "misc", "support"])
    files: dict[str, str] = {}
    patch = ""
    for mod in mods:
        before, after = module_pair(rng, unit, pkg, mod, slot, mod == main)
        files[f"repo/{pkg}/{mod}.py"] = before
        patch += file_diff(f"{pkg}/{mod}.py", before, after)
    files[f"repo/{pkg}/__init__.py"] = f'"""{pkg}: helpers of the {pkg} service."""\n'
    files[f"repo/{pkg}/{extras}.py"], extra_tests, failing = extras_files(rng, pkg, extras, slot)
    visible = {f"tests/test_{extras}.py": ([extras], extra_tests)}
    if "visible_tests_silent" not in slot.features:
        visible[f"tests/test_{main}.py"] = (mods, per_module(unit.visible, mods))
    for path, (names, tests) in visible.items():
        files[f"repo/{path}"] = test_file([f"from {pkg} import {', '.join(names)}"], tests)
    hidden = per_module(unit.hidden, mods)
    if "stdout_checked" in slot.features:
        hidden += per_module([("prints_nothing", f"{unit.stdout_call}\n"
                               'assert capsys.readouterr().out == ""')], mods)
    files["tests/test_hidden.py"] = test_file(
        ["import pytest", "", f"from {pkg} import {', '.join(mods)}"], hidden)
    if {"noisy_tests", "slow_tests"} & slot.features:
        files["repo/tests/conftest.py"] = conftest_text(pkg, slot)
    if "confusing_output" in slot.features:
        files[f"repo/{pkg}/debug.py"] = debug_text(pkg)
    files["repo/README.md"] = readme_text(pkg, mods, extras, slot)
    files["solution.patch"] = patch
    task_id = f"{pkg}-{unit.slug}"
    files["instructions.md"] = instructions(unit, pkg, mods)
    visible_ids = [f"{path}::test_{name}" for path, (_, tests) in visible.items()
                   for name, _ in tests if name != failing]
    files["task.toml"] = task_toml(task_id, unit.title, slot, visible_ids, hidden, failing)
    return Built(task_id, slot, unit.title, files)


def instructions(unit: Unit, pkg: str, mods: list[str]) -> str:
    """instructions.md: the issue, and where the code lives."""
    where = f"`{unit.name}` lives in `{pkg}/{mods[0]}.py`."
    if len(mods) > 1:
        copies = " and ".join(f"`{pkg}/{m}.py`" for m in mods[1:])
        where += (f" The same code is also in {copies} (kept for older import paths); "
                  "make the same change there.")
    return f"# {unit.title}\n\n{unit.issue}\n\n{where}\n"


def toml_list(items: list[str]) -> str:
    """A TOML array of strings, one item a line when long."""
    if len(items) <= 2:
        return "[" + ", ".join(json.dumps(i) for i in items) + "]"
    return "[\n" + "".join(f"    {json.dumps(i)},\n" for i in items) + "]"


def task_toml(task_id: str, title: str, slot: Slot, visible_ids: list[str], hidden: Tests,
              failing: str | None) -> str:
    """task.toml; a task with a failing visible test names the tests that must pass."""
    lines = [f"id = {json.dumps(task_id)}", f"title = {json.dumps(title)}",
             'language = "python"', f'kind = "{slot.kind}"', f"difficulty = {slot.difficulty}",
             "timeout_s = 60", f'test_command = "{TEST_COMMAND}"',
             'hidden_tests_target = "tests/hidden"', 'protected_paths = ["tests/**"]']
    if failing:
        lines += ["# One visible test fails before and after the fix (a known unrelated bug):",
                  "# grading requires these tests instead of every test.",
                  "fail_to_pass = " + toml_list(
                      [f"tests/hidden/test_hidden.py::test_{name}" for name, _ in hidden]),
                  "pass_to_pass = " + toml_list(visible_ids)]
    features = [f for f in FEATURES if f in slot.features]
    lines += ["", "[toy]", "features = " + toml_list(features)]
    return "\n".join(lines) + "\n"


# ---- the benchmark: splits, README, writing ----------------------------------------------------


def generate(seed: int = SEED) -> list[Built]:
    """Every task, selection tasks first (in split order), then the held-out ones."""
    rng = random.Random(seed)
    slots = [slot for split, n in GROUPS for slot in plan_group(rng, split, n)]
    names = package_names(rng, len(slots))
    tasks = [build_task(rng, slot, pkg) for slot, pkg in zip(slots, names, strict=True)]
    ids = [t.id for t in tasks]
    if len(set(ids)) != len(ids):
        raise ValueError("two generated tasks share an id; change the name pools")
    return tasks


def benchmark_toml(tasks: list[Built]) -> str:
    """benchmark.toml with the splits small, medium and heldout."""
    medium = [t.id for t in tasks if t.slot.split == "medium"]
    heldout = [t.id for t in tasks if t.slot.split == "heldout"]
    return "\n".join([
        'name = "toyworld"',
        'description = "Generated Python tasks whose repos carry the toy world\'s features '
        '(scripts/gen_toyworld.py); scores on it mean something only with the toy model."',
        "", "[splits]", f"# The first {SMALL} tasks of medium.",
        "small = " + toml_list(medium[:SMALL]), f"# {len(medium)} selection tasks.",
        "medium = " + toml_list(medium), f"# {len(heldout)} tasks never used for selection.",
        "heldout = " + toml_list(heldout), ""])


def prose(*paragraphs: str) -> list[str]:
    """Paragraphs wrapped at 90 columns, a blank line after each."""
    return [line for p in paragraphs for line in (textwrap.fill(p, 90), "")]


def readme(tasks: list[Built], seed: int) -> str:
    """The benchmark's README: what it is, how it is made, the feature and task tables."""
    rows = [f"| `{f}` | {SHARES[f]:.0%} | {sum(f in t.slot.features for t in tasks)} | "
            f"{FEATURES[f]} |" for f in FEATURES]
    split = {t.id: "small" if i < SMALL else t.slot.split for i, t in enumerate(tasks)}
    task_rows = [f"| `{t.id}` | {t.slot.kind} | {t.slot.difficulty} | {split[t.id]} | "
                 f"{', '.join(f for f in FEATURES if f in t.slot.features) or '-'} | {t.title} |"
                 for t in tasks]
    return "\n".join([
        "# toyworld: generated tasks for the toy world", "", *prose(
            f"{len(tasks)} small Python repositories, each with one issue (bug fix, feature or "
            "refactor), in the bundled format of `pytasks`: task.toml, instructions.md, repo/ "
            "(a package with visible tests), tests/ (hidden tests, copied to tests/hidden/ at "
            "grading) and solution.patch. Each repo really has the task features of the toy "
            "world (dgm/toy/WORLD_DESIGN.md, section A.5) that its task.toml lists under "
            "`[toy] features`. It has no short name yet: load it by path, "
            "`evals/bundled/toyworld`.",
            "**Generated: do not edit by hand.** Regenerate it (deterministic, byte for byte; "
            "a test checks the committed files against a fresh generation) with:"),
        f"    python scripts/gen_toyworld.py        # seed {seed}, writes evals/bundled/toyworld/",
        "", *prose(
            "**Its scores are simulated.** The tasks are easy on purpose: what makes the toy "
            "model fail on them are the features, so a score here means something only with "
            "the toy model (a simulation) and says nothing about a real model.",
            f"Splits: `small` (the first {SMALL} of `medium`), `medium` "
            f"({sum(t.slot.split == 'medium' for t in tasks)} selection tasks) and `heldout` "
            f"({sum(t.slot.split == 'heldout' for t in tasks)}); in each, kinds bugfix / "
            "feature / refactor at 50/30/20% and difficulty 1/2/3 at 40/35/25%. Grading runs "
            f"`{TEST_COMMAND}`."),
        "| feature | share | tasks | what the repo has |", "|---|---|---|---|", *rows, "",
        *prose(
            f"`slow_tests` sits on {SLOW_REFACTOR_SHARE:.0%} of the refactors; `large_patch` "
            "only on refactors, `stdout_checked` only on features, `duplicate_snippet` only on "
            "bug fixes. Where visible tests are not silent they call the patched function (on "
            "inputs it already handles). A task with `preexisting_failure` lists `fail_to_pass` "
            "and `pass_to_pass`, so its known unrelated failure does not block grading."),
        "| id | kind | difficulty | first split | features | title |", "|---|---|---|---|---|---|",
        *task_rows, ""])


def write(out: Path, seed: int = SEED) -> list[Built]:
    """Generate the benchmark into `out` (replacing an earlier generation there)."""
    if out.exists() and any(out.iterdir()) and not (out / "benchmark.toml").is_file():
        raise SystemExit(f"{out} is not empty and holds no benchmark: give an empty --out")
    tasks = generate(seed)
    shutil.rmtree(out / "tasks", ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    (out / "benchmark.toml").write_text(benchmark_toml(tasks))
    (out / "README.md").write_text(readme(tasks, seed))
    for task in tasks:
        for rel, text in task.files.items():
            path = out / "tasks" / task.id / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    return tasks


def main(argv: list[str] | None = None) -> None:
    """Command line: write the benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="benchmark directory to write")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of every choice")
    args = parser.parse_args(argv)
    tasks = write(args.out, args.seed)
    print(f"wrote {len(tasks)} tasks to {args.out}")


if __name__ == "__main__":
    main()
