"""A node without the sandbox image gets the driver's, through Ray, and loads it."""

from __future__ import annotations

import io
import tarfile
import uuid
from collections.abc import Iterator

import pytest

from dgm.cluster.image import ImageDepot, ensure_node_image


@pytest.fixture
def tiny_image() -> Iterator[str]:
    """A few-kilobyte image of this test's own (the real one is too big to ship in a test)."""
    from sandbox.client import connect

    tag = f"dgm-ray-test:{uuid.uuid4().hex[:12]}"
    client = connect()
    context = io.BytesIO()
    with tarfile.open(fileobj=context, mode="w") as tar:
        for name, data in (("Dockerfile", b"FROM scratch\nCOPY hello.txt /\n"),
                           ("hello.txt", b"shipped\n" * 200)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    context.seek(0)
    client.images.build(fileobj=context, custom_context=True, tag=tag, rm=True)
    try:
        yield tag
    finally:
        for image in client.images.list(name=tag):
            client.images.remove(image.id, force=True)
        client.close()


@pytest.mark.docker
@pytest.mark.usefixtures("ray_here")
def test_a_missing_image_is_shipped_from_the_driver_in_chunks(tiny_image: str) -> None:
    import ray

    from sandbox.client import connect

    depot = ray.remote(ImageDepot).remote(chunk_bytes=512)  # several chunks, even for this one
    try:
        size = ray.get(depot.prepare.remote(tiny_image))
        assert size > 512
        assert ensure_node_image(tiny_image, depot) is False  # present: nothing to do
        client = connect()
        try:
            image_id = client.images.get(tiny_image).id
            client.images.remove(tiny_image)
            assert ensure_node_image(tiny_image, depot) is True
            assert client.images.get(tiny_image).id == image_id
        finally:
            client.close()
    finally:
        ray.get(depot.close.remote())
