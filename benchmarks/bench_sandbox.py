"""Sandbox overhead: `true` in a sandbox vs plain `docker run --rm`, and 8 sandboxes at once vs 1.

Run with `python -m benchmarks sandbox`. Needs the Docker daemon and the built image.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

ROUNDS = 20
JOBS = 16  # jobs per throughput measurement
WORK = ["python", "-c", "print(sum(i * i for i in range(200_000)))"]


def _timed(fn: Callable[[], None]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _plain(image: str) -> None:
    subprocess.run(["docker", "run", "--rm", image, "true"], check=True,
                   stdout=subprocess.DEVNULL)


def _plain_api(client: Any, image: str) -> None:
    """The same as `docker run --rm`, from this process and without any hardening."""
    api = client.api
    container = api.create_container(image, ["true"])["Id"]
    api.start(container)
    assert api.wait(container)["StatusCode"] == 0
    api.remove_container(container, v=True, force=True)


def _exec_true(client: Any, image: str, config: Any) -> None:
    from sandbox import open_sandbox

    with open_sandbox(config, image=image, client=client, run_id="bench") as sb:
        assert sb.exec(["true"], timeout=30).ok


def _once_true(client: Any, image: str, config: Any) -> None:
    from sandbox import run_once

    assert run_once(["true"], timeout=30, config=config, image=image, client=client).ok


def per_call_cost(client: Any, image: str, config: Any) -> dict[str, float]:
    """p50 seconds of each way of running `true`, measured interleaved."""
    ways: dict[str, Callable[[], None]] = {
        "sandbox (create, start, exec, remove)": lambda: _exec_true(client, image, config),
        "sandbox one-shot (run_once)": lambda: _once_true(client, image, config),
        "unhardened, same calls via the API": lambda: _plain_api(client, image),
    }
    if shutil.which("docker"):
        ways["plain `docker run --rm IMAGE true`"] = lambda: _plain(image)
    samples: dict[str, list[float]] = {name: [] for name in ways}
    for _ in range(ROUNDS):
        for name, fn in ways.items():
            samples[name].append(_timed(fn))
    return {name: statistics.median(values) for name, values in samples.items()}


def _job(client: Any, image: str, config: Any) -> None:
    from sandbox import open_sandbox

    with open_sandbox(config, image=image, client=client, run_id="bench") as sb:
        assert sb.exec(WORK, timeout=60).ok


def throughput(client: Any, image: str, config: Any, workers: int) -> float:
    """Sandbox jobs (open, run a small Python job, remove) finished per second."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        start = time.perf_counter()
        list(pool.map(lambda _: _job(client, image, config), range(JOBS)))
        return JOBS / (time.perf_counter() - start)


def main() -> None:
    """Print the figures."""
    from sandbox import SandboxConfig, ensure_image
    from sandbox.client import connect

    image = ensure_image()
    client = connect()
    config = SandboxConfig()
    _exec_true(client, image, config)  # warm caches before measuring
    costs = per_call_cost(client, image, config)
    plain = costs.get("plain `docker run --rm IMAGE true`")
    print(f"`true`, p50 of {ROUNDS} (image {image}):")
    for name, seconds in costs.items():
        ratio = f"  {seconds / plain:.2f}x plain" if plain else ""
        print(f"  {name:<40} {seconds * 1000:7.0f} ms{ratio}")
    one, eight = (throughput(client, image, config, w) for w in (1, 8))
    print(f"throughput, {JOBS} jobs: 1 at a time {one:.2f}/s, 8 at once {eight:.2f}/s, "
          f"ratio {eight / one:.2f}x")
    client.close()


if __name__ == "__main__":
    main()
