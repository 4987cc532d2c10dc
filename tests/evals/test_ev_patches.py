"""Diff splitting and filtering, and parsing pytest results: pure functions, no sandbox."""

from __future__ import annotations

import pytest

from evals import results as R
from evals.materialize import file_diff
from evals.patches import (
    GRADER_PROTECTED,
    filter_patch,
    is_blocked,
    is_protected,
    root_module,
    split_patch,
    touched_paths,
)

GIT_DIFF = """\
diff --git a/pkg/mod.py b/pkg/mod.py
index 1111111..2222222 100644
--- a/pkg/mod.py
+++ b/pkg/mod.py
@@ -1 +1 @@
-a = 1
+a = 2
diff --git a/tests/hidden/test_x.py b/tests/hidden/test_x.py
new file mode 100644
--- /dev/null
+++ b/tests/hidden/test_x.py
@@ -0,0 +1 @@
+def test_x(): pass
diff --git a/conftest.py b/conftest.py
new file mode 100644
--- /dev/null
+++ b/conftest.py
@@ -0,0 +1 @@
+import pytest
"""

PROTECTED = ["tests/hidden/**", *GRADER_PROTECTED]


def test_split_git_diff() -> None:
    sections = split_patch(GIT_DIFF)
    assert [s.paths for s in sections] == [["pkg/mod.py"], ["tests/hidden/test_x.py"],
                                           ["conftest.py"]]


def test_filter_keeps_code_drops_tests_and_conftest() -> None:
    filtered = filter_patch(GIT_DIFF, PROTECTED)
    assert filtered.kept_paths == ["pkg/mod.py"]
    assert filtered.dropped_paths == ["tests/hidden/test_x.py", "conftest.py"]
    assert filtered.text == split_patch(GIT_DIFF)[0].text and filtered.sections == 3


def test_plain_unified_diff() -> None:
    plain = "--- a/x.py\t2024-01-01\n+++ b/x.py\t2024-01-02\n@@ -1 +1 @@\n-a\n+b\n"
    assert [s.paths for s in split_patch(plain)] == [["x.py"]]


def test_plain_section_after_a_git_section_is_a_section_of_its_own() -> None:
    first = GIT_DIFF.split("diff --git a/tests")[0]
    smuggled = first + (
        "--- a/tests/hidden/test_x.py\n+++ b/tests/hidden/test_x.py\n@@ -1 +1 @@\n-x\n+y\n")
    filtered = filter_patch(smuggled, PROTECTED)
    assert filtered.text == first and filtered.dropped_paths == ["tests/hidden/test_x.py"]


def test_a_miscounted_hunk_cannot_hide_the_next_section() -> None:
    hiding = ("--- a/m.py\n+++ b/m.py\n@@ -1 +1,9 @@\n-a\n+b\n"
              "--- a/conftest.py\n+++ b/conftest.py\n@@ -1 +1 @@\n-x\n+y\n")
    assert [s.paths for s in split_patch(hiding)] == [["m.py"], ["conftest.py"]]
    assert filter_patch(hiding, PROTECTED).dropped_paths == ["conftest.py"]


def test_renames_and_quoted_paths() -> None:
    rename = ('diff --git a/old.py "b/dir/new name.py"\nsimilarity index 100%\n'
              'rename from old.py\nrename to "dir/new name.py"\n')
    assert split_patch(rename)[0].paths == ["old.py", "dir/new name.py"]
    into_tests = ("diff --git a/m.py b/tests/hidden/m.py\n"
                  "rename from m.py\nrename to tests/hidden/m.py\n")
    assert filter_patch(into_tests, PROTECTED).dropped_paths == ["m.py", "tests/hidden/m.py"]


def test_symlinks_and_binaries_dropped() -> None:
    link = ("diff --git a/l b/l\nnew file mode 120000\n"
            "--- /dev/null\n+++ b/l\n@@ -0,0 +1 @@\n+/etc\n")
    binary = ("diff --git a/x.bin b/x.bin\nindex 1..2 100644\n"
              "Binary files a/x.bin and b/x.bin differ\n")
    assert filter_patch(link + binary, PROTECTED).dropped_paths == ["l", "x.bin"]


@pytest.mark.parametrize("path,protected", [
    ("conftest.py", True), ("src/deep/conftest.py", True), ("pytest.ini", True),
    ("pyproject.toml", True), ("lib/setup.cfg", True), ("sitecustomize.py", True),
    ("x.pth", True), ("pytest.py", True), ("pytest/__init__.py", True), ("_pytest/x.py", True),
    ("evil.dist-info/entry_points.txt", True), ("pkg/__pycache__/m.cpython-311.pyc", True),
    ("m.pyc", True), ("tests/hidden", True), ("tests/hidden/a/b.py", True),
    ("../outside.py", True), ("/etc/passwd", True), (".git/config", True),
    ("pkg/mod.py", False), ("tests/test_visible.py", False), ("mypytest.py", False),
    ("pkg/tests/hidden/x.py", False),
])
def test_is_protected(path: str, protected: bool) -> None:
    assert is_protected(path, PROTECTED) is protected


def test_file_diff_round_trip() -> None:
    diff = file_diff("a.py", "x = 1\n", "x = 2\ny = 3\n")
    assert diff.startswith("diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n")
    assert touched_paths(diff) == ["a.py"]
    assert file_diff("n.py", None, "z\n").splitlines()[1:3] == ["new file mode 100644",
                                                                "--- /dev/null"]
    assert file_diff("a.py", "same\n", "same\n") == ""


JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="1" failures="1" skipped="2" tests="6">
<testcase classname="tests.test_a" name="test_ok" file="tests/test_a.py" line="1"/>
<testcase classname="tests.test_a.TestGroup" name="test_fail[1-2]" file="tests/test_a.py">
  <failure message="assert 1 == 2">boom</failure></testcase>
<testcase classname="tests.test_a" name="test_err" file="tests/test_a.py">
  <error message="x"/></testcase>
<testcase classname="tests.test_a" name="test_skip" file="tests/test_a.py">
  <skipped type="pytest.skip" message="no"/></testcase>
<testcase classname="tests.test_a" name="test_xf" file="tests/test_a.py">
  <skipped type="pytest.xfail" message="known"/></testcase>
<testcase classname="tests.hidden.test_h" name="test_h" file="tests/hidden/test_h.py"/>
</testsuite></testsuites>"""


def test_parse_junit() -> None:
    assert R.parse_junit(JUNIT) == {
        "tests/test_a.py::test_ok": R.PASSED,
        "tests/test_a.py::TestGroup::test_fail[1-2]": R.FAILED,
        "tests/test_a.py::test_err": R.ERROR,
        "tests/test_a.py::test_skip": R.SKIPPED,
        "tests/test_a.py::test_xf": R.XFAIL,
        "tests/hidden/test_h.py::test_h": R.PASSED,
    }
    assert R.parse_junit("<not xml") == {}


def test_parse_report_lines_and_worst_status_wins() -> None:
    output = ("PASSED tests/x.py::test_a\nFAILED tests/x.py::test_b - assert 0\n"
              "SKIPPED [1] tests/x.py:9: no reason\nERROR tests/x.py::test_c\n"
              "PASSED tests/x.py::test_b\nXFAIL tests/x.py::TestK::test_d[a-b]\n")
    statuses = R.parse_report_lines(output)
    assert statuses == {"tests/x.py::test_a": R.PASSED, "tests/x.py::test_b": R.FAILED,
                        "tests/x.py::test_c": R.ERROR, "tests/x.py::TestK::test_d[a-b]": R.XFAIL}
    merged = R.merge_into(dict(statuses), {"tests/x.py::test_a": R.ERROR, "new::t": R.PASSED})
    assert merged["tests/x.py::test_a"] == R.ERROR and merged["new::t"] == R.PASSED


def test_summary_counts_use_the_last_summary_line() -> None:
    output = "print: 99 passed in 0.01s\n...\n== 2 failed, 3 passed, 1 error in 0.50s ==\n"
    assert R.summary_counts(output) == {"failed": 2, "passed": 3, "error": 1}
    assert R.summary_counts("nothing here") == {}


def test_report_lines_with_spaces_in_ids() -> None:
    known = ["t.py::test_p[2 + 3 - 5]", "t.py::test_q[a]"]
    output = ("PASSED t.py::test_p[2 + 3 - 5]\nFAILED t.py::test_q[a] - assert [1] == [2]\n"
              "PASSED t.py::test_r[x y]\n")
    assert R.parse_report_lines(output, known) == {
        "t.py::test_p[2 + 3 - 5]": R.PASSED, "t.py::test_q[a]": R.FAILED,
        "t.py::test_r[x y]": R.PASSED}


@pytest.mark.parametrize("path,module", [
    ("json.py", "json"), ("json/__init__.py", "json"), ("json/decoder.py", "json"),
    ("json/data.txt", "json"), ("_io.cpython-311-x86_64-linux-gnu.so", "_io"), ("zlib.so", "zlib"),
    ("os.pyc", "os"), ("os.pyw", "os"), ("json.txt", None), ("json.old.py", None),
    ("README.md", None), ("pkg.egg-info/PKG-INFO", None), ("Makefile", None),
])
def test_root_module(path: str, module: str | None) -> None:
    assert root_module(path) == module


def test_shadowing_modules_are_dropped_and_listed() -> None:
    patch = "".join(file_diff(p, None, "x = 1\n") for p in [
        "json/__init__.py", "typing_extensions.py", "pkg/json.py", "paging/extra.py", "os.py"])
    filtered = filter_patch(patch, PROTECTED, {"json", "os", "typing_extensions"})
    assert filtered.dropped_paths == ["json/__init__.py", "typing_extensions.py", "os.py"]
    assert filtered.kept_paths == ["pkg/json.py", "paging/extra.py"]
    assert is_blocked("os.py", [], {"os"}) and not is_blocked("os.py", [], set())
