"""The driver's harness on a cluster: each sandboxed call is a Ray task on some node.

An attempt itself (its diagnosis, its order of steps, its saved step outputs) stays on
the driver; what needs a sandbox (self-modification or a meta agent's run, the smoke run and
self-check, each benchmark task) runs as one Ray task asking for one `sandbox_slot`, so no
node runs more sandboxes than it offers slots. A call whose node or worker dies is sent
again, and lands on a node still alive, with the recordings its lost run reported, which
the new run's gateway answers from again instead of paying twice.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from dgm.cluster.committer import SLOT, Committer
from dgm.cluster.node import NodeCall, NodeSetup, serve
from dgm.cluster.trees import pack
from dgm.gateway.recordings import load_recordings
from evals.harness import AgentRun, Harness, SmokeResult, TaskResult
from sandbox.prepared import Prepared

NODE_LOSSES = 3  # times one call is sent again after its node (or its worker process) died
log = logging.getLogger("dgm.cluster")


def lost_errors() -> tuple[type[BaseException], ...]:
    """Ray's errors for a task whose worker or node died, as opposed to one that raised."""
    # optional: the ray extra
    from ray.exceptions import NodeDiedError, ObjectLostError, WorkerCrashedError

    return WorkerCrashedError, NodeDiedError, ObjectLostError


class CallRunner:
    """Sends NodeCalls to the cluster and waits for them; commits what they reported."""

    def __init__(self, setup: NodeSetup, image: str, recordings: Path, desk: Any, depot: Any,
                 committer: Committer) -> None:
        import ray  # optional: the ray extra

        self.setup, self.image, self.recordings = setup, image, recordings
        self.reuse = setup.gateway.reuse_recordings
        self.desk, self.depot, self.committer = desk, depot, committer
        self.lost = 0  # calls sent again after losing their node
        self._serve = ray.remote(serve).options(
            num_cpus=0, resources={SLOT: 1}, max_retries=0, scheduling_strategy="SPREAD")
        self._inflight: dict[str, Any] = {}
        self._lock = threading.Lock()

    def run(self, method: str, billed: str, role: str, trees: dict[str, Path],
            args: dict[str, Any]) -> Any:
        """Run `method` on some node; `billed` is the attempt id its model calls are billed to."""
        packed = {name: pack(path) for name, path in trees.items()}
        losses = 0
        while True:
            call = self.make_call(method, billed, role, packed, args)
            try:
                return self.wait(call)
            except lost_errors() as exc:
                losses += 1
                self.lost += 1
                if losses > NODE_LOSSES:
                    raise
                log.warning("%s lost its node (%s); sending it again", call.label,
                            type(exc).__name__)

    def make_call(self, method: str, billed: str, role: str, packed: dict[str, bytes],
                  args: dict[str, Any]) -> NodeCall:
        """A call carrying the billed attempt's recordings as committed so far."""
        recordings = load_recordings(self.recordings, billed)
        # Reuse only when every recording is this role's: the attempt id that diagnosis
        # (on the driver) and self-modification (on a node) share is numbered on, not reused.
        reuse = self.reuse and all(r.role == role for r in recordings)
        return NodeCall(uuid.uuid4().hex[:12], method, f"{method} {billed}", self.setup,
                        self.image, packed, args, recordings, reuse)

    def wait(self, call: NodeCall) -> Any:
        """Submit `call` and wait for its result; its exchanges are committed on return."""
        # optional: the ray extra
        import ray
        from ray.exceptions import RayTaskError

        ref = self._serve.remote(call, self.desk, self.depot)
        with self._lock:
            self._inflight[call.call_id] = ref
        try:
            return ray.get(ref)
        except RayTaskError as exc:  # the call raised on the node: raise what it raised
            cause = exc.cause
            raise (cause if isinstance(cause, Exception) else exc) from None
        finally:
            with self._lock:
                self._inflight.pop(call.call_id, None)
            self.committer.flush()
            ray.get(self.desk.finished.remote(call.call_id))

    def cancel_all(self) -> None:
        """Interrupt every call in flight (each removes its sandbox on the way out)."""
        import ray  # optional: the ray extra

        with self._lock:
            refs = list(self._inflight.values())
        for ref in refs:
            ray.cancel(ref)


class RemoteHarness(Harness):
    """The run's harness, with each sandboxed call made on a node of the cluster."""

    def __init__(self, local: Harness, runner: CallRunner) -> None:
        super().__init__(local.gateway, local.sandbox_config, local.image, local.run_id,
                         local.seed, local.agent_timeout_s)
        self.runner = runner

    def run_agent(self, agent_dir: Path, problem: str, repo: Path, context: Any,
                  timeout_s: float | None = None) -> AgentRun:
        args = {"problem": problem, "context": context, "timeout_s": timeout_s}
        run: AgentRun = self.runner.run("run_agent", context.attempt_id, context.role,
                                        {"agent": agent_dir, "repo": repo}, args)
        return run

    def run_meta_agent(self, agent_dir: Path, workspace: Path, export_dir: Path, context: Any,
                       iterations_left: int, timeout_s: float | None = None) -> AgentRun:
        # The export travels as one more tree; the node mounts its copy read-only.
        args = {"context": context, "iterations_left": iterations_left, "timeout_s": timeout_s}
        trees = {"agent": agent_dir, "repo": workspace, "export": export_dir}
        run: AgentRun = self.runner.run("run_meta_agent", context.attempt_id, context.role,
                                        trees, args)
        return run

    def self_check(self, agent_dir: Path, entry: str) -> SmokeResult:
        # No model call: nothing is billed; `entry` only names the call for `dgm status`.
        result: SmokeResult = self.runner.run("self_check", entry, "self_check",
                                              {"agent": agent_dir}, {"entry": entry})
        return result

    def smoke(self, agent_dir: Path, task: Any, key: str) -> SmokeResult:
        # The billed ids follow Harness.smoke and Harness.run_task.
        result: SmokeResult = self.runner.run(
            "smoke", f"{key}/{task.id}/smoke", "coding_agent", {"agent": agent_dir},
            {"task_id": task.id, "key": key})
        return result

    def run_task(self, agent_dir: Path, task: Any, key: str, repeat: int = 0,
                 sandboxes: Prepared | None = None) -> TaskResult:
        # A node makes its own sandboxes: `sandboxes` (the driver's) are not used.
        billed = f"{key}/{task.id}/r{repeat}"
        result: TaskResult = self.runner.run(
            "run_task", billed, "coding_agent", {"agent": agent_dir},
            {"task_id": task.id, "key": key, "repeat": repeat})
        usage = self.gateway.usage_by_prefix(billed, self.run_id)  # all sessions', as locally
        return replace(result, tokens=usage.tokens, usd=round(usage.usd, 6))
