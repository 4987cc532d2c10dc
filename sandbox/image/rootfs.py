"""The offline base: a Debian root filesystem made with mmdebstrap and `docker import`ed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sandbox.errors import SandboxError
from sandbox.image import recipe
from sandbox.image.present import image_present

if TYPE_CHECKING:
    from docker import DockerClient

Progress = Callable[[str], None]


def mmdebstrap_command(target: Path, variant: str = recipe.DEFAULT_VARIANT) -> list[str]:
    """The mmdebstrap invocation: Essential set plus our packages, no docs or translations."""
    dpkg = [f"--dpkgopt=path-exclude={p}" for p in recipe.DPKG_EXCLUDES]
    dpkg += [f"--dpkgopt=path-include={p}" for p in recipe.DPKG_INCLUDES]
    dpkg += [f'--essential-hook=mkdir -p "$1"{d}' for d in recipe.EMPTY_DIRS]
    packages = ",".join(recipe.packages(variant=variant))
    return ["mmdebstrap", "--variant=essential", f"--include={packages}",
            *dpkg, '--aptopt=Acquire::Languages "none"', "--format=tar",
            recipe.SUITE, str(target)]


def build_base(client: DockerClient, progress: Progress,
               variant: str = recipe.DEFAULT_VARIANT) -> str:
    """Make and import the base root filesystem unless its tag is already present."""
    tag = recipe.base_tag(variant=variant)
    if image_present(client, tag):
        progress(f"base {tag} is present")
        return tag
    ensure_mmdebstrap(progress)
    with tempfile.TemporaryDirectory(prefix="dgm-rootfs-", dir=_scratch()) as tmp:
        tarball = Path(tmp, "rootfs.tar")
        progress(f"making the Debian {recipe.SUITE} root filesystem with mmdebstrap")
        run_logged(mmdebstrap_command(tarball, variant), progress)
        progress(f"importing it as {tag}")
        repository, _, version = tag.partition(":")
        client.api.import_image_from_file(str(tarball), repository=repository, tag=version)
    if not image_present(client, tag):
        raise SandboxError(f"importing the base image {tag} failed", "see the output above")
    return tag


def ensure_mmdebstrap(progress: Progress) -> None:
    """Install mmdebstrap with apt when it is missing (root only)."""
    if shutil.which("mmdebstrap"):
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise SandboxError("mmdebstrap is needed to build the sandbox image without a registry",
                           "install it (`sudo apt-get install mmdebstrap`) and run "
                           "`dgm sandbox build` again")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    progress("installing mmdebstrap with apt-get")
    run_logged(["apt-get", "update"], progress, env)
    run_logged(["apt-get", "install", "-y", "mmdebstrap"], progress, env)


def run_logged(cmd: list[str], progress: Progress, env: dict[str, str] | None = None) -> None:
    """Run cmd, passing its output lines to progress; SandboxError when it fails."""
    with subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, env=env) as proc:
        assert proc.stdout is not None
        tail: list[str] = []
        for line in proc.stdout:
            progress(line.rstrip())
            tail = (tail + [line.rstrip()])[-5:]
    if proc.returncode != 0:
        raise SandboxError(f"`{' '.join(cmd[:2])}` failed with status {proc.returncode}: "
                           f"{' | '.join(tail)}", "see the output above; then retry")


def _scratch() -> str:
    """A roomy temp dir: /var/tmp, where /tmp is often a small tmpfs."""
    return "/var/tmp" if os.access("/var/tmp", os.W_OK) else tempfile.gettempdir()
