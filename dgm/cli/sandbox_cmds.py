"""`dgm sandbox`: build the image, check hardening, run a command, collect leftovers."""

from __future__ import annotations

import sys

import click

from dgm.cli.common import echo_json, json_option
from ground.socketdirs import remove_stale_socket_dirs
from sandbox import Mount, SandboxConfig, collect_garbage, ensure_image, run_once
from sandbox.doctor import diagnose
from sandbox.image.recipe import DEFAULT_VARIANT, VARIANTS
from sandbox.result import RESULT_KEYS


@click.group(short_help="Hardened sandboxes: image, health check, runs, cleanup.")
def sandbox() -> None:
    """Hardened Docker sandboxes: the image, a health check, one-off runs, cleanup."""


@sandbox.command()
@click.option("--force-offline", "source", flag_value="offline",
              help="Build from Debian packages (mmdebstrap), without any registry.")
@click.option("--force-registry", "source", flag_value="registry",
              help="Build FROM python:3.11-slim-bookworm, pulled from the registry.")
@click.option("--rebuild", is_flag=True, help="Build even when the image is present.")
@click.option("--variant", type=click.Choice(VARIANTS), default=DEFAULT_VARIANT, show_default=True,
              help="Which image: the default one, or `polyglot` with the C++, Go, Java, Rust "
                   "and JavaScript toolchains of the polyglot benchmark (about 2 GB).")
def build(source: str | None, rebuild: bool, variant: str) -> None:
    """Build the sandbox image when it is missing, and print its tag.

    Without a --force flag the registry is probed once and the offline path is
    used when it does not answer. Progress goes to stderr.
    """
    click.echo(ensure_image(source or "auto", rebuild=rebuild, variant=variant))


@sandbox.command(short_help="Check Docker, the image and every hardening property.")
@json_option
@click.pass_context
def doctor(ctx: click.Context, as_json: bool) -> None:
    """Check the daemon, the image, and each hardening property in a probe sandbox.

    Exits 0 when every check holds, 1 when one fails, 2 when Docker is unreachable.
    """
    report = diagnose()
    if as_json:
        echo_json(report.to_dict())
    else:
        for check in report.checks:
            click.echo(f"{'ok  ' if check.ok else 'FAIL'}  {check.name:<24} {check.detail}")
    ctx.exit(0 if report.ok else 1)


@sandbox.command(context_settings={"allow_interspersed_args": False},
                 short_help="Run a command in a fresh hardened sandbox.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0,
              show_default=True, help="Hard time limit in seconds.")
@click.option("--memory", help="Memory limit, e.g. 512m or 2g (no swap).")
@click.option("--cpus", type=click.FloatRange(min=0, min_open=True), help="CPU quota in cores.")
@click.option("--pids", type=click.IntRange(min=1), help="Most processes at once.")
@click.option("--mount", "mounts", multiple=True, metavar="HOST:CONTAINER[:ro|:rw]",
              help="Host path to mount; read-only unless :rw. Repeatable.")
@click.option("--workdir", help="Directory the command starts in (default /workspace).")
@click.option("--image", help="Image tag (default: the built sandbox image).")
@json_option
@click.argument("cmd", nargs=-1, required=True)
def run(timeout: float, memory: str | None, cpus: float | None, pids: int | None,
        mounts: tuple[str, ...], workdir: str | None, image: str | None, as_json: bool,
        cmd: tuple[str, ...]) -> None:
    """Run CMD in a fresh hardened sandbox: dgm sandbox run [OPTIONS] -- CMD...

    Exits 0 when the sandbox ran, whatever CMD did (its status is in the output);
    2 on a usage or infrastructure error.
    """
    config = SandboxConfig()
    config.memory = memory or config.memory
    config.cpus = cpus or config.cpus
    config.pids = pids or config.pids
    result = run_once(list(cmd), timeout=timeout, config=config, image=image,
                      mounts=[Mount.parse(m) for m in mounts], workdir=workdir, run_id="cli")
    if as_json:
        data = result.to_dict()
        echo_json({key: data[key] for key in RESULT_KEYS})
        return
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    status = "timed out" if result.timed_out else f"exit {result.exit_code}"
    extras = "".join([", OOM-killed" if result.oom_killed else "",
                      ", output truncated" if result.truncated else ""])
    click.echo(f"[sandbox: {status}{extras}, {result.duration_s:.2f} s]", err=True)


@sandbox.command(short_help="Remove leftover sandboxes and gateway socket folders.")
@json_option
def gc(as_json: bool) -> None:
    """Remove leftover sandboxes and gateway socket folders.

    Containers and volumes whose expiry passed or whose owner is gone, and the temp dir's
    gateway socket folders (dgm-gw-*) whose gateway process no longer runs on this host.
    """
    report = collect_garbage()
    folders = [str(path) for path in remove_stale_socket_dirs()]
    if as_json:
        echo_json({**report.to_dict(), "socket_dirs_removed": folders})
        return
    click.echo(f"removed {len(report.containers_removed)} container(s), "
               f"{len(report.volumes_removed)} volume(s) and {len(folders)} gateway socket "
               f"folder(s); {report.containers_kept} container(s) still in use")


COMMANDS = [sandbox]
