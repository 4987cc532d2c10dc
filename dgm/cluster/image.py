"""The sandbox image on every node: present already, or shipped from the driver's Docker.

The driver's image is saved once (`docker save`) by a depot actor on the driver's node
and fetched by a node in chunks through Ray's object store, then `docker load`ed there.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sandbox.client import connect
from sandbox.errors import SandboxError
from sandbox.image.present import image_present

CHUNK_BYTES = 16 * 1024 * 1024  # small enough for any node's object store


class ImageDepot:
    """Serves images of the driver's Docker daemon, each saved once to a temporary file."""

    def __init__(self, chunk_bytes: int = CHUNK_BYTES) -> None:
        self.chunk_bytes = chunk_bytes
        self.folder = Path(tempfile.mkdtemp(prefix="dgm-depot-"))
        self.saved: dict[str, Path] = {}

    def prepare(self, tag: str) -> int:
        """Save `tag` unless saved already; its size in bytes."""
        if tag not in self.saved:
            path = self.folder / f"image-{len(self.saved)}.tar"
            client = connect(timeout=900)
            try:
                with open(path, "wb") as out:
                    for block in client.api.get_image(tag):
                        out.write(block)
            finally:
                client.close()
            self.saved[tag] = path
        return self.saved[tag].stat().st_size

    def chunk(self, tag: str, index: int) -> bytes:
        """Chunk `index` of the saved image."""
        with open(self.saved[tag], "rb") as f:
            f.seek(index * self.chunk_bytes)
            return f.read(self.chunk_bytes)

    def chunk_size(self) -> int:
        """The size of every chunk but the last."""
        return self.chunk_bytes

    def close(self) -> None:
        """Remove the saved files."""
        shutil.rmtree(self.folder, ignore_errors=True)


def ensure_node_image(tag: str, depot: Any) -> bool:
    """Make `tag` present in this node's Docker; True when it had to be shipped here."""
    client = connect(timeout=900)
    try:
        if image_present(client, tag):
            return False
        with _load_lock():
            if image_present(client, tag):  # another call on this node loaded it meanwhile
                return False
            _ship(client, tag, depot)
        if not image_present(client, tag):
            raise SandboxError(f"loading {tag} on this node produced no image",
                               "check the node's Docker daemon and disk space")
        return True
    finally:
        client.close()


def _ship(client: Any, tag: str, depot: Any) -> None:
    """Fetch the image from the depot chunk by chunk into a file, then load it."""
    import ray  # optional: the ray extra

    size, chunk_bytes = ray.get([depot.prepare.remote(tag), depot.chunk_size.remote()])
    with tempfile.TemporaryFile(prefix="dgm-image-") as f:
        for index in range((size + chunk_bytes - 1) // chunk_bytes):
            f.write(ray.get(depot.chunk.remote(tag, index)))
        f.seek(0)
        for event in client.api.load_image(f, quiet=True):  # the load ends with its answer
            if "error" in event:
                raise SandboxError(f"docker load of {tag} failed: {event['error']}",
                                   "check the node's Docker daemon and disk space")


@contextmanager
def _load_lock() -> Iterator[None]:
    """One image load at a time on this machine."""
    path = Path(tempfile.gettempdir()) / f"dgm-image-load-{os.getuid()}.lock"
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
