"""The image recipe: content-hash tags, the mmdebstrap and pip steps, and the built image."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sandbox.image import recipe, rootfs, wheels


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A copy of the image's input files that a test may edit."""
    return Path(shutil.copytree(recipe.FILES, tmp_path / "files"))


def test_tags_are_stable_and_differ_by_source(inputs: Path) -> None:
    assert recipe.image_tag("offline", inputs) == recipe.image_tag("offline")
    assert recipe.image_tag("offline") != recipe.image_tag("registry")
    assert recipe.image_tag("registry").startswith("dgm-sandbox:registry-")
    with pytest.raises(ValueError, match="valid: offline, registry"):
        recipe.image_tag("ftp")


@pytest.mark.parametrize("name", recipe.INPUT_FILES)
def test_changing_any_input_changes_the_tag(inputs: Path, name: str) -> None:
    before = {s: recipe.image_tag(s, inputs) for s in recipe.SOURCES}
    with open(inputs / name, "a") as handle:
        handle.write("\n# changed\n" if name != "packages.txt" else "less\n")
    after = {s: recipe.image_tag(s, inputs) for s in recipe.SOURCES}
    assert all(before[s] != after[s] for s in recipe.SOURCES)


def test_only_the_package_list_decides_the_base(inputs: Path) -> None:
    base = recipe.base_tag(inputs)
    (inputs / "Dockerfile").write_text("FROM scratch\n")
    assert recipe.base_tag(inputs) == base
    with open(inputs / "packages.txt", "a") as handle:
        handle.write("less\n")
    assert recipe.base_tag(inputs) != base


def test_the_image_holds_what_the_contract_promises() -> None:
    assert {"python3", "git", "patch", "procps", "ca-certificates"} <= set(recipe.packages())
    pinned = {p.split("==")[0].lower() for p in recipe.pins()}
    assert {"anthropic", "httpx", "pytest", "pip"} <= pinned
    assert all("==" in p for p in recipe.pins())


def test_mmdebstrap_makes_a_minimal_base_without_docs(tmp_path: Path) -> None:
    cmd = rootfs.mmdebstrap_command(tmp_path / "rootfs.tar")
    assert cmd[0] == "mmdebstrap" and "--variant=essential" in cmd
    assert f"--include={','.join(recipe.packages())}" in cmd
    assert "--dpkgopt=path-exclude=/usr/share/doc/*" in cmd
    assert cmd.index("--dpkgopt=path-exclude=/usr/share/doc/*") < cmd.index(
        "--dpkgopt=path-include=/usr/share/doc/*/copyright")
    assert cmd[-2:] == ["bookworm", str(tmp_path / "rootfs.tar")]


def test_wheels_are_fetched_as_binaries_for_the_image_python(tmp_path: Path) -> None:
    cmd = wheels.download_command(tmp_path, "manylinux2014_x86_64")
    joined = " ".join(cmd)
    assert "--only-binary=:all:" in cmd and "--no-deps" in cmd
    assert "--python-version 3.11" in joined and "--abi cp311" in joined
    assert "--platform manylinux2014_x86_64" in joined
    assert cmd[-1].endswith("requirements.lock")


def test_the_dockerfile_builds_from_either_base() -> None:
    text = (recipe.FILES / "Dockerfile").read_text()
    assert "ARG BASE" in text and "FROM ${BASE}" in text
    assert "USER 1000:1000" in text and "/opt/venv/bin" in text


@pytest.mark.docker
def test_ensure_image_returns_the_present_image_without_building(sandbox_image: str) -> None:
    from sandbox import ensure_image

    lines: list[str] = []
    assert ensure_image(progress=lines.append) == sandbox_image
    assert lines == []
    assert sandbox_image in {recipe.image_tag(s) for s in recipe.SOURCES}


@pytest.mark.docker
def test_the_built_image_has_the_promised_tools(sandbox_image: str) -> None:
    from sandbox import run_once

    script = ("import sys, anthropic, httpx, pytest; print(sys.version_info[:2]);"
              "import shutil; print([bool(shutil.which(t)) for t in "
              "('python', 'python3', 'git', 'patch', 'bash', 'timeout', 'ps')])")
    result = run_once(["python", "-c", script], timeout=60, image=sandbox_image)
    assert result.ok, result.stderr
    assert result.stdout.splitlines() == ["(3, 11)", "[True, True, True, True, True, True, True]"]


def test_a_variant_adds_its_packages_and_has_tags_of_its_own(inputs: Path) -> None:
    base = set(recipe.packages(inputs))
    polyglot = recipe.packages(inputs, "polyglot")
    assert base < set(polyglot)
    assert {"g++", "cmake", "golang-go", "default-jdk-headless", "junit5", "cargo-web",
            "nodejs", "jest"} <= set(polyglot)
    assert recipe.base_tag(inputs, "polyglot") != recipe.base_tag(inputs)
    for source in recipe.SOURCES:
        tag = recipe.image_tag(source, inputs, "polyglot")
        assert tag.startswith(f"dgm-sandbox:polyglot-{source}-")
        assert recipe.variant_of(tag) == "polyglot"
        assert recipe.variant_of(recipe.image_tag(source, inputs)) == "default"
    assert recipe.variant_of("python:3.11-slim") == "default"


@pytest.mark.parametrize("name", recipe.VARIANT_FILES)
def test_changing_a_variant_input_changes_only_that_variant(inputs: Path, name: str) -> None:
    before = {v: recipe.image_tag("offline", inputs, v) for v in recipe.VARIANTS}
    with open(inputs / "variants" / "polyglot" / name, "a") as handle:
        handle.write("\n# changed\n" if name != "packages.txt" else "less\n")
    after = {v: recipe.image_tag("offline", inputs, v) for v in recipe.VARIANTS}
    assert after["default"] == before["default"]
    assert after["polyglot"] != before["polyglot"]


def test_an_unknown_variant_is_refused_with_the_valid_ones() -> None:
    from sandbox.errors import SandboxError

    with pytest.raises(SandboxError, match="unknown image variant 'java'") as info:
        recipe.image_tag("offline", variant="java")
    assert info.value.fix == "valid: default, polyglot"


def test_a_missing_variant_says_how_to_build_it() -> None:
    from sandbox.errors import image_missing

    assert image_missing(recipe.image_tag("offline", variant="polyglot")).fix == \
        "run `dgm sandbox build --variant polyglot`"
    assert image_missing(recipe.image_tag("registry")).fix == "run `dgm sandbox build`"


def test_the_base_makes_the_manual_folders_alternatives_link_into(tmp_path: Path) -> None:
    cmd = rootfs.mmdebstrap_command(tmp_path / "rootfs.tar", "polyglot")
    assert f"--include={','.join(recipe.packages(variant='polyglot'))}" in cmd
    assert '--essential-hook=mkdir -p "$1"/usr/share/man/man1' in cmd


@pytest.mark.docker
def test_the_polyglot_variant_has_every_toolchain_offline_and_the_same_hardening(
        polyglot_image: str) -> None:
    from sandbox import run_once

    script = ("id -u; g++ --version | head -1; cmake --version | head -1; go version; "
              "javac -version 2>&1; cargo --version; node --version; jest --version; "
              "test -f /usr/share/java/junit-platform-console-standalone.jar && echo junit; "
              "grep -c 'offline = true' /.cargo/config.toml; "
              "find / -xdev -type f -perm /6000 | wc -l; python -c 'import anthropic'")
    result = run_once(["bash", "-c", script], timeout=120, image=polyglot_image)
    assert result.ok, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "1000"
    assert [lines[i].split()[0] for i in (1, 2, 3, 4, 5)] == ["g++", "cmake", "go", "javac",
                                                             "cargo"]
    assert lines[6].startswith("v") and lines[7][0].isdigit()
    assert lines[8:] == ["junit", "1", "0"]


def test_crates_are_vendored_exactly_as_locked_without_windows_import_libraries(
        tmp_path: Path) -> None:
    import json

    from sandbox.image import crates

    manifest = recipe.FILES / "variants" / "polyglot" / "crates" / "Cargo.toml"
    assert (manifest.parent / "Cargo.lock").is_file()
    cmd = crates.vendor_command(manifest, tmp_path / "v")
    assert cmd[:2] == ["cargo", "vendor"] and "--locked" in cmd and "--versioned-dirs" in cmd
    assert crates.ensure_crates("default", lambda line: None) is None
    crate = tmp_path / "winapi-x86_64-pc-windows-gnu-0.4.0"
    (crate / "lib").mkdir(parents=True)
    (crate / "lib" / "libwinapi_x.a").write_bytes(b"\0" * 64)
    (crate / "src").mkdir()
    (crate / "src" / "lib.rs").write_text("")
    (crate / ".cargo-checksum.json").write_text(json.dumps(
        {"files": {"lib/libwinapi_x.a": "aa", "src/lib.rs": "bb"}, "package": "cc"}))
    kept = tmp_path / "rand-0.8.8"
    (kept / "lib").mkdir(parents=True)
    crates.drop_windows_libs(tmp_path)
    assert not (crate / "lib").exists() and (kept / "lib").is_dir()
    sums = json.loads((crate / ".cargo-checksum.json").read_text())
    assert sums == {"files": {"src/lib.rs": "bb"}, "package": "cc"}
