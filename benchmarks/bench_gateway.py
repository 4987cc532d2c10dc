"""Gateway overhead per exchange (p50) against an in-process call, and under 32 clients."""

from __future__ import annotations

import json
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dgm.evolution.protocols import CallContext
from dgm.gateway import Gateway, GatewayConfig

CALLS = 200  # sequential exchanges per measurement
CLIENTS = 32  # concurrent clients
CALLS_PER_CLIENT = 10
SANDBOXES = 4  # the 32 clients run as 8 threads in each of 4 sandboxes (2-core machine)
PROMPT = "The agent failed 3 of 5 tasks; its logs follow. Propose one fix."
REQUEST = {"max_tokens": 256, "messages": [{"role": "user", "content": PROMPT}]}


class ScriptedProvider:
    """A trivial stand-in model, used when dgm.toy is not installed."""

    name = "scripted"
    models: list[str] | None = ["scripted"]
    billed = True

    def secrets(self) -> list[str]:
        """No credentials."""
        return []

    def close(self) -> None:
        """Nothing to release."""

    def complete(self, request: dict[str, Any], context: CallContext) -> dict[str, Any]:
        """A fixed short answer."""
        return {"id": "msg_b", "type": "message", "role": "assistant", "model": "scripted",
                "content": [{"type": "text", "text": "ok"}], "stop_reason": "end_turn",
                "stop_sequence": None, "usage": {"input_tokens": 20, "output_tokens": 2}}


def pick_provider() -> tuple[Any, str]:
    """The toy provider, or the scripted stand-in when dgm.toy is missing."""
    try:
        from dgm.toy.provider import ToyProvider
    except ImportError:
        return ScriptedProvider(), "scripted stand-in (dgm.toy not installed)"
    return ToyProvider(seed=0), "toy (simulated model)"


def p50_ms(fn: Callable[[], Any], n: int = CALLS) -> float:
    """Median wall time of `fn` in milliseconds, after a few warm-up calls."""
    for _ in range(5):
        fn()
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def sdk_over_socket(gw: Gateway, token: str) -> Any:
    """The official SDK over the unix socket, as an agent uses it."""
    import anthropic
    import httpx2

    http = httpx2.Client(transport=httpx2.HTTPTransport(uds=str(gw.socket_path)))
    return anthropic.Anthropic(base_url="http://dgm-gateway", api_key=token, http_client=http)


def sequential(gw: Gateway, provider: Any) -> None:
    """p50 of one exchange: in-process provider, gw.complete, raw HTTP and the SDK."""
    import httpx

    context = CallContext("bench", "seq", "diagnoser")
    token = gw.issue_token(context)
    direct = p50_ms(lambda: provider.complete(dict(REQUEST, model=provider.models[0]), context))
    inproc = p50_ms(lambda: gw.complete(REQUEST, token))
    raw = httpx.Client(transport=httpx.HTTPTransport(uds=str(gw.socket_path)))
    headers = {"x-api-key": token}
    http = p50_ms(lambda: raw.post("http://gw/v1/messages", json=REQUEST, headers=headers))
    client = sdk_over_socket(gw, token)
    sdk = p50_ms(lambda: client.messages.create(model="m", **REQUEST))
    print(f"   provider called in-process        p50 {direct:7.3f} ms")
    print(f"   gw.complete (metered, recorded)    p50 {inproc:7.3f} ms  (+{inproc - direct:.3f})")
    print(f"   HTTP over the unix socket          p50 {http:7.3f} ms  (+{http - direct:.3f})")
    print(f"   anthropic SDK over the unix socket p50 {sdk:7.3f} ms  (+{sdk - direct:.3f})")


def concurrent_threads(gw: Gateway) -> list[float]:
    """32 host threads, each with its own SDK client over the socket; per-call seconds."""
    latencies: list[float] = []
    lock = threading.Lock()

    def client_run(i: int) -> None:
        client = sdk_over_socket(gw, gw.issue_token(CallContext("bench", f"c{i}", "diagnoser")))
        for _ in range(CALLS_PER_CLIENT):
            start = time.perf_counter()
            client.messages.create(model="m", **REQUEST)
            with lock:
                latencies.append(time.perf_counter() - start)

    threads = [threading.Thread(target=client_run, args=(i,)) for i in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


CONTAINER_SCRIPT = """
import json, os, sys, threading, time
import anthropic
try:
    import httpx2 as httpx
except ImportError:
    import httpx
N, K = int(sys.argv[1]), int(sys.argv[2])
out, lock, barrier = [], threading.Lock(), threading.Barrier(N)
def run():
    http = httpx.Client(transport=httpx.HTTPTransport(uds=os.environ["DGM_GATEWAY_SOCKET"]))
    c = anthropic.Anthropic(base_url="http://dgm-gateway", api_key=os.environ["DGM_GATEWAY_TOKEN"],
                            http_client=http)
    req = json.loads(os.environ["BENCH_REQUEST"])
    barrier.wait()
    for _ in range(K):
        t = time.perf_counter()
        c.messages.create(model=os.environ["DGM_MODEL"], **req)
        with lock:
            out.append(time.perf_counter() - t)
ts = [threading.Thread(target=run) for _ in range(N)]
start = time.perf_counter()
[t.start() for t in ts]
[t.join() for t in ts]
print(json.dumps({"latencies": out, "wall": time.perf_counter() - start}))
"""


def concurrent_sandboxes(gw: Gateway) -> tuple[list[float], float]:
    """32 clients as threads in 4 sandboxes that mount the socket dir at /dgm."""
    from contextlib import ExitStack

    from sandbox import Mount, SandboxConfig, ensure_image, open_sandbox

    image = ensure_image()
    per = CLIENTS // SANDBOXES
    with ExitStack() as stack:
        boxes = [stack.enter_context(open_sandbox(
            SandboxConfig(), image=image, run_id="bench-gateway",
            mounts=[Mount(host=gw.socket_dir, container="/dgm", read_only=True)],
            labels={"dgm.role": "bench"})) for _ in range(SANDBOXES)]
        results: list[Any] = [None] * SANDBOXES

        def run(i: int) -> None:
            env = gw.sandbox_env(gw.issue_token(CallContext("bench", f"s{i}", "diagnoser")))
            env["BENCH_REQUEST"] = json.dumps(REQUEST)
            cmd = ["python", "-c", CONTAINER_SCRIPT, str(per), str(CALLS_PER_CLIENT)]
            results[i] = boxes[i].exec(cmd, timeout=300, env=env)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(SANDBOXES)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    latencies: list[float] = []
    walls = []
    for r in results:
        if r.exit_code != 0:
            raise RuntimeError(f"sandbox client failed: {r.stderr[-500:]}")
        data = json.loads(r.stdout.strip().splitlines()[-1])
        latencies.extend(data["latencies"])
        walls.append(data["wall"])
    return latencies, max(walls)  # the sandboxes overlap; container start-up is not counted


def sandboxes_usable() -> str | None:
    """Why sandboxes cannot be used here, or None when they can."""
    try:
        import docker

        docker.from_env().ping()
        import sandbox  # noqa: F401
    except Exception as exc:  # any reason at all means: fall back to host threads
        return f"{type(exc).__name__}: {exc}"
    return None


def report_concurrent(label: str, latencies: list[float], wall: float) -> None:
    """Print p50/p95 and throughput of a concurrent run."""
    ordered = sorted(latencies)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(f"   {label}: {len(latencies)} exchanges in {wall:.2f} s = "
          f"{len(latencies) / wall:.0f}/s; per exchange p50 "
          f"{statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")


def main() -> None:
    """Print the gateway's overhead figures."""
    provider, label = pick_provider()
    print(f"   provider: {label}; role diagnoser; {CALLS} sequential calls per row")
    config = GatewayConfig(provider=provider.name, model=provider.models[0])
    with tempfile.TemporaryDirectory() as tmp, Gateway(
        config, Path(tmp), providers={provider.name: provider}
    ) as gw:
        sequential(gw, provider)
        start = time.perf_counter()
        latencies = concurrent_threads(gw)
        report_concurrent(f"{CLIENTS} concurrent host threads (SDK, unix socket)", latencies,
                          time.perf_counter() - start)
        why_not = sandboxes_usable()
        if why_not:
            print(f"   sandboxes not available ({why_not}); host threads only")
            return
        latencies, wall = concurrent_sandboxes(gw)
        report_concurrent(f"{CLIENTS} concurrent clients in {SANDBOXES} sandboxes "
                          f"({CLIENTS // SANDBOXES} threads each, mounted socket)", latencies, wall)


if __name__ == "__main__":
    main()
