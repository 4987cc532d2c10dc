"""The image's Python packages as wheels, downloaded on the host and cached."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

from sandbox.errors import SandboxError
from sandbox.image import recipe
from sandbox.image.rootfs import Progress, run_logged

PLATFORMS = {"x86_64": "manylinux2014_x86_64", "aarch64": "manylinux2014_aarch64"}


def cache_root() -> Path:
    """Where built artefacts are cached on this machine."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base, "dgm", "sandbox")


def download_command(dest: Path, platform: str) -> list[str]:
    """pip download of exactly the pinned wheels for CPython 3.11 on `platform`."""
    abi = "cp" + recipe.PYTHON_VERSION.replace(".", "")
    return [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
            "--only-binary=:all:", "--no-deps", "--python-version", recipe.PYTHON_VERSION,
            "--implementation", "cp", "--abi", abi, "--platform", platform,
            "--dest", str(dest), "--requirement", str(recipe.FILES / "requirements.lock")]


def ensure_wheels(architecture: str, progress: Progress) -> Path:
    """A dir holding every pinned wheel for the daemon's architecture (downloaded once)."""
    platform = PLATFORMS.get(architecture)
    if platform is None:
        raise SandboxError(f"no wheels for the daemon's architecture {architecture!r}",
                           f"supported: {', '.join(PLATFORMS)}")
    key = hashlib.sha256(("\n".join(recipe.pins()) + platform).encode()).hexdigest()[:16]
    dest = cache_root() / f"wheels-{key}"
    if (dest / ".complete").exists():
        progress(f"wheels are cached in {dest}")
        return dest
    partial = dest.with_name(dest.name + f".partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    progress(f"downloading {len(recipe.pins())} pinned wheels for {platform}")
    run_logged(download_command(partial, platform), progress)
    (partial / ".complete").touch()
    shutil.rmtree(dest, ignore_errors=True)
    partial.rename(dest)
    return dest
