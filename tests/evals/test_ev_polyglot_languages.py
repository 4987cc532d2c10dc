"""Polyglot exercises of every language become tasks: what is shown, hidden, protected, run.

Real exercises from tests/evals/data/polyglot (Aider's benchmark, Exercism's tracks).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evals import Task, load_benchmark
from evals.patches import split_patch
from evals.polyglot import LANGUAGES, load_polyglot
from evals.polyglot_toolchains import TOOLCHAINS, enable_all, example_targets
from ground.errors import BenchmarkError

DATA = Path(__file__).parent / "data" / "polyglot"


@pytest.fixture(scope="module")
def tasks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Task]:
    bench = load_benchmark(f"polyglot:{DATA}", cache_dir=tmp_path_factory.mktemp("cache"))
    return {i: bench.task(i) for i in bench.ids}


def shown(task: Task) -> set[str]:
    assert task.repo_dir is not None
    return {p.relative_to(task.repo_dir).as_posix() for p in task.repo_dir.rglob("*")
            if p.is_file()}


def hidden(task: Task) -> dict[str, str]:
    assert task.hidden_tests_dir is not None
    return {p.relative_to(task.hidden_tests_dir).as_posix(): p.read_text()
            for p in task.hidden_tests_dir.rglob("*") if p.is_file()}


def test_every_language_of_the_checkout_loads_by_default(tmp_path: Path) -> None:
    bench = load_polyglot(DATA, cache_dir=tmp_path)
    assert {i.split("__")[0] for i in bench.ids} == set(LANGUAGES)
    assert bench.variants == ["polyglot"]
    assert all(reason is None for _, reason in bench.availability.values())
    python = load_polyglot(DATA, cache_dir=tmp_path, languages="python")
    assert python.variants == [] and {i.split("__")[0] for i in python.ids} == {"python"}


def test_a_language_missing_from_the_checkout_is_named(tmp_path: Path) -> None:
    (tmp_path / "go" / "exercises" / "practice").mkdir(parents=True)
    with pytest.raises(BenchmarkError, match="rust/exercises/practice does not exist"):
        load_polyglot(tmp_path, languages="rust")


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "python"])
def test_a_toolchain_task_shows_stubs_and_hides_its_tests(tasks: dict[str, Task],
                                                          language: str) -> None:
    chain = TOOLCHAINS[language]
    for task in (t for t in tasks.values() if t.language == language):
        files = shown(task)
        assert task.sandbox_variant == "polyglot"
        assert task.log_parser == f"polyglot_{language}"
        assert task.fail_to_pass, f"{task.id}: no test named"
        assert files == set(task.visible_paths)
        assert not any(chain.is_test(f) for f in files if f != f"{_stem(task)}_test.cpp")
        assert not any(f.startswith((".meta/", ".docs/", "gradle")) for f in files)
        tests = hidden(task)
        assert tests and all(chain.is_test(f) for f in tests)
        assert task.test_command == chain.test_command(task.metadata["exercise"])
        assert task.metadata["build_command"] in task.instructions


def _stem(task: Task) -> str:
    return task.metadata["exercise"].replace("-", "_")


def test_cpp_gets_a_build_check_in_its_test_files_place(tasks: dict[str, Task]) -> None:
    task = tasks["cpp__robot-name"]
    check = (task.repo_dir / "robot_name_test.cpp").read_text()
    assert '#include "robot_name.h"' in check and 'TEST_CASE("the solution builds")' in check
    assert "robot_name_test.cpp" in task.protected_paths
    assert hidden(task)["robot_name_test.cpp"] != check  # the real tests replace it at grading
    assert {"CMakeLists.txt", "test/catch.hpp", "test/tests-main.cpp"} <= shown(task)
    assert "cp -r . /tmp/dgm-cpp/robot-name" in task.test_command


def test_every_test_is_switched_on_as_aider_runs_them(tasks: dict[str, Task]) -> None:
    java = hidden(tasks["java__series"])["src/test/java/SeriesTest.java"]
    upstream = (DATA / "java/exercises/practice/series/src/test/java/SeriesTest.java").read_text()
    assert "@Disabled(" in upstream and "@Disabled(" not in java
    assert upstream.count("@Test") == java.count("@Test")
    js = hidden(tasks["javascript__space-age"])["space-age.spec.js"]
    assert "xtest(" not in js and js.count("test(") >= 8
    assert enable_all("javascript", "  xtest('a', () => {});\n  xit('b')") == \
        "  test('a', () => {});\n  it('b')"
    assert enable_all("rust", "#[ignore]\n") == "#[ignore]\n"  # cargo test runs --include-ignored


def test_the_solution_files_alone_are_open_to_change(tasks: dict[str, Task]) -> None:
    go = tasks["go__octal"]
    assert "go.mod" in go.protected_paths and "octal.go" not in go.protected_paths
    rust = tasks["rust__gigasecond"]
    assert "Cargo.toml" not in rust.protected_paths  # upstream lists it as a solution file
    assert "tests/*" in rust.protected_paths
    java = tasks["java__bowling"]
    assert "build.gradle" in java.protected_paths
    assert "src/main/java/BowlingGame.java" not in java.protected_paths


def test_reference_patches_put_every_example_file_in_place(tasks: dict[str, Task]) -> None:
    bowling = tasks["java__bowling"].solution_patch or ""
    paths = [s.paths[0] for s in split_patch(bowling)]
    assert sorted(paths) == ["src/main/java/BowlingGame.java", "src/main/java/Frame.java"]
    rust = tasks["rust__acronym"].solution_patch or ""
    assert [s.paths[0] for s in split_patch(rust)] == ["src/lib.rs"]
    assert example_targets("cpp", ["x.cpp", "x.h"], [".meta/example.h"]) == \
        {".meta/example.h": "x.h"}
    assert example_targets("cpp", ["x.cpp", "x.h"], [".meta/example.cpp", ".meta/example.h"]) \
        == {".meta/example.cpp": "x.cpp", ".meta/example.h": "x.h"}


def test_instructions_say_what_the_solution_may_use_and_how_it_builds(
        tasks: dict[str, Task]) -> None:
    rust = tasks["rust__gigasecond"].instructions
    assert "Edit `src/lib.rs`" in rust and "`cargo build`" in rust
    assert "# Instructions" in rust or "Gigasecond" in rust or "gigasecond" in rust
    assert "`go vet ./... && echo build ok`" in tasks["go__octal"].instructions


def test_bench_list_says_where_each_language_is_graded() -> None:
    from evals.registry import list_benchmarks

    notes = {i.name: i.notes for i in list_benchmarks()}
    assert notes["pytasks"] == []
    python, others = notes["polyglot"]
    assert python == "python: graded in the default sandbox image"
    assert others.startswith("cpp, go, java, javascript, rust: graded in the `polyglot` image "
                             "variant (")
    assert others.endswith(("(built)", "`dgm sandbox build --variant polyglot`)")) or \
        "cannot tell" in others


def test_an_exercise_upstream_marks_untestable_is_skipped_and_said(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "checkout"
    practice = root / "go" / "exercises" / "practice"
    shutil.copytree(DATA / "go" / "exercises" / "practice", practice)
    (practice / "octal" / ".meta" / ".skip_tests").touch()
    bench = load_polyglot(root, cache_dir=tmp_path / "cache")
    assert bench.ids == ["go__crypto-square"]
    assert bench.skipped() == ["polyglot: go/octal (1 task) skipped: upstream marks it "
                               ".meta/.skip_tests: it has no tests to grade"]


def test_a_rust_example_brings_its_own_manifest(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "checkout"
    practice = root / "rust" / "exercises" / "practice"
    shutil.copytree(DATA / "rust" / "exercises" / "practice" / "acronym", practice / "acronym")
    manifest = (practice / "acronym" / "Cargo.toml").read_text()
    manifest += '\n[dependencies]\nrand = "0.8"\n'
    (practice / "acronym" / ".meta" / "Cargo-example.toml").write_text(manifest)
    task = load_polyglot(root, cache_dir=tmp_path / "cache").task("rust__acronym")
    sections = {s.paths[0]: s.text for s in split_patch(task.solution_patch or "")}
    assert sorted(sections) == ["Cargo.toml", "src/lib.rs"]
    assert '+rand = "0.8"' in sections["Cargo.toml"]


def test_a_java_exercise_needing_a_library_the_image_lacks_is_said(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "checkout"
    practice = root / "java" / "exercises" / "practice"
    shutil.copytree(DATA / "java" / "exercises" / "practice", practice)
    gradle = practice / "series" / "build.gradle"
    gradle.write_text(gradle.read_text().replace(
        "dependencies {", 'dependencies {\n    implementation "org.json:json:20190722"'))
    bench = load_polyglot(root, cache_dir=tmp_path / "cache")
    assert sorted(bench.ids) == ["java__bowling", "java__simple-linked-list"]
    assert bench.skipped() == ["polyglot: java/series (1 task) skipped: its build needs "
                               "org.json:json:20190722, which the polyglot image does not hold "
                               "(Debian has no package of it; Maven Central is not used)"]


def test_toolchain_tasks_raise_the_process_limit_for_their_sandboxes(
        tasks: dict[str, Task]) -> None:
    from evals.grading import setting
    from evals.harness import AgentSite
    from sandbox import SandboxConfig

    java, python = tasks["java__series"], tasks["python__react"]
    assert java.pids == 2048 and python.pids is None
    assert setting(java, SandboxConfig()).config.pids == 2048
    assert setting(python, SandboxConfig()).config.pids == SandboxConfig().pids
    assert setting(java, SandboxConfig(pids=4096)).config.pids == 4096  # never lowered
    assert AgentSite(image="x", pids=java.pids).sandbox_config(None).pids == 2048
    assert AgentSite(image="x").sandbox_config(None).pids == SandboxConfig().pids


def test_every_test_of_a_polyglot_run_must_pass_not_only_the_named_ones(
        tasks: dict[str, Task]) -> None:
    from evals import grading as G

    task = tasks["go__octal"]
    named = "\n".join(f"--- PASS: {name} (0.00s)" for name in task.fail_to_pass)

    def verdict(output: str, exit_code: int) -> G.GradeResult:
        run = G.TestRun(exit_code, False, output, False, None,
                        G.parse_output(task, output), 0.1)
        return G.judge(task, run, G.GradeResult(task.id, task.benchmark))

    assert verdict(named, 0).resolved
    computed = verdict(named + "\n--- FAIL: TestComputed (0.00s)", 1)
    assert not computed.resolved and computed.failed_tests == ["TestComputed"]
    assert not verdict(named, 1).resolved  # the runner says something failed
