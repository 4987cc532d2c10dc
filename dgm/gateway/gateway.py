"""Gateway: the context manager that owns the servers, providers, ledger and recordings."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from types import TracebackType

from dgm.gateway.budgets import Budgets, Totals
from dgm.gateway.config import GatewayConfig
from dgm.gateway.dispatch import Dispatcher, Tap
from dgm.gateway.errors import BudgetExceeded, ProviderError
from dgm.gateway.ledger import Ledger, UsageEntry
from dgm.gateway.outage import ProviderWait, WaitBoard
from dgm.gateway.providers import PROVIDERS, check_model, make_provider
from dgm.gateway.recordings import Recorder, Recording
from dgm.gateway.retry import Timing
from dgm.gateway.server import TCPServer, UnixServer, serve_in_thread
from dgm.gateway.settings import Route
from dgm.gateway.tokens import TokenTable
from ground.context import CallContext, active_roles
from ground.errors import DiskFull, GatewayError, RunInterrupted
from ground.jsontypes import JsonObject
from ground.provider import Provider
from ground.socketdirs import SOCKET_NAME, make_socket_dir

SANDBOX_MOUNT = "/dgm"  # where a sandbox sees `socket_dir`


class Gateway:
    """The model gateway of one run (or one evaluation); use it as a context manager.

    `providers` adds or replaces providers by name (a scripted model in tests); `tap`, if
    given, is asked before each live exchange and told of each one (see dispatch.Tap);
    `timing` gives retries another clock and sleep (fakes in tests); `mode`, the run's
    evolution mode, says which roles are served (ground.context.ACTIVE_ROLES): only their
    providers are built.
    """

    def __init__(
        self,
        config: GatewayConfig,
        run_dir: Path,
        *,
        providers: dict[str, Provider] | None = None,
        tap: Tap | None = None,
        timing: Timing | None = None,
        mode: str = "dgm",
    ) -> None:
        self.config = config
        self.mode = mode
        self.run_dir = Path(run_dir)
        self.socket_dir: Path | None = None
        self.tcp_url = ""
        self._injected = dict(providers or {})
        self._tokens = TokenTable()
        self._providers: dict[str, Provider] = {}
        self._servers: list[TCPServer | UnixServer] = []
        self._dispatcher: Dispatcher | None = None
        self._tap = tap
        self._timing = timing or Timing()
        self.max_request_bytes = config.max_request_bytes

    def __enter__(self) -> Gateway:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def start(self) -> None:
        """Build providers (failing on unknown names), then start both servers."""
        try:
            self._providers = self._build_providers()
            ledger = Ledger(self.run_dir / "ledger.jsonl")
            budgets = Budgets(self.config.budget)
            for entry in ledger.entries():  # a resumed run keeps counting from what it spent
                budgets.add(entry)
            recorder = Recorder(self.run_dir / "recordings", self._secrets)
            board = WaitBoard(self.run_dir, self._timing.clock)
            self._dispatcher = Dispatcher(
                self.config, self._providers, ledger, budgets, recorder, board, self._timing
            )
            self._dispatcher.tap = self._tap
            self._start_servers()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Stop the servers, remove the socket dir, release the providers; safe to repeat."""
        for server in self._servers:
            server.shutdown()
            server.cut_connections()
            server.server_close()
        self._servers = []
        if self.socket_dir is not None:
            shutil.rmtree(self.socket_dir, ignore_errors=True)
            self.socket_dir = None
        for provider in self._providers.values():
            with contextlib.suppress(Exception):
                provider.close()
        self._providers = {}

    @property
    def socket_path(self) -> Path:
        """The host path of the unix socket."""
        if self.socket_dir is None:
            raise GatewayError("the gateway is not running", "use it inside `with Gateway(...)`")
        return self.socket_dir / SOCKET_NAME

    def issue_token(self, context: CallContext) -> str:
        """A token for one sandbox (or host caller); its calls are billed to `context`.
        A running gateway refuses a role whose provider it did not build (not of its mode)."""
        provider = self.config.route(context.role).provider
        if self._providers and provider not in self._providers:
            raise GatewayError(
                f"role '{context.role}' is routed to provider '{provider}', which this gateway "
                f"did not start: mode '{self.mode}' uses {', '.join(active_roles(self.mode))}",
                "start the gateway with the run's evolution mode (Gateway(..., mode=...))")
        return self._tokens.issue(context)

    def revoke_token(self, token: str) -> None:
        """Stop answering `token`."""
        self._tokens.revoke(token)

    def sandbox_env(self, token: str) -> dict[str, str]:
        """Environment for a sandbox that mounts `socket_dir` at /dgm; holds no provider key."""
        context = self._context(token)
        return {
            "DGM_GATEWAY_SOCKET": f"{SANDBOX_MOUNT}/{SOCKET_NAME}",
            "DGM_GATEWAY_TOKEN": token,
            "DGM_MODEL": self.config.route(context.role).model,
        }

    def host_env(self, token: str) -> dict[str, str]:
        """Environment for a host-side process reaching the gateway over TCP."""
        context = self._context(token)
        return {
            "DGM_GATEWAY_URL": self.tcp_url,
            "DGM_GATEWAY_TOKEN": token,
            "DGM_MODEL": self.config.route(context.role).model,
        }

    def complete(self, request: JsonObject, token: str) -> JsonObject:
        """An in-process exchange, metered and recorded like one over HTTP.

        Raises BudgetExceeded when a budget is spent, ProviderError when the
        provider failed (after retries).
        """
        return self.dispatch(request, self._context(token))

    def usage(self, attempt_id: str | None = None, run_id: str | None = None) -> Totals:
        """Totals (calls, tokens, usd, ...) of an attempt, a run, or everything."""
        return self._running().budgets.totals(run_id, attempt_id)

    def usage_by_prefix(self, prefix: str, run_id: str | None = None) -> Totals:
        """Totals of attempt `prefix` and of every attempt id starting with `prefix/`.

        The loop bills one attempt as "g001a00" (diagnosis, self-modification) and
        "g001a00/<task>/r0", "g001a00/smoke/..." (its agent runs); this sums them all.
        """
        return self._running().budgets.totals_by_prefix(prefix, run_id)

    def provider_wait(self) -> ProviderWait | None:
        """The call waiting longest on a provider that keeps failing, or None."""
        return self._running().board.longest()

    def interruption(self) -> RunInterrupted | None:
        """Why the gateway stopped answering (ProviderUnavailable, DiskFull), or None.

        Once set it stays: every later request is refused at once, unbilled, so the work
        in flight winds down; the loop stops the run and `dgm run --resume` re-runs it.
        """
        return self._dispatcher.interrupted if self._dispatcher else None

    def set_tap(self, tap: Tap | None) -> None:
        """Attach (or, with None, detach) the tap of a running gateway."""
        self._tap = tap
        self._running().tap = tap

    def import_exchange(self, entry: UsageEntry, recording: Recording | None = None) -> None:
        """Commit an exchange another gateway answered: its ledger entry, then its recording.

        Totals and budgets count it as if this gateway had answered it. A full disk
        raises DiskFull and interrupts this gateway.
        """
        dispatcher = self._running()
        dispatcher.budgets.add(entry)
        try:
            dispatcher.ledger.append(entry)
            if recording is not None:
                dispatcher.recorder.adopt(recording)
        except DiskFull as exc:  # the run stops; this gateway refuses from now on
            dispatcher.interrupt(exc)
            raise

    def budget_exhausted(self, run_id: str, attempt_id: str | None = None) -> str | None:
        """Which budget is spent, as a message, or None; the loop checks it before new work."""
        try:
            self.check_budget(run_id, attempt_id)
        except BudgetExceeded as exc:
            return exc.message
        return None

    def check_budget(self, run_id: str, attempt_id: str | None = None) -> None:
        """Raise BudgetExceeded when the run's (or the attempt's) budget is spent."""
        self._running().budgets.check(run_id, attempt_id)

    # The two methods the HTTP handler calls (see server.Backend).

    def context_for(self, token: str) -> CallContext | None:
        """The context bound to `token`, or None."""
        return self._tokens.lookup(token)

    def dispatch(self, request: JsonObject, context: CallContext) -> JsonObject:
        """Answer one request for `context`."""
        return self._running().run(request, context)

    def _context(self, token: str) -> CallContext:
        """The context of `token`, or a 401 ProviderError."""
        context = self._tokens.lookup(token)
        if context is None:
            raise ProviderError(401, "invalid or missing gateway token")
        return context

    def _running(self) -> Dispatcher:
        """The dispatcher, or a GatewayError when the gateway is not started."""
        if self._dispatcher is None:
            raise GatewayError("the gateway is not running", "use it inside `with Gateway(...)`")
        return self._dispatcher

    def _build_providers(self) -> dict[str, Provider]:
        """One instance per provider some role of the mode uses; models checked against each."""
        known = [*PROVIDERS, *(n for n in self._injected if n not in PROVIDERS)]
        self.config.validate(known)
        built: dict[str, Provider] = {}
        for name in self.config.used_providers(self.mode):
            built[name] = self._injected.get(name) or make_provider(
                name, self.config.settings(name)
            )
        for role_provider, model in {(r.provider, r.model) for r in self._routes()}:
            check_model(built[role_provider], model, self.config.prices)
        return built

    def _routes(self) -> list[Route]:
        """The route of every role the mode uses."""
        return [self.config.route(role) for role in active_roles(self.mode)]

    def _start_servers(self) -> None:
        """A private socket dir (0755) with a 0666 socket, and a loopback TCP port."""
        self.socket_dir = make_socket_dir()  # named after this process: gc finds it if left
        unix = UnixServer(str(self.socket_dir / SOCKET_NAME), self)
        serve_in_thread(unix, "dgm-gateway-unix")
        self._servers.append(unix)
        os.chmod(self.socket_dir / SOCKET_NAME, 0o666)
        tcp = TCPServer(self)
        serve_in_thread(tcp, "dgm-gateway-tcp")
        self._servers.append(tcp)
        self.tcp_url = f"http://127.0.0.1:{tcp.server_address[1]}"

    def _secrets(self) -> list[str]:
        """Everything that must never be written: provider keys and issued tokens."""
        keys = self._dispatcher.secrets() if self._dispatcher else []
        return [*keys, *self._tokens.tokens()]
