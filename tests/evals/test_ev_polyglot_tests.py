"""Test names read from polyglot test sources, and statuses read from the test commands' output.

Sources are the real exercises in tests/evals/data/polyglot; outputs in
tests/evals/data/polyglot_outputs were captured in the polyglot sandbox image (trimmed of
Java's system properties and library stack frames, and of Jest's repeated failure text):
`-pass` runs the example solution, `-fail` the stub (C++ robot-name: the example with its
name counter frozen, as C++ stubs do not compile).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import polyglot_tests as PT
from evals import results as R
from evals.polyglot_tests import LANGUAGES_WITH_PARSERS, parse_output

DATA = Path(__file__).parent / "data"
OUTPUTS = DATA / "polyglot_outputs"


def exercise_sources(language: str, exercise: str) -> dict[str, str]:
    """The test files of a bundled exercise (its config's files.test), as upstream has them."""
    root = DATA / "polyglot" / language / "exercises" / "practice" / exercise
    files = json.loads((root / ".meta" / "config.json").read_text())["files"]["test"]
    return {name: (root / name).read_text() for name in files}


def output(name: str) -> str:
    return (OUTPUTS / f"{name}.txt").read_text()


BUNDLED = [(lang, path.name) for lang in LANGUAGES_WITH_PARSERS
           for path in sorted((DATA / "polyglot" / lang / "exercises" / "practice").iterdir())]


@pytest.mark.parametrize(("language", "exercise"), BUNDLED)
def test_every_bundled_exercise_names_its_tests(language: str, exercise: str) -> None:
    names = PT.test_names(language, exercise_sources(language, exercise))
    assert names and len(names) == len(set(names))


PASSING_RUNS = [("cpp", "robot-name"), ("go", "crypto-square"), ("go", "octal"),
                ("java", "series"), ("java", "simple-linked-list"), ("javascript", "binary"),
                ("javascript", "space-age"), ("rust", "accumulate"), ("rust", "acronym")]


@pytest.mark.parametrize(("language", "exercise"), PASSING_RUNS)
def test_the_example_solution_passes_every_named_test(language: str, exercise: str) -> None:
    names = PT.test_names(language, exercise_sources(language, exercise))
    statuses = parse_output(language, output(f"{language}-{exercise}-pass"))
    assert names
    assert {name: statuses.get(name) for name in names} == dict.fromkeys(names, R.PASSED)


def test_cpp_names_are_catch_test_case_names() -> None:
    names = PT.test_names("cpp", exercise_sources("cpp", "robot-name"))
    assert names == ["has_a_name", "name_is_the_same_each_time",
                     "different_robots_have_different_names", "is_able_to_reset_name",
                     "exhausting_digits_yields_different_names"]


def test_cpp_failed_assertions_fail_their_case() -> None:
    statuses = parse_output("cpp", output("cpp-robot-name-fail"))
    assert statuses == {"has_a_name": R.PASSED, "name_is_the_same_each_time": R.PASSED,
                        "different_robots_have_different_names": R.FAILED,
                        "is_able_to_reset_name": R.FAILED,
                        "exhausting_digits_yields_different_names": R.FAILED}


ZEBRA_TEST = '''\
#include "zebra_puzzle.h"
#ifdef EXERCISM_TEST_SUITE
#include <catch2/catch.hpp>
#else
#include "test/catch.hpp"
#endif

TEST_CASE("drinks_water", "[16efb4e4-8ad7-4d5e-ba96-e5537b66fd42]") {
    zebra_puzzle::Solution solution = zebra_puzzle::solve();
    SECTION("Drinks water") { REQUIRE(solution.drinksWater == "Norwegian"); }
}
#if defined(EXERCISM_RUN_ALL_TESTS)
TEST_CASE("owns_zebra", "[084d5b8b-24e2-40e6-b008-c800da8cd257]") {
    zebra_puzzle::Solution solution = zebra_puzzle::solve();
    SECTION("Owns zebra") { REQUIRE(solution.ownsZebra == "Japanese"); }
}
#endif
'''


def test_cpp_sections_report_for_their_test_case() -> None:
    names = PT.test_names("cpp", {"zebra_puzzle_test.cpp": ZEBRA_TEST})
    statuses = parse_output("cpp", output("cpp-zebra-puzzle-pass"))
    assert names == ["drinks_water", "owns_zebra"]
    assert statuses == {"drinks_water": R.PASSED, "drinks_water/Drinks water": R.PASSED,
                        "owns_zebra": R.PASSED, "owns_zebra/Owns zebra": R.PASSED}


def test_cpp_titles_skip_comments_and_join_adjacent_literals() -> None:
    source = '''
    // TEST_CASE("commented out")
    /* TEST_CASE("also commented") */
    TEST_CASE(
        // clang-format off
        "8 character plaintext results in 3 chunks, the last one with a trailing space",
        // clang-format on
        "[tag]") {}
    TEST_CASE("say \\"hi\\" " "twice ", "[x]") {}
    SCENARIO("a story") {}
    TEST_CASE(name_in_a_variable) {}
    auto s = "TEST_CASE(\\"inside a string\\")";
    '''
    sources = {"x_test.cpp": source, "helper.cpp": 'TEST_CASE("not a test file")'}
    assert PT.test_names("cpp", sources) == [
        "8 character plaintext results in 3 chunks, the last one with a trailing space",
        'say "hi" twice', "Scenario: a story"]


def test_cpp_names_follow_the_grading_builds_preprocessor() -> None:
    """The build defines EXERCISM_RUN_ALL_TESTS only (parallel-letter-frequency's benchmark
    test is left out of it)."""
    source = '''
#ifdef EXERCISM_TEST_SUITE
#include <catch2/catch.hpp>
#else
#include "test/catch.hpp"
#endif
TEST_CASE("first") {}
#if defined(EXERCISM_RUN_ALL_TESTS)
TEST_CASE("second") {}
#if defined(EXERCISM_INCLUDE_BENCHMARK)
TEST_CASE("benchmark") {}
#elif !defined(OTHER) && 1
TEST_CASE("third") {}
#else
TEST_CASE("fourth") {}
#endif
#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif
#ifdef M_PI
TEST_CASE("fifth") {}
#endif
#if __cplusplus >= 201703L
TEST_CASE("unreadable conditions hold") {}
#endif
#endif  // EXERCISM_RUN_ALL_TESTS
'''
    assert PT.test_names("cpp", {"x_test.cpp": source}) == [
        "first", "second", "third", "fifth", "unreadable conditions hold"]


def test_cpp_test_case_names_may_hold_slashes() -> None:
    """A slash in a name reads like a section: the full name is reported, and the prefix as
    well (with the worst status of the names it prefixes, so grading is unchanged)."""
    xml = ('<testsuites><testsuite name="linked-list">'
           '<testcase classname="linked-list.global" name="push/pop at the end" status="run"/>'
           "</testsuite></testsuites>")
    assert parse_output("cpp", xml) == {"push/pop at the end": R.PASSED, "push": R.PASSED}


def test_go_reports_tests_and_subtests() -> None:
    statuses = parse_output("go", output("go-crypto-square-pass"))
    assert statuses["TestEncode"] == R.PASSED
    assert statuses["TestEncode/s#$%^&plunk"] == R.PASSED
    assert statuses["TestEncode/Have_a_nice_day._Feed_the_dog_&_chill_out!"] == R.PASSED
    assert len(statuses) == 20


def test_go_panic_fails_the_test_and_its_parent() -> None:
    statuses = parse_output("go", output("go-crypto-square-fail"))
    assert statuses == {"TestEncode": R.FAILED, "TestEncode/s#$%^&plunk": R.FAILED}


def test_go_build_failure_reports_nothing() -> None:
    assert parse_output("go", output("go-octal-fail")) == {}


def test_go_test_started_without_result_failed() -> None:
    cut = "=== RUN   TestA\n--- PASS: TestA (0.00s)\n=== RUN   TestB\npanic: test timed out"
    assert parse_output("go", cut) == {"TestA": R.PASSED, "TestB": R.FAILED}


def test_go_names_only_top_level_test_functions() -> None:
    source = '''package robot

import "testing"

// func TestInComment(t *testing.T) {}
var text = `
func TestInRawString(t *testing.T) {}
`

func TestStep1(t *testing.T) { // no bumping
    t.Run("sub", func(t *testing.T) {})
}
func Testlower(t *testing.T) {}
func Test_underscore(t *testing.T) {}
func TestMain(m *testing.M) {}
func BenchmarkX(b *testing.B) {}
func ExampleX() {}
func (s suite) TestMethod(t *testing.T) {}
'''
    assert PT.test_names("go", {"robot_test.go": source, "robot.go": source}) == \
        ["TestStep1", "Test_underscore"]


def test_go_build_constraints_without_tags() -> None:
    body = "package p\n\nimport \"testing\"\n\nfunc Test{}(t *testing.T) {{}}\n"
    sources = {
        "a_test.go": "//go:build step2 || (!step1 && !step3)\n\n" + body.format("Default"),
        "b_test.go": "//go:build bonus\n// +build bonus\n\n" + body.format("Bonus"),
        "c_test.go": "//go:build linux && !windows\n\n" + body.format("Linux"),
    }
    assert PT.test_names("go", sources) == ["TestDefault", "TestLinux"]


def test_java_names_are_simple_class_dot_method() -> None:
    names = PT.test_names("java", exercise_sources("java", "series"))
    assert names[:2] == ["SeriesTest.slicesOfOneFromOne", "SeriesTest.slicesOfOneFromTwo"]
    assert len(names) == 11


def test_java_errors_and_failures() -> None:
    statuses = parse_output("java", output("java-series-fail"))
    assert len(statuses) == 11
    assert statuses["SeriesTest.sliceLengthNegative"] == R.ERROR
    assert R.count(statuses) == {R.ERROR: 10, R.FAILED: 1}


NESTED_JAVA = '''package com.acme;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The outer")
public class OuterTest {
    @Test
    @DisplayName("shown differently")
    void plain() {}

    @Test
    void withInfo(TestInfo info) {}

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void param(int x) { assertTrue(x == 1); }

    @Nested
    @DisplayName("inner group")
    class Inner {
        @Test
        void innerTest() {}

        @Nested
        class Deeper {
            @Test
            void deepest() {}
        }
    }

    static class StaticNested {
        @Test
        void staticTest() {}
    }

    class NotRun {
        @Test
        void neverRuns() {}
    }
}
'''


def test_java_nested_display_names_and_parameterized() -> None:
    """The launcher ran exactly the listed tests (not StaticNested: its name is not a test
    class name; not NotRun: not @Nested) plus the parameterized invocations."""
    names = PT.test_names("java", {"src/test/java/com/acme/OuterTest.java": NESTED_JAVA})
    statuses = parse_output("java", output("java-nested-fail"))
    assert names == ["OuterTest.plain", "OuterTest.withInfo", "OuterTest$Inner.innerTest",
                     "OuterTest$Inner$Deeper.deepest"]
    assert statuses == {**dict.fromkeys(names, R.PASSED),
                        "OuterTest.param[1]": R.PASSED, "OuterTest.param[2]": R.FAILED}


def test_java_only_sources_under_src_test_java() -> None:
    source = "class FooTest {\n  @org.junit.jupiter.api.Test void a() {}\n}\n"
    assert PT.test_names("java", {"src/main/java/FooTest.java": source}) == []
    assert PT.test_names("java", {"src/test/java/FooTest.java": source}) == ["FooTest.a"]


def test_javascript_names_are_jest_full_names() -> None:
    names = PT.test_names("javascript", exercise_sources("javascript", "space-age"))
    assert names[:2] == ["Space Age age on Earth", "Space Age age on Mercury"]


def test_javascript_failures() -> None:
    statuses = parse_output("javascript", output("javascript-space-age-fail"))
    assert statuses == dict.fromkeys(
        PT.test_names("javascript", exercise_sources("javascript", "space-age")), R.FAILED)


def test_javascript_scanner_nesting_and_computed_titles() -> None:
    source = '''
    import { x } from './x';
    // test('in a comment', () => {});
    const re = /'"(/g;
    describe('outer', () => {
      test("plain", () => { expect(x(`a${1}`)).toBe(`b`); });
      describe(`inner`, () => {
        xtest('skipped \\'quoted\\'', () => {});
        it(`template ${"computed"}`, () => {});
      });
      describe('dynamic ' + n, () => { test('hidden', () => {}); });
      describe.each([[1]])('each %i', () => { test('also hidden', () => {}); });
      xit('after', () => { const s = ')'; });
      foo.test('a method, not a test', () => {});
    });
    test('top level', () => {});
    '''
    assert PT.test_names("javascript", {"x.spec.js": source}) == [
        "outer plain", "outer inner skipped 'quoted'", "outer after", "top level"]


def test_javascript_statuses_pending_and_todo_are_skipped() -> None:
    report = {"numFailedTestSuites": 0, "testResults": [{"assertionResults": [
        {"ancestorTitles": ["a"], "fullName": "a one", "status": "passed", "title": "one"},
        {"ancestorTitles": ["a"], "fullName": "a two", "status": "pending", "title": "two"},
        {"ancestorTitles": [], "fullName": "three", "status": "todo", "title": "three"},
        {"ancestorTitles": [], "fullName": "four", "status": "failed", "title": "four"}]}]}
    text = "console.log output\n" + json.dumps(report, separators=(",", ":")) + "\n"
    assert parse_output("javascript", text) == {
        "a one": R.PASSED, "a two": R.SKIPPED, "three": R.SKIPPED, "four": R.FAILED}


def test_javascript_cut_report_yields_its_whole_results() -> None:
    text = output("javascript-binary-pass")
    cut = text[:text.index('"fullName":"binary 11 is decimal 3"')]
    assert parse_output("javascript", cut) == {
        "binary 0 is decimal 0": R.PASSED, "binary 1 is decimal 1": R.PASSED,
        "binary 10 is decimal 2": R.PASSED}


def test_rust_failures() -> None:
    statuses = parse_output("rust", output("rust-acronym-fail"))
    assert statuses == dict.fromkeys(PT.test_names("rust", exercise_sources("rust", "acronym")),
                                     R.FAILED)


def test_rust_result_lines() -> None:
    text = ("running 4 tests\ntest a ... ok\ntest m::b - should panic ... ok\n"
            "test c ... ignored, slow\ntest d ... FAILED\n"
            "test src/lib.rs - foo (line 5) ... ok\ntest result: FAILED. 2 passed; 1 failed\n")
    assert parse_output("rust", text) == {"a": R.PASSED, "m::b": R.PASSED, "c": R.SKIPPED,
                                          "d": R.FAILED, "src/lib.rs - foo (line 5)": R.PASSED}


def test_rust_names_with_modules_attributes_and_features() -> None:
    source = '''
#[cfg(feature = "io")]
use std::io::Read;

#[test]
#[ignore]
fn top() { let s = r#"#[test] fn in_a_raw_string() {}"#; let c = '}'; }

/* #[test] fn commented() {} */
mod outer {
    use super::*;
    fn helper<'a>(s: &'a str) -> &'a str { s }

    mod inner {
        #[test]
        #[should_panic(expected = "boom")]
        fn deep() {}
    }

    #[cfg(feature = "io")]
    mod io {
        #[test]
        fn needs_a_feature() {}
    }

    #[test]
    #[cfg(not(feature = "io"))]
    fn without_the_feature() {}
}

#[test]
#[ignore]
#[cfg(feature = "exponentials")]
fn exponential() {}

fn not_a_test() {}
'''
    assert PT.test_names("rust", {"tests/x.rs": source, "src/lib.rs": source}) == [
        "top", "outer::inner::deep", "outer::without_the_feature"]


@pytest.mark.parametrize("language", LANGUAGES_WITH_PARSERS)
def test_garbage_and_cut_output_never_raise(language: str) -> None:
    assert parse_output(language, "") == {}
    assert parse_output(language, "<testsuite <<< {\"numFailedTestSuites\": [") == {}
    for path in sorted(OUTPUTS.glob(f"{language}-*.txt")):
        text = path.read_text()
        for end in range(0, len(text), max(1, len(text) // 50)):
            assert set(parse_output(language, text[:end])) <= set(parse_output(language, text))


def test_cut_xml_yields_the_complete_test_cases() -> None:
    text = output("cpp-robot-name-fail")
    cut = text[:text.index('name="is_able_to_reset_name"')]
    assert parse_output("cpp", cut) == {"has_a_name": R.PASSED,
                                        "name_is_the_same_each_time": R.PASSED,
                                        "different_robots_have_different_names": R.FAILED}


def test_a_printed_fake_pass_cannot_hide_a_failure() -> None:
    text = "--- PASS: TestX (0.00s)\n" + output("go-crypto-square-fail")
    assert parse_output("go", text)["TestEncode"] == R.FAILED


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="cpp, go, java, javascript, rust"):
        PT.test_names("cobol", {})
    with pytest.raises(ValueError, match="known"):
        parse_output("python", "")
