"""The test names the polyglot benchmark's C++, Go, Java, JavaScript and Rust test files define.

`test_names` reads the hidden test sources with a small tokenizer per language (comments and
strings skipped, nesting tracked by counting brackets), naming each test as its runner reports
it; `evals.polyglot_tests` reads the runners' outputs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

LANGUAGES_WITH_PARSERS = ("cpp", "go", "java", "javascript", "rust")

Token = tuple[str, str]  # (kind, text): "id", "str" (a literal's value), "dyn" (computed), "p"
_END: Token = ("", "")
_COMMENT = r"(?P<com>//[^\n]*|/\*[\s\S]*?(?:\*/|\Z))"
_DQ = r'(?P<str>"(?:[^"\\\n]|\\[\s\S])*"'
_CHAR = r"(?P<chr>'(?:[^'\\\n]|\\.[^'\n]{0,9})')"
_REST = r"(?P<id>[\w$]+)|(?P<ws>\s+)|(?P<p>[\s\S])"
_RAW = {  # each language's raw strings, body in group rb
    "cpp": r'(?P<raw>(?:u8|[uUL])?R"(?P<rh>[^()\\\s"]{0,16})\((?P<rb>[\s\S]*?)\)(?P=rh)")',
    "go": r"(?P<raw>`(?P<rb>[^`]*)`)",
    "java": r'(?P<raw>"""[ \t]*\r?\n(?P<rb>[\s\S]*?)""")',
    "rust": r'(?P<raw>b?r(?P<rh>#*)"(?P<rb>[\s\S]*?)"(?P=rh))',
}
_LEXERS = {lang: re.compile("|".join([_COMMENT, raw, _DQ + ")", _CHAR, _REST]))
           for lang, raw in _RAW.items()}
_LEXERS["javascript"] = re.compile("|".join([_COMMENT, _DQ + r"|'(?:[^'\\\n]|\\[\s\S])*')", _REST]))
_JS_REGEX = re.compile(r"/(?:[^/\\\[\n]|\\.|\[(?:[^\]\\\n]|\\.)*\])+/[A-Za-z]*")
_JS_OPERATOR_WORDS = {"return", "typeof", "case", "do", "else", "in", "of", "new", "delete",
                      "void", "throw", "instanceof", "yield", "await"}
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|[\s\S])")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _unescape(body: str) -> str:
    """A string literal's value from the text between its quotes."""
    def one(m: re.Match[str]) -> str:
        code = m[1]
        if code[0] in "ux" and len(code) > 1:
            point = int(code[1:].strip("{}"), 16)
            return chr(point) if point <= 0x10FFFF else m[0]
        return "" if code[0] in "\r\n" else _SIMPLE_ESCAPES.get(code, code)
    return _ESCAPE.sub(one, body)


def _tokens(text: str, language: str, pos: int = 0, *, until_brace: bool = False,
            ) -> tuple[list[Token], int]:
    """The tokens of `text` from `pos`, and where they end: at its end, or just after the `}`
    that closes a JavaScript template's `${` when `until_brace`."""
    lexer, tokens, braces = _LEXERS[language], [], 0
    while pos < len(text):
        if language == "javascript":
            if text[pos] == "`":
                value, pos = _template(text, pos)
                tokens.append(("dyn", "") if value is None else ("str", value))
                continue
            regex = _JS_REGEX.match(text, pos) if text[pos] == "/" else None
            if regex and _regex_allowed(tokens) and not text.startswith(("//", "/*"), pos):
                tokens.append(("dyn", ""))
                pos = regex.end()
                continue
            braces += {"{": 1, "}": -1}.get(text[pos], 0)
            if until_brace and braces < 0:
                return tokens, pos + 1
        m = lexer.match(text, pos)
        assert m is not None  # the last alternative matches any character
        pos, kind = m.end(), m.lastgroup or "p"
        if kind == "str":
            tokens.append(("str", _unescape(m[0][1:-1])))
        elif kind == "raw":
            tokens.append(("str", m["rb"]))
        elif kind in ("id", "p"):
            tokens.append((kind, m[0]))
    return tokens, pos


def _template(text: str, pos: int) -> tuple[str | None, int]:
    """A JavaScript template literal at `pos`: its value (None when it has `${}`) and its end."""
    i, plain = pos + 1, True
    while i < len(text) and text[i] != "`":
        if text[i] == "\\":
            i += 2
        elif text.startswith("${", i):
            plain = False
            i = _tokens(text, "javascript", i + 2, until_brace=True)[1]
        else:
            i += 1
    return (_unescape(text[pos + 1:i]) if plain else None), i + 1


def _regex_allowed(tokens: list[Token]) -> bool:
    """Whether a `/` after these JavaScript tokens starts a regex literal (not a division)."""
    if not tokens:
        return True
    kind, word = tokens[-1]
    return (kind == "p" and word not in ")]}") or (kind == "id" and word in _JS_OPERATOR_WORDS)


def _at(tokens: list[Token], i: int) -> Token:
    """The token at `i`, or an empty one past either end."""
    return tokens[i] if 0 <= i < len(tokens) else _END


def _literal(tokens: list[Token], i: int) -> str | None:
    """The string literal (adjacent ones joined) that is the whole argument starting at `i`."""
    parts = []
    while _at(tokens, i)[0] == "str":
        parts.append(tokens[i][1])
        i += 1
    return "".join(parts) if parts and _at(tokens, i) in (("p", ","), ("p", ")")) else None


def _closing(tokens: list[Token], i: int) -> int:
    """The index of the bracket closing the one at `i` (or the end)."""
    opening, depth = tokens[i][1], 0
    closing = {"(": ")", "[": "]", "{": "}"}[opening]
    for j in range(i, len(tokens)):
        depth += {("p", opening): 1, ("p", closing): -1}.get(tokens[j], 0)
        if depth == 0:
            return j
    return len(tokens)


# --- test names, per language ----------------------------------------------------------------

_CATCH_PREFIX = {"TEST_CASE": "", "SCENARIO": "Scenario: "}
_CPP_DIRECTIVE = re.compile(r"[ \t]*#[ \t]*(if|ifdef|ifndef|elif|else|endif|define)\b(.*)")
_CPP_WORDS = re.compile(r"defined\s*\(\s*\w+\s*\)|defined\s+\w+|!|&&|\|\||\(|\)|\w+")
_CPP_GRADING_MACROS = ("EXERCISM_RUN_ALL_TESTS",)  # what the grading build defines (as 1)


def _cpp_names(text: str) -> list[str]:
    """Catch2 test cases the grading build compiles: the first argument of each TEST_CASE and
    SCENARIO, trimmed."""
    tokens = _tokens(_cpp_compiled(text), "cpp")[0]
    found = ((word, _literal(tokens, i + 2)) for i, (kind, word) in enumerate(tokens)
             if kind == "id" and word in _CATCH_PREFIX and _at(tokens, i + 1) == ("p", "("))
    return [_CATCH_PREFIX[word] + title.strip() for word, title in found if title is not None]


def _cpp_compiled(text: str) -> str:
    """The text with the lines of #if branches the grading build leaves out blanked."""
    defined = set(_CPP_GRADING_MACROS)
    branches: list[tuple[bool, bool]] = []  # per open #if: (this branch kept, one was kept)
    lines = text.split("\n")
    for n, line in enumerate(lines):
        kept = all(branch[0] for branch in branches)
        m = _CPP_DIRECTIVE.fullmatch(line)
        if m is None:
            lines[n] = line if kept else ""
            continue
        word, rest = m[1], m[2].split("//")[0].strip()
        if word in ("if", "ifdef", "ifndef"):
            value = _cpp_condition(("defined " if word != "if" else "") + rest, defined)
            value = value != (word == "ifndef")
            branches.append((value, value))
        elif word in ("elif", "else") and branches:
            taken = branches[-1][1]
            value = not taken and (word == "else" or _cpp_condition(rest, defined))
            branches[-1] = (value, taken or value)
        elif word == "endif" and branches:
            branches.pop()
        elif word == "define" and kept and rest:
            defined.add(re.split(r"[\s(]", rest)[0])
        lines[n] = ""
    return "\n".join(lines)


def _cpp_condition(expression: str, defined: set[str]) -> bool:
    """An #if condition of defined(), !, &&, || and plain macros (what it cannot read holds)."""
    if not re.fullmatch(r"[\w\s()!&|]*", expression):
        return True

    def atom(word: str) -> bool:
        name = re.sub(r"^defined\W*(\w+)\W*$", r"\1", word)
        return name in defined or (name.isdigit() and int(name) != 0)
    return _holds(_CPP_WORDS.findall(expression), atom)


_GO_TEST = re.compile(r"Test(?:[^a-z]\w*)?")
_GO_BUILD = re.compile(r"^//go:build\s+(.*)$", re.M)
_GO_TAGS = re.compile(r"!|&&|\|\||\(|\)|[\w.]+")
_GO_TRUE_TAG = re.compile(r"linux|unix|gc|go1\.\d+")


def _go_names(text: str) -> list[str]:
    """Top-level `func TestXxx(t *testing.T)` of a file `go test` builds without tags."""
    header = _GO_BUILD.search(re.split(r"^package\s", text, maxsplit=1, flags=re.M)[0])
    if header and not _holds(_GO_TAGS.findall(header[1]), _go_tag):
        return []
    tokens, depth, names = _tokens(text, "go")[0], 0, []
    for i, token in enumerate(tokens):
        depth += {("p", "{"): 1, ("p", "}"): -1}.get(token, 0)
        words = [w for _, w in tokens[i + 1:i + 9]]
        if depth == 0 and token == ("id", "func") and len(words) == 8 \
                and _GO_TEST.fullmatch(words[0]) and words[1] == "(" \
                and words[3:] == ["*", "testing", ".", "T", ")"]:
            names.append(words[0])
    return names


def _go_tag(tag: str) -> bool:
    """Whether a build tag holds when `go test` is given none (the platform's and Go's own)."""
    return bool(_GO_TRUE_TAG.fullmatch(tag))


def _holds(words: list[str], atom: Callable[[str], bool]) -> bool:
    """A boolean expression of atoms, !, &&, || and parentheses; one it cannot read holds."""
    def either() -> bool:
        value = both()
        while words and words[0] == "||":
            words.pop(0)
            value = both() or value
        return value

    def both() -> bool:
        value = single()
        while words and words[0] == "&&":
            words.pop(0)
            value = single() and value
        return value

    def single() -> bool:
        word = words.pop(0)
        if word == "!":
            return not single()
        if word == "(":
            value = either()
            words.pop(0)
            return value
        return atom(word)

    try:
        value = either()
    except IndexError:
        return True
    return value or bool(words)


# The console launcher's default --include-classname (applied to a class's binary name).
_JUNIT_SCANNED = re.compile(r"Test.*|.+\$Test.*|.*Tests?")


def _java_names(text: str) -> list[str]:
    """`Class.method` of each @Test method the console launcher's class-path scan runs: in
    classes named like tests (top-level or static), and their @Nested classes (`Outer$Inner`)."""
    tokens, names, depth = _tokens(text, "java")[0], [], 0
    classes: list[tuple[str, int, bool]] = []  # (binary name, depth of its body, runs)
    pending: tuple[str, bool] | None = None
    marks: list[str] = []  # annotations and modifiers since the last ; { }
    i = 0
    while i < len(tokens):
        kind, word = tokens[i]
        if (kind, word) == ("p", "@") and _at(tokens, i + 1)[0] == "id":
            while _at(tokens, i + 2) == ("p", ".") and _at(tokens, i + 3)[0] == "id":
                i += 2
            marks.append("@" + tokens[i + 1][1])
            i += 2
            i = _closing(tokens, i) + 1 if _at(tokens, i) == ("p", "(") else i
            continue
        if kind == "p" and word in "{};":
            depth += {"{": 1, "}": -1, ";": 0}[word]
            if word == "{" and pending:
                classes.append((pending[0], depth, pending[1]))
            elif word == "}" and classes and classes[-1][1] > depth:
                classes.pop()
            pending, marks = None, []
        elif kind == "id" and word in ("class", "interface", "enum", "record") \
                and _at(tokens, i + 1)[0] == "id" and _at(tokens, i - 1) != ("p", "."):
            outer = classes[-1] if classes else None
            binary = (f"{outer[0]}$" if outer else "") + tokens[i + 1][1]
            scanned = outer is None or "static" in marks  # found by the class-path scan
            runs = bool(_JUNIT_SCANNED.fullmatch(binary)) if scanned else \
                bool(outer and outer[2] and "@Nested" in marks)
            pending = (binary, runs)
        elif kind == "id" and _at(tokens, i + 1) == ("p", "(") and "@Test" in marks and classes \
                and classes[-1][1] == depth and classes[-1][2] and not pending:
            names.append(f"{classes[-1][0]}.{word}")
            marks = []
        elif kind == "id":
            marks.append(word)
        i += 1
    return names


_JS_TESTS = {"test", "it", "xtest", "xit"}


def _javascript_names(text: str) -> list[str]:
    """Jest's full names of test()/it() calls whose title, and every enclosing describe()'s,
    is a literal; a describe.each/.skip/.only hides the tests inside it."""
    tokens, names, depth = _tokens(text, "javascript")[0], [], 0
    frames: list[tuple[int, str | None]] = []  # (paren depth inside a describe call, its title)
    hidden_next = False
    for i, (kind, word) in enumerate(tokens):
        if (kind, word) == ("p", "("):
            depth += 1
            if hidden_next:
                frames.append((depth, None))
                hidden_next = False
        elif (kind, word) == ("p", ")"):
            if frames and frames[-1][0] == depth and _at(tokens, i + 1) != ("p", "("):
                frames.pop()
            depth -= 1
        elif kind != "id" or _at(tokens, i - 1) == ("p", "."):
            continue
        elif word == "describe" and _at(tokens, i + 1) == ("p", "."):
            hidden_next = True
        elif word == "describe" and _at(tokens, i + 1) == ("p", "("):
            frames.append((depth + 1, _literal(tokens, i + 2)))
        elif word in _JS_TESTS and _at(tokens, i + 1) == ("p", "("):
            titles = [title for _, title in frames] + [_literal(tokens, i + 2)]
            if None not in titles:
                names.append(" ".join(t for t in titles if t is not None))
    return names


_RUST_CFG = {"test", "unix", "debug_assertions"}
_RUST_CFG_VALUES = {("target_os", "linux"), ("target_family", "unix")}


def _rust_names(text: str) -> list[str]:
    """`mod::path::name` of each #[test] fn that a plain `cargo test` compiles."""
    tokens, names, depth = _tokens(text, "rust")[0], [], 0
    mods: list[tuple[str, int, bool]] = []  # (name, depth of its body, compiled)
    attrs: list[list[Token]] = []
    pending: tuple[str, bool] | None = None
    i = 0
    while i < len(tokens):
        kind, word = tokens[i]
        inner = int(_at(tokens, i + 1) == ("p", "!"))
        if (kind, word) == ("p", "#") and _at(tokens, i + 1 + inner) == ("p", "["):
            end = _closing(tokens, i + 1 + inner)
            attrs += [] if inner else [tokens[i + 2:end]]
            i = end + 1
            continue
        if kind == "p" and word in "{};":
            depth += {"{": 1, "}": -1, ";": 0}[word]
            if word == "{" and pending:
                mods.append((pending[0], depth, pending[1]))
            elif word == "}" and mods and mods[-1][1] > depth:
                mods.pop()
            pending, attrs = None, []
        elif kind == "id" and word in ("mod", "fn") and _at(tokens, i + 1)[0] == "id":
            name = tokens[i + 1][1]
            compiled = (not mods or mods[-1][2]) and all(map(_rust_cfg, attrs))
            if word == "mod":
                pending = (name, compiled)
            elif [("id", "test")] in attrs and compiled:
                names.append("::".join([*(m[0] for m in mods), name]))
            attrs = []
        i += 1
    return names


def _rust_cfg(attr: list[Token]) -> bool:
    """Whether an attribute lets its item compile: false for a #[cfg] that fails with the
    default target and no features."""
    if attr[:2] != [("id", "cfg"), ("p", "(")]:
        return True

    def holds(i: int) -> tuple[bool, int]:
        word = attr[i][1]
        if word in ("all", "any", "not") and _at(attr, i + 1) == ("p", "("):
            values, i = [], i + 2
            while _at(attr, i) != ("p", ")"):
                value, i = holds(i)
                values.append(value)
                i += _at(attr, i) == ("p", ",")
            result = {"all": all(values), "any": any(values), "not": not any(values)}[word]
            return result, i + 1
        if _at(attr, i + 1) == ("p", "="):
            return (word, attr[i + 2][1]) in _RUST_CFG_VALUES, i + 3
        return word in _RUST_CFG, i + 1

    try:
        return holds(2)[0]
    except IndexError:
        return True


_NAMERS: dict[str, tuple[str, Callable[[str], list[str]]]] = {
    "cpp": (r".*_test\.cpp", _cpp_names),
    "go": (r".*_test\.go", _go_names),
    "java": (r"src/test/java/.*\.java", _java_names),
    "javascript": (r".*\.(?:spec|test)\.[cm]?[jt]sx?", _javascript_names),
    "rust": (r"tests/[^/]+\.rs", _rust_names),
}


def check_language(language: str) -> None:
    """Raise for a language this module has no parser for."""
    if language not in LANGUAGES_WITH_PARSERS:
        raise ValueError(f"no test parser for language {language!r}; "
                         f"known: {', '.join(LANGUAGES_WITH_PARSERS)}")


def test_names(language: str, sources: dict[str, str]) -> list[str]:
    """The names of the tests the hidden test files define, as the language's runner reports
    them, in source order, duplicates removed. `sources` maps repo-relative test-file path ->
    text (already transformed: Java's @Disabled removed, JS xtest -> test)."""
    check_language(language)
    pattern, names_in = _NAMERS[language]
    found = [name for path, text in sources.items() if re.fullmatch(pattern, path)
             for name in names_in(text)]
    return list(dict.fromkeys(found))
