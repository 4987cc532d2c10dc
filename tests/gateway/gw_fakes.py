"""Fakes at the gateway's seams: a scripted provider and a loopback fake upstream server."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from dgm.evolution.protocols import CallContext
from dgm.gateway import Gateway, GatewayConfig


def message(text: str = "ok", *, tool: dict[str, Any] | None = None,
            usage: dict[str, int] | None = None) -> dict[str, Any]:
    """An Anthropic Messages response with a text block and maybe one tool_use block."""
    content: list[dict[str, Any]] = [{"type": "text", "text": text}]
    if tool:
        content.append({"type": "tool_use", "id": tool.get("id", "toolu_1"),
                        "name": tool["name"], "input": tool.get("input", {})})
    return {
        "id": "msg_scripted", "type": "message", "role": "assistant", "model": "scripted",
        "content": content, "stop_reason": "tool_use" if tool else "end_turn",
        "stop_sequence": None,
        "usage": usage or {"input_tokens": 100, "output_tokens": 20},
    }


class ScriptedProvider:
    """A model that answers from a script (or a function of the request) and logs each call."""

    name = "scripted"
    models: list[str] | None = ["scripted"]
    billed = True

    def secrets(self) -> list[str]:
        """No credentials."""
        return []

    def close(self) -> None:
        """Nothing to release."""

    def __init__(self, answer: Callable[[dict[str, Any], CallContext], dict[str, Any]]
                 | None = None) -> None:
        self.answer = answer or (lambda request, context: message(f"n={len(request['messages'])}"))
        self.calls: list[tuple[dict[str, Any], CallContext]] = []
        self.lock = threading.Lock()

    def complete(self, request: dict[str, Any], context: CallContext) -> dict[str, Any]:
        """Log the call and answer it."""
        with self.lock:
            self.calls.append((request, context))
        return self.answer(request, context)


class FakeClock:
    """Unix time that moves only when something sleeps on it; logs every sleep."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now
        self.slept: list[float] = []
        self.lock = threading.Lock()

    def time(self) -> float:
        """The current fake time."""
        with self.lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        """Move time on by `seconds` at once."""
        with self.lock:
            self.slept.append(seconds)
            self.now += seconds


def scripted_config(**overrides: Any) -> GatewayConfig:
    """A config routing every role to the scripted provider."""
    return GatewayConfig(**{"provider": "scripted", "model": "scripted", **overrides})


def context(attempt: str = "a1", role: str = "coding_agent", run: str = "r1",
            **kw: Any) -> CallContext:
    """A CallContext with short defaults."""
    return CallContext(run_id=run, attempt_id=attempt, role=role, **kw)


def sdk_client(gw: Gateway, token: str, *, via: str = "unix") -> Any:
    """The official SDK pointed at the gateway, the way an agent (unix) or host (tcp) does it."""
    import anthropic
    import httpx2

    if via == "tcp":
        return anthropic.Anthropic(base_url=gw.tcp_url, api_key=token, max_retries=0)
    http = httpx2.Client(transport=httpx2.HTTPTransport(uds=str(gw.socket_path)))
    return anthropic.Anthropic(base_url="http://dgm-gateway", api_key=token, http_client=http,
                               max_retries=0)


USER = [{"role": "user", "content": "hello"}]


# ---- a fake upstream HTTP server on 127.0.0.1 ---------------------------------------------


@dataclass
class Step:
    """One scripted upstream behaviour."""

    kind: str  # "reply", "sleep" (then reply), "drop" (close without answering), "cut"
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    keep: int = 0  # "cut": bytes of the body sent before the connection drops


def reply(status: int = 200, body: Any = None, **headers: str) -> Step:
    """Answer `status` with a JSON body."""
    return Step("reply", status, body, {k.replace("_", "-"): v for k, v in headers.items()})


def slow(seconds: float, body: Any = None) -> Step:
    """Wait `seconds`, then answer 200."""
    return Step("sleep", 200, body, seconds=seconds)


def drop() -> Step:
    """Close the connection without answering."""
    return Step("drop")


def cut(body: Any, keep: int, stall: float = 0.0) -> Step:
    """Answer 200 announcing all of `body`, send `keep` bytes of it, (stall, then) hang up."""
    return Step("cut", 200, body, keep=keep, seconds=stall)


@dataclass
class Seen:
    """A request the fake upstream received."""

    at: float
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class FakeUpstream:
    """A provider API on loopback that plays `steps` in order, then `default` forever."""

    def __init__(self, default: Callable[[dict[str, Any]], Any]) -> None:
        self.default = default
        self.delay = 0.0  # seconds every default reply waits
        self.in_flight = 0
        self.max_in_flight = 0
        self.steps: list[Step] = []
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def close(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()

    def _next(self, body: dict[str, Any]) -> Step:
        with self.lock:
            if self.steps:
                return self.steps.pop(0)
            return Step("sleep", 200, self.default(body), seconds=self.delay)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                headers = {k.lower(): v for k, v in self.headers.items()}
                with upstream.lock:
                    upstream.seen.append(Seen(time.monotonic(), self.path, headers, body))
                step = upstream._next(body)
                with upstream.lock:
                    upstream.in_flight += 1
                    upstream.max_in_flight = max(upstream.max_in_flight, upstream.in_flight)
                try:
                    self._play(step, body)
                finally:
                    with upstream.lock:
                        upstream.in_flight -= 1

            def _play(self, step: Step, body: dict[str, Any]) -> None:
                if step.kind == "drop":
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                if step.kind == "sleep":
                    time.sleep(step.seconds)
                data = json.dumps(step.body if step.body is not None
                                  else upstream.default(body)).encode()
                self.send_response(step.status)
                for key, value in step.headers.items():
                    self.send_header(key, value)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                if step.kind == "cut":
                    self.wfile.write(data[:step.keep])
                    self.wfile.flush()
                    time.sleep(step.seconds)
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        return Handler
