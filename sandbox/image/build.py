"""Build the runtime image from its inputs, only when its content-hash tag is missing."""

from __future__ import annotations

import fcntl
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sandbox.client import client_for
from sandbox.errors import SandboxError
from sandbox.image import recipe
from sandbox.image.crates import ensure_crates
from sandbox.image.present import image_present, present_image
from sandbox.image.rootfs import Progress, build_base
from sandbox.image.wheels import cache_root, ensure_wheels

if TYPE_CHECKING:
    from docker import DockerClient

REGISTRY_PROBE_TIMEOUT_S = 8


def stderr_progress(line: str) -> None:
    """Default progress: one line on stderr."""
    print(f"[sandbox build] {line}", file=sys.stderr, flush=True)


def registry_reachable(client: DockerClient) -> bool:
    """Whether the daemon can reach the registry holding the base image (asked briefly)."""
    # heavy: docker
    from docker.errors import DockerException
    from requests.exceptions import RequestException

    api = client.api
    saved, api.timeout = api.timeout, REGISTRY_PROBE_TIMEOUT_S
    try:
        api.inspect_distribution(recipe.REGISTRY_BASE)
    except (DockerException, RequestException):
        return False
    finally:
        api.timeout = saved
    return True


def choose_source(client: DockerClient, source: str, progress: Progress) -> str:
    """offline or registry; `auto` probes the registry once."""
    if source in recipe.SOURCES:
        return source
    if source != "auto":
        raise SandboxError(f"unknown image source {source!r}", "valid: auto, offline, registry")
    reachable = registry_reachable(client)
    how = f"FROM {recipe.REGISTRY_BASE}" if reachable else "from Debian packages"
    progress(f"registry {'reachable' if reachable else 'unreachable'}: building {how}")
    return "registry" if reachable else "offline"


def ensure_image(source: str = "auto", *, client: DockerClient | None = None,
                 progress: Progress | None = None, rebuild: bool = False,
                 variant: str = recipe.DEFAULT_VARIANT) -> str:
    """The runtime image's tag (of `variant`); builds it when missing (pulls only as an
    explicit build)."""
    progress = progress or stderr_progress
    recipe.check_variant(variant)
    with client_for(client, timeout=900) as client:
        tag = None if rebuild else present_image(client, source, variant)
        if tag:
            return tag
        with _build_lock():
            tag = None if rebuild else present_image(client, source, variant)  # built meanwhile?
            return tag or build_image(choose_source(client, source, progress), client, progress,
                                      variant)


def build_image(source: str, client: DockerClient, progress: Progress,
                variant: str = recipe.DEFAULT_VARIANT) -> str:
    """Build the runtime image of `variant` for `source` and return its tag."""
    tag = recipe.image_tag(source, variant=variant)
    base = (build_base(client, progress, variant) if source == "offline"
            else recipe.REGISTRY_BASE)
    wheels = ensure_wheels(client.info().get("Architecture", "x86_64"), progress)
    with tempfile.TemporaryDirectory(prefix="dgm-image-") as tmp:
        context = Path(tmp)
        for name in recipe.INPUT_FILES:
            shutil.copy(recipe.FILES / name, context / name)
        extra = recipe.variant_dir(variant)
        if extra:  # the whole package list (a registry base installs what it lacks), and the step
            listed = recipe.packages(variant=variant)
            (context / "packages.txt").write_text("\n".join(listed) + "\n")
            shutil.copy(extra / "setup.sh", context / "variant.sh")
            crates = ensure_crates(variant, progress)
            if crates:
                shutil.copytree(crates, context / "crates",
                                ignore=shutil.ignore_patterns(".complete"))
        shutil.copytree(wheels, context / "wheels")
        progress(f"building {tag} FROM {base}")
        _docker_build(client, context, tag, base, progress)
    if not image_present(client, tag):
        raise SandboxError(f"building {tag} produced no image", "see the output above")
    progress(f"built {tag}")
    return tag


def _docker_build(client: DockerClient, context: Path, tag: str, base: str,
                  progress: Progress) -> None:
    for event in client.api.build(path=str(context), tag=tag, buildargs={"BASE": base},
                                  rm=True, forcerm=True, decode=True):
        if "error" in event:
            raise SandboxError(f"docker build failed: {event['error'].strip()}",
                               "see the output above; then run `dgm sandbox build` again")
        for line in str(event.get("stream", "")).splitlines():
            if line.strip():
                progress(line.rstrip())


@contextmanager
def _build_lock() -> Iterator[None]:
    """One build at a time on this machine (test sessions may start together)."""
    path = cache_root() / "build.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
