"""Per-test statuses from a pytest run: its JUnit XML report and its `-rA` summary lines."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

PASSED, FAILED, ERROR, SKIPPED, XFAIL, XPASS = (
    "passed", "failed", "error", "skipped", "xfail", "xpass")
# When two sources disagree about a test, the worse status wins.
_SEVERITY = {PASSED: 0, XFAIL: 1, SKIPPED: 2, XPASS: 3, FAILED: 4, ERROR: 5}
_LINE = re.compile(r"^(PASSED|FAILED|ERROR|XFAIL|XPASS|SKIPPED) (\S.*?)\s*$", re.MULTILINE)
_LINE_STATUS = {"PASSED": PASSED, "FAILED": FAILED, "ERROR": ERROR, "XFAIL": XFAIL,
                "XPASS": XPASS, "SKIPPED": SKIPPED}
_SUMMARY = re.compile(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed|deselected)")


def _nodeid(case: ET.Element) -> str:
    """A pytest node id from a JUnit testcase (file attribute as written by junit_family=xunit1)."""
    name = case.get("name", "")
    classname = case.get("classname", "")
    path = case.get("file")
    if not path:
        return f"{classname}::{name}" if classname else name
    module = path[:-3].replace("/", ".") if path.endswith(".py") else path
    parts = [path]
    if classname.startswith(module + "."):
        parts += classname[len(module) + 1:].split(".")
    return "::".join([*parts, name])


def _case_status(case: ET.Element) -> str:
    """The status of one JUnit testcase element."""
    tags = {child.tag for child in case}
    if "error" in tags:
        return ERROR
    if "failure" in tags:
        return FAILED
    skipped = case.find("skipped")
    if skipped is not None:
        return XFAIL if skipped.get("type") == "pytest.xfail" else SKIPPED
    return PASSED


def parse_junit(xml_text: str) -> dict[str, str]:
    """Statuses by node id from a JUnit XML report; empty when it cannot be parsed."""
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError:
        return {}
    statuses: dict[str, str] = {}
    for case in root.iter("testcase"):
        merge_into(statuses, {_nodeid(case): _case_status(case)})
    return statuses


def parse_report_lines(output: str, known: list[str] | tuple[str, ...] = ()) -> dict[str, str]:
    """Statuses by node id from pytest's `-rA` short summary lines.

    A line is "STATUS NODEID" or "STATUS NODEID - MESSAGE"; node ids may contain spaces
    (parametrize ids), so ids already `known` (e.g. from the JUnit report) are matched first.
    """
    candidates = sorted(set(known), key=len, reverse=True)
    statuses: dict[str, str] = {}
    for word, rest in _LINE.findall(output):
        if rest.startswith("["):  # SKIPPED [1] path:line: reason names no test
            continue
        nodeid = next((k for k in candidates if rest == k or rest.startswith(k + " - ")),
                      rest.split(" - ", 1)[0])
        if "::" in nodeid:
            merge_into(statuses, {nodeid: _LINE_STATUS[word]})
    return statuses


def merge_into(target: dict[str, str], more: dict[str, str]) -> dict[str, str]:
    """Add `more` to `target`, keeping the worse status for a test both mention."""
    for nodeid, status in more.items():
        old = target.get(nodeid)
        if old is None or _SEVERITY[status] > _SEVERITY[old]:
            target[nodeid] = status
    return target


def summary_counts(output: str) -> dict[str, int]:
    """Counts from the last pytest summary line ("2 failed, 3 passed in 0.1s"), if any."""
    for line in reversed(output.splitlines()):
        found = _SUMMARY.findall(line)
        if found and " in " in line:
            counts: Counter[str] = Counter()
            for number, word in found:
                counts["error" if word.startswith("error") else word] += int(number)
            return dict(counts)
    return {}


def count(statuses: dict[str, str]) -> dict[str, int]:
    """How many tests have each status."""
    return dict(Counter(statuses.values()))
