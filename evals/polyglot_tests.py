"""Per-test statuses of the polyglot benchmark's C++, Go, Java, JavaScript and Rust test runs.

`parse_output` reads what each grading command prints: Catch2's and JUnit's XML reports,
`go test -v` and libtest lines, Jest's `--json`. The test names the hidden sources define
are `evals.polyglot_names.test_names` (imported here too, with the language list).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator

from evals import results as R
from evals.polyglot_names import LANGUAGES_WITH_PARSERS as LANGUAGES_WITH_PARSERS
from evals.polyglot_names import check_language
from evals.polyglot_names import test_names as test_names


def _xml_cases(output: str) -> Iterator[ET.Element]:
    """Every complete <testcase> of the JUnit XML documents in the output (each from its
    <testsuite(s)> root, read up to where it is cut or broken)."""
    for piece in output.split("<?xml"):
        start = piece.find("<testsuite")
        if start < 0:
            continue
        parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(["end"])
        parser.feed(piece[start:])
        try:
            for event in parser.read_events():
                element = event[-1]
                if isinstance(element, ET.Element) and element.tag == "testcase":
                    yield element
        except ET.ParseError:
            continue


def _xml_status(case: ET.Element) -> str:
    """The status of one JUnit testcase."""
    tags = {child.tag for child in case}
    return (R.ERROR if "error" in tags else R.FAILED if "failure" in tags
            else R.SKIPPED if "skipped" in tags else R.PASSED)


def _parse_cpp(output: str) -> dict[str, str]:
    """Catch2's JUnit report. A section reports as "case/section" and counts for its case too;
    as a case's own name may hold "/", every prefix gets the worst status of its names."""
    statuses: dict[str, str] = {}
    for case in _xml_cases(output):
        parts = case.get("name", "").split("/")
        status = _xml_status(case)
        R.merge_into(statuses, {"/".join(parts[:n]): status for n in range(1, len(parts) + 1)})
    return statuses


def _parse_java(output: str) -> dict[str, str]:
    """The console launcher's legacy XML: `SimpleClass.method` (`Outer$Inner` for nested
    classes; a parameterized invocation keeps its `[n]`)."""
    statuses: dict[str, str] = {}
    for case in _xml_cases(output):
        cls = case.get("classname", "").rsplit(".", 1)[-1]
        method = re.sub(r"^([\w$]+)\(.*?\)", r"\1", case.get("name", ""))
        R.merge_into(statuses, {f"{cls}.{method}": _xml_status(case)})
    return statuses


_GO_RESULT = re.compile(r"--- (PASS|FAIL|SKIP): (\S+) \([\d.]+s\)")
_GO_RUN = re.compile(r"^=== RUN\s+(\S+)[ \t]*\r?\n", re.M)
_GO_STATUS = {"PASS": R.PASSED, "FAIL": R.FAILED, "SKIP": R.SKIPPED}


def _parse_go(output: str) -> dict[str, str]:
    """`go test -v` result lines, subtests as `TestX/sub`; a test that started and never
    reported (a panic, a time-out) failed."""
    statuses: dict[str, str] = {}
    for word, name in _GO_RESULT.findall(output):
        R.merge_into(statuses, {name: _GO_STATUS[word]})
    for name in _GO_RUN.findall(output):
        statuses.setdefault(name, R.FAILED)
    return statuses


_RUST_RESULT = re.compile(r"^test (\S.*?) \.\.\. (ok|FAILED|ignored)\b", re.M)
_RUST_STATUS = {"ok": R.PASSED, "FAILED": R.FAILED, "ignored": R.SKIPPED}


def _parse_rust(output: str) -> dict[str, str]:
    """libtest's `test NAME ... ok|FAILED|ignored` lines."""
    statuses: dict[str, str] = {}
    for name, word in _RUST_RESULT.findall(output):
        R.merge_into(statuses, {name.removesuffix(" - should panic"): _RUST_STATUS[word]})
    return statuses


_JEST_STATUS = {"passed": R.PASSED, "failed": R.FAILED, "pending": R.SKIPPED,
                "todo": R.SKIPPED, "skipped": R.SKIPPED, "disabled": R.SKIPPED}
_DECODER = json.JSONDecoder()


def _parse_javascript(output: str) -> dict[str, str]:
    """Jest's `--json` report; of a cut one, every assertion result that is whole."""
    statuses: dict[str, str] = {}
    for start in (m.start() for m in re.finditer(r'\{"numFailedTestSuites"', output)):
        try:
            suites = _DECODER.raw_decode(output, start)[0].get("testResults")
            cases = [c for s in suites for c in s.get("assertionResults")]
        except (ValueError, AttributeError, TypeError):
            cases = list(_whole_objects(output, start, '{"ancestorTitles"'))
        for case in cases:
            name, status = _jest_case(case)
            if name is not None and status is not None:
                R.merge_into(statuses, {name: status})
    return statuses


def _whole_objects(output: str, start: int, opening: str) -> Iterator[object]:
    """The JSON objects that begin with `opening` after `start` and are complete."""
    for m in re.finditer(re.escape(opening), output[start:]):
        try:
            yield _DECODER.raw_decode(output, start + m.start())[0]
        except ValueError:
            continue


def _jest_case(case: object) -> tuple[str | None, str | None]:
    """(full name, status) of one Jest assertion result."""
    if not isinstance(case, dict):
        return None, None
    name, status = case.get("fullName"), case.get("status")
    return (name if isinstance(name, str) else None,
            _JEST_STATUS.get(status) if isinstance(status, str) else None)


_PARSERS: dict[str, Callable[[str], dict[str, str]]] = {
    "cpp": _parse_cpp, "go": _parse_go, "java": _parse_java,
    "javascript": _parse_javascript, "rust": _parse_rust,
}


def parse_output(language: str, output: str) -> dict[str, str]:
    """Status by test name, read from the test command's combined output."""
    check_language(language)
    return _PARSERS[language](output)
