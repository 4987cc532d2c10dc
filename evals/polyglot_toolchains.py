"""How each polyglot language other than Python is shown, tested and graded.

Like Aider's benchmark: C++ builds with CMake and runs its Catch tests with every test
enabled, Go runs `go test`, Java compiles and runs its JUnit 5 tests (with the `@Disabled`
marks removed), Rust runs `cargo test` including ignored tests, JavaScript runs Jest (with
`xtest` made `test`). Each runs offline in the `polyglot` image variant, whose toolchains
and test libraries all come from Debian's packages (sandbox/image/files/variants/polyglot).
Outputs are read per test by `evals.polyglot_tests`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import PurePosixPath

VARIANT = "polyglot"
# Processes and threads a test run may have at once: C++'s and Java's bank-account start a
# thread per transaction (1000), JavaScript's parallel-letter-frequency a worker per text.
PIDS = 2048
_JAVA_LIBS = ("/usr/share/java/junit-platform-console-standalone.jar:"
              "/usr/share/java/assertj-core.jar")


@dataclass(frozen=True)
class Toolchain:
    """One language: what is a test file, how tests run, what the agent is told."""

    language: str
    test_globs: tuple[str, ...]  # repo-relative files that are tests (hidden from the agent)
    command: str  # bash, in the repo; {name} is the exercise's directory name
    note: str  # a line of the instructions: what the solution may use, how it builds
    build: str  # bash, in the agent's workspace: builds the solution (and our build check)
    timeout_s: float = 300.0

    def is_test(self, rel: str) -> bool:
        """Whether a repo-relative file belongs to the exercise's tests."""
        return any(fnmatch(rel, g) for g in self.test_globs)

    def test_command(self, exercise: str) -> str:
        """The grading command of one exercise."""
        return self.command.replace("{name}", exercise)

    def build_command(self, exercise: str) -> str:
        """A command that builds one exercise in the agent's workspace."""
        return self.build.replace("{name}", exercise)


TOOLCHAINS = {t.language: t for t in (
    Toolchain(
        "cpp", ("*_test.cpp",),
        # CMakeLists.txt names the program after its folder, so the build runs in a copy named
        # like the exercise; the program runs once more to write its results as JUnit XML.
        "set -e\nrm -rf /tmp/dgm-cpp && mkdir -p /tmp/dgm-cpp && cp -r . /tmp/dgm-cpp/{name}\n"
        "cmake -S /tmp/dgm-cpp/{name} -B /tmp/dgm-cpp/build -DEXERCISM_RUN_ALL_TESTS=1 >/dev/null\n"
        "cmake --build /tmp/dgm-cpp/build --target {name}\n"
        "/tmp/dgm-cpp/build/{name} --reporter junit",
        "Use only the C++17 standard library. `CMakeLists.txt` takes the program's name from "
        "its folder, so build a copy named like the exercise: `{build}`. `{test}` only checks "
        "that it builds; the exercise's tests are hidden.",
        "rm -rf /tmp/{name} /tmp/build && cp -r . /tmp/{name} && "
        "cmake -S /tmp/{name} -B /tmp/build -DEXERCISM_RUN_ALL_TESTS=1 >/dev/null && "
        "cmake --build /tmp/build"),
    Toolchain(
        "go", ("*_test.go",),
        "go test -v ./...",
        "Use only Go's standard library (Go 1.19, offline). `{build}` compiles and checks "
        "it; the tests are hidden.",
        "go vet ./... && echo build ok"),
    Toolchain(
        "java", ("src/test/*",),
        "set -e\nrm -rf /tmp/dgm-java && mkdir -p /tmp/dgm-java/classes\n"
        f"javac -nowarn -encoding UTF-8 -d /tmp/dgm-java/classes -cp {_JAVA_LIBS} "
        "$(find src/main/java src/test/java -name '*.java')\n"
        "status=0\n"
        "java -jar /usr/share/java/junit-platform-console-standalone.jar "
        "-cp /tmp/dgm-java/classes:/usr/share/java/assertj-core.jar --scan-class-path "
        "--disable-banner --details=none --reports-dir=/tmp/dgm-java/reports || status=$?\n"
        "cat /tmp/dgm-java/reports/*.xml\nexit $status",
        "Use only the Java 17 standard library. `{build}` compiles it; the tests (JUnit 5 "
        "and AssertJ) are hidden.",
        "mkdir -p /tmp/classes && javac -d /tmp/classes $(find src/main/java -name '*.java') "
        "&& echo build ok"),
    Toolchain(
        "javascript", ("*.spec.js",),
        # Babel as the exercises' preset sets it (modules for the Node.js at hand), from
        # Debian's packages: the preset they name is npm's only.
        "jest --ci --json --rootDir . --config '" + json.dumps({
            "testEnvironment": "node", "transform": {r"\.[jt]sx?$": ["babel-jest", {
                "babelrc": False, "configFile": False,
                "presets": [["@babel/preset-env", {"targets": {"node": "current"}}]]}]},
        }) + "'",
        "Use only Node.js's standard library (Node.js 18). `{build}` checks its syntax; the "
        "tests (Jest) are hidden.",
        "for f in $(git ls-files '*.js'); do node --check \"$f\" || exit 1; done && echo build ok"),
    Toolchain(
        "rust", ("tests/*",),
        "CARGO_TARGET_DIR=/tmp/dgm-target cargo test -- --include-ignored",
        "Use only the standard library and the crates `Cargo.toml` names (offline: no other "
        "crate can be fetched). `{build}` compiles it; the tests are hidden.",
        "cargo build"),
)}

# Upstream files the agent never sees: Gradle's wrapper, which would fetch Gradle (the Java
# tests run with javac and JUnit's console launcher instead).
NOT_SHOWN = ("gradlew", "gradlew.bat", "gradle/*")

_DISABLED = re.compile(r"^[ \t]*@Disabled\b(?:\([^)]*\))?[ \t]*\r?\n", re.M)
_XTEST = re.compile(r"\bx(test|it)\(")


def enable_all(language: str, text: str) -> str:
    """A test file with every test switched on, as Aider's benchmark runs them: Java's
    `@Disabled` marks removed, JavaScript's `xtest`/`xit` made `test`/`it`."""
    if language == "java":
        return _DISABLED.sub("", text)
    if language == "javascript":
        return _XTEST.sub(r"\1(", text)
    return text


def placeholder_test(language: str, solutions: list[str]) -> dict[str, str]:
    """Our own visible test file where the build needs one: CMakeLists.txt compiles
    `<name>_test.cpp`, so C++ gets one that only checks the solution builds and links."""
    if language != "cpp":
        return {}
    header = next((s for s in solutions if s.endswith(".h")), None)
    stem = PurePosixPath(header or solutions[0]).stem
    include = f'#include "{header}"\n' if header else ""
    return {f"{stem}_test.cpp": (
        "// Our build check, not the exercise's tests (those are hidden): the solution\n"
        "// compiles and links with CMakeLists.txt.\n"
        f"{include}#include \"test/catch.hpp\"\n\n"
        "TEST_CASE(\"the solution builds\") { REQUIRE(true); }\n")}


def example_targets(language: str, solutions: list[str], examples: list[str]) -> dict[str, str]:
    """Where each example file lands in the solution: Java's reference tree maps onto
    src/main/java; elsewhere an example replaces the unused solution file of its suffix."""
    targets: dict[str, str] = {}
    for example in examples:
        if language == "java":
            targets[example] = re.sub(r"^\.meta/src/reference/java/", "src/main/java/", example)
            continue
        suffix = PurePosixPath(example).suffix
        unused = [s for s in solutions if s not in targets.values()]
        target = next((s for s in unused if PurePosixPath(s).suffix == suffix), None)
        targets[example] = target or (unused[0] if unused else example)
    return targets
