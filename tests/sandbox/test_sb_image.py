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
