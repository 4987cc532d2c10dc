"""The meta agent: it makes one child of the agent it belongs to. This one does what the fixed
step of a `dgm` run does: diagnose the parent's task runs, then let the agent's own coding
agent (coding_agent.py, next to this file) edit a copy of the agent's source.

Run it as
    python meta_agent.py --workspace /workspace --archive /archive --iterations-left N \\
        --log-file /out/meta.log --summary-file /out/summary.json
or check that it imports and loads, with no model call, with
    python meta_agent.py --self-check
The contract (what is where, what the child is) is in meta/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.dont_write_bytecode = True  # the agent's own folder stays clean (and is read-only)

from coding_agent import Client, ModelError, log, make_client  # noqa: E402
from meta import diagnose  # noqa: E402

HERE = Path(__file__).resolve().parent
CODING_AGENT = HERE / "coding_agent.py"  # the task agent, which makes the edit
MODEL = os.environ.get("DGM_MODEL", "claude-sonnet-4-5")
DIAGNOSIS_RETRIES = 3  # extra diagnosis requests on a malformed answer, unless context.json says
GRACE_S = 10.0  # of the time limit, kept for the last log lines after the edit
SUMMARY_KEYS = ("improvement", "problem_statement", "diagnosis", "entry")

SELF_MODIFY_PROBLEM = """\
This repository is the source code of a coding agent: you are improving the agent itself.
Its entry point is coding_agent.py and its tools live in tools/. Make the change below.
Keep the command line (--problem-file, --repo, --log-file) and the tools working.

# Improvement: {improvement}

{problem_statement}
"""


def read_runs(archive: Path, agent: str) -> list[dict]:
    """An agent's task runs from the export (one JSON object a line); [] when not exported."""
    path = archive / "agents" / agent / "tasks.jsonl"
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def read_instructions(archive: Path, task: str) -> str:
    """A failed task's instructions from the export; "" when it has none."""
    path = archive / "instructions" / f"{task}.md"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def find_change(client: Client, context: dict, archive: Path, workspace: Path,
                log_file: str) -> dict | None:
    """Diagnose the parent's runs as the fixed step does: the entry drawn by the attempt's
    seed, its evidence, the task agent's source; None when no answer was usable."""
    runs = read_runs(archive, context["parent"])
    entry = diagnose.choose_entry(
        runs, random.Random(f"{context['seed']}:{context['attempt']}:entry"))
    evidence = diagnose.evidence_text(entry, runs, read_instructions(archive, entry))
    source = diagnose.agent_source_text(workspace)  # the parent's source, before any edit

    def complete(request: dict) -> dict:
        log(log_file, "diagnosis_request", messages=len(request["messages"]), entry=entry)
        response = client.create(**request)
        log(log_file, "diagnosis_response", text=diagnose.response_text(response))
        return response

    retries = context.get("diagnosis_retries", DIAGNOSIS_RETRIES)
    return diagnose.diagnose(complete, MODEL, source, evidence, entry, retries)


def make_edit(change: dict, workspace: Path, log_file: str, timeout_s: float | None) -> None:
    """Run the coding agent on the workspace with the change as its problem; what it leaves
    there is the child (a crash or a timeout keeps the edits made so far)."""
    with tempfile.TemporaryDirectory(prefix="meta-") as tmp:
        problem = Path(tmp) / "problem.md"
        problem.write_text(SELF_MODIFY_PROBLEM.format(**change), encoding="utf-8")
        command = [sys.executable, str(CODING_AGENT), "--problem-file", str(problem),
                   "--repo", str(workspace), "--log-file", log_file]
        log(log_file, "edit_start", timeout_s=timeout_s)
        try:
            done = subprocess.run(command, timeout=timeout_s)
        except subprocess.TimeoutExpired:
            log(log_file, "edit_end", timed_out=True)
            return
        log(log_file, "edit_end", exit_code=done.returncode)


def time_left(context: dict, started: float) -> float | None:
    """Seconds the edit may take: the attempt's limit less what passed and a grace."""
    limit = context.get("time_limit_s")
    if not limit:
        return None
    return max(1.0, limit - (time.monotonic() - started) - GRACE_S)


def write_summary(path: str, change: dict) -> None:
    """What this run did, for the archive's record: the diagnosis fields, as strings."""
    Path(path).write_text(json.dumps({k: str(change[k]) for k in SUMMARY_KEYS}),
                          encoding="utf-8")


def self_check() -> int:
    """Import everything and build a request without calling the model; 0 when all is well."""
    make_client("/nonexistent/gateway.sock", "self-check")
    assert CODING_AGENT.is_file(), f"no {CODING_AGENT.name} next to the meta agent"
    request = diagnose.build_request(MODEL, "source", "evidence")
    assert request["messages"] and request["system"] == diagnose.SYSTEM
    assert SELF_MODIFY_PROBLEM.format(improvement="i", problem_statement="p")
    print("self-check ok: meta agent")
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The meta agent contract's command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workspace", help="writable copy of the agent's source (git repo)")
    parser.add_argument("--archive", help="the read-only archive export")
    parser.add_argument("--iterations-left", type=int, help="generations left in the run")
    parser.add_argument("--log-file", help="where the transcript goes (JSON lines)")
    parser.add_argument("--summary-file", help="where to say what was changed (JSON)")
    parser.add_argument("--self-check", action="store_true", help="check imports, no model")
    args = parser.parse_args(argv)
    needed = (args.workspace, args.archive, args.iterations_left is not None, args.log_file,
              args.summary_file)
    if not args.self_check and not all(needed):
        parser.error("--workspace, --archive, --iterations-left, --log-file and "
                     "--summary-file are required")
    return args


def main(argv: list[str] | None = None) -> int:
    """Diagnose the parent, then edit the workspace; exit 0 with it untouched when the model
    gave no usable diagnosis."""
    started = time.monotonic()
    args = parse_args(argv)
    if args.self_check:
        return self_check()
    archive, workspace = Path(args.archive), Path(args.workspace).resolve()
    log_file = str(Path(args.log_file).resolve())
    context = json.loads((archive / "context.json").read_text(encoding="utf-8"))
    log(log_file, "meta_start", model=MODEL, parent=context["parent"],
        attempt=context["attempt"], iterations_left=args.iterations_left)
    client = make_client(os.environ["DGM_GATEWAY_SOCKET"], os.environ["DGM_GATEWAY_TOKEN"])
    try:
        change = find_change(client, context, archive, workspace, log_file)
    except ModelError as error:  # no model, no change: the workspace stays as it was
        log(log_file, "stopped", reason=f"model error: {error}")
        return 0
    if change is None:
        log(log_file, "no_diagnosis")
        return 0
    log(log_file, "diagnosis", **change)
    write_summary(args.summary_file, change)
    make_edit(change, workspace, log_file, time_left(context, started))
    log(log_file, "meta_end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
