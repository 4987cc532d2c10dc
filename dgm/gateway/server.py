"""HTTP servers of the gateway: one on a unix socket, one on loopback TCP, same handler."""

from __future__ import annotations

import json
import logging
import socket
import socketserver
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol

from dgm.gateway.errors import BudgetExceeded, ProviderError
from dgm.gateway.sse import stream_body
from dgm.gateway.tokens import token_from_headers
from ground.context import CallContext
from ground.jsontypes import JsonObject

log = logging.getLogger("dgm.gateway")
IDLE_TIMEOUT_S = 300.0  # an idle keep-alive connection is closed after this long


class Backend(Protocol):
    """What the handler needs from the gateway."""

    max_request_bytes: int

    def context_for(self, token: str) -> CallContext | None: ...

    def dispatch(self, request: JsonObject, context: CallContext) -> JsonObject: ...


# What a socketserver hands its handlers: a stream socket, or (for datagrams) data and socket.
Request = socket.socket | tuple[bytes, socket.socket]


def _connection(request: Request) -> socket.socket:
    """The socket of a request (a stream server's request is its socket)."""
    return request if isinstance(request, socket.socket) else request[1]


class _Tracking:
    """Server mixin that remembers open connections so close() can cut idle keep-alives."""

    backend: Backend
    daemon_threads = True
    request_queue_size = 128  # 32+ clients connecting at once must not be refused

    def track_init(self, backend: Backend) -> None:
        """Set up connection tracking (called from the subclasses' __init__)."""
        self.backend = backend
        self.open_connections: set[socket.socket] = set()
        self.open_lock = threading.Lock()

    # The super() calls below reach the server class after this mixin in the MRO, which the
    # type checker cannot see from the mixin alone (hence the misc ignores).
    def process_request(self, request: Request, client_address: object) -> None:
        """Remember the connection, then serve it on its own thread."""
        with self.open_lock:
            self.open_connections.add(_connection(request))
        super().process_request(request, client_address)  # type: ignore[misc]

    def shutdown_request(self, request: Request) -> None:
        """Forget the connection and close it."""
        with self.open_lock:
            self.open_connections.discard(_connection(request))
        super().shutdown_request(request)  # type: ignore[misc]

    def handle_error(self, request: Request, client_address: object) -> None:
        """A connection-level failure (client hung up): log it quietly."""
        log.debug("gateway connection error", exc_info=True)

    def cut_connections(self) -> None:
        """Shut down every open connection (their threads then finish)."""
        with self.open_lock:
            connections = list(self.open_connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class Handler(BaseHTTPRequestHandler):
    """POST /v1/messages in the Anthropic Messages API shape."""

    protocol_version = "HTTP/1.1"
    server_version = "dgm-gateway"
    timeout = IDLE_TIMEOUT_S

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        """Authenticate, parse, dispatch, answer."""
        if self.path.split("?")[0].rstrip("/") != "/v1/messages":
            return self._error(404, "not_found_error", f"no such endpoint: POST {self.path}")
        backend = _backend_of(self.server)
        token = token_from_headers(dict(self.headers.items()))
        context = backend.context_for(token) if token else None
        if context is None:
            return self._error(401, "authentication_error", "invalid or missing gateway token")
        request = self._read_request(backend.max_request_bytes)
        if request is None:
            return
        try:
            message = backend.dispatch(request, context)
        except BudgetExceeded as exc:
            return self._send(exc.status, exc.body())
        except ProviderError as exc:
            return self._send(exc.status, exc.body())
        except Exception as exc:  # the gateway itself failed (disk full, a bug): answer, log
            log.exception("gateway failed on an exchange")
            return self._error(500, "api_error", f"gateway internal error: {type(exc).__name__}")
        if request.get("stream"):
            return self._send_bytes(200, stream_body(message), "text/event-stream")
        self._send(200, message)

    def do_GET(self) -> None:  # noqa: N802
        """Only a liveness probe answers GET."""
        if self.path.rstrip("/") == "/v1/health":
            return self._send(200, {"ok": True})
        self._error(404, "not_found_error", f"no such endpoint: GET {self.path}")

    def _read_request(self, limit: int) -> JsonObject | None:
        """The JSON body, or None after answering a 4xx for a bad one."""
        try:
            length = int(self.headers.get("content-length", ""))
        except ValueError:
            self.close_connection = True
            self._error(411, "invalid_request_error", "content-length is required")
            return None
        if length > limit:
            self.close_connection = True
            self._error(413, "request_too_large", f"request body over {limit} bytes")
            return None
        try:
            body = json.loads(self.rfile.read(length))
        except ValueError as exc:
            self._error(400, "invalid_request_error", f"body is not JSON: {exc}")
            return None
        problem = _request_problem(body)
        if problem:
            self._error(400, "invalid_request_error", problem)
            return None
        request: JsonObject = body  # _request_problem found it a JSON object
        return request

    def _error(self, status: int, kind: str, message: str) -> None:
        """Answer an Anthropic-style error."""
        self._send(status, {"type": "error", "error": {"type": kind, "message": message}})

    def _send(self, status: int, body: Mapping[str, object]) -> None:
        """Answer a JSON body."""
        self._send_bytes(status, json.dumps(body).encode(), "application/json")

    def _send_bytes(self, status: int, data: bytes, content_type: str) -> None:
        """Answer `data`; errors tell the SDK not to retry (the gateway already did)."""
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(data)))
        if status >= 400:
            self.send_header("x-should-retry", "false")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Access lines go to the debug log, never to stderr (no headers are logged)."""
        log.debug("gateway: " + format, *args)


class TCPHandler(Handler):
    """Handler for TCP connections: small answers go out without Nagle's delay."""

    disable_nagle_algorithm = True


class TCPServer(_Tracking, ThreadingHTTPServer):
    """The loopback TCP server for host-side callers."""

    def __init__(self, backend: Backend) -> None:
        self.track_init(backend)
        super().__init__(("127.0.0.1", 0), TCPHandler)


class UnixServer(_Tracking, socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    """The unix-socket server that sandboxes reach through a mounted directory."""

    def __init__(self, path: str, backend: Backend) -> None:
        self.track_init(backend)
        super().__init__(path, Handler)


def _request_problem(body: object) -> str | None:
    """Why `body` is not a usable Messages request, or None."""
    if not isinstance(body, dict):
        return "body must be a JSON object"
    if not isinstance(body.get("messages"), list):
        return "messages: field required (a list)"
    if not isinstance(body.get("max_tokens"), int) or isinstance(body.get("max_tokens"), bool):
        return "max_tokens: field required (an integer)"
    return None


def _backend_of(server: socketserver.BaseServer) -> Backend:
    """The gateway behind one of our servers."""
    if not isinstance(server, _Tracking):
        raise TypeError(f"{type(server).__name__} is not a gateway server")
    return server.backend


def serve_in_thread(server: socketserver.BaseServer, name: str) -> threading.Thread:
    """Run `server.serve_forever` on a daemon thread."""
    # A short poll interval keeps Gateway.close() (which waits for the loop) quick.
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name=name, daemon=True)
    thread.start()
    return thread
