"""`dgm bench build-image`: an SWE-bench instance's environment image, built offline."""

from __future__ import annotations

from pathlib import Path

import click

from dgm.cli.common import echo_json, json_option

INSTALL_EXAMPLE = "/opt/venv/bin/pip install --no-index --no-deps --no-build-isolation -e ."


@click.command(name="build-image", short_help="Build an SWE-bench instance image offline.")
@click.option("--repo", "repo_dir", required=True,
              type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="The repository: a git checkout (with --commit) or a plain directory.")
@click.option("--commit", help="Commit to put at /testbed (the instance's base_commit); "
                               "default: the directory as it is on disk.")
@click.option("--install", required=True, metavar="CMD",
              help=f"Install command, run by bash in /testbed as root, e.g. '{INSTALL_EXAMPLE}'.")
@click.option("--tag", required=True, help="Tag of the image to build (the instance's image).")
@click.option("--base", "base_image", metavar="IMAGE",
              help="Local image to build FROM (default: the project's sandbox image).")
@click.option("--wheel", "wheels", multiple=True, metavar="FILE",
              type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Local wheel installed into /opt/venv before the install command, e.g. the "
                   "build backend (repeatable); it is also in /wheels for --find-links.")
@click.option("--quiet", is_flag=True, help="Do not echo docker's build output.")
@json_option
def build_image(repo_dir: Path, commit: str | None, install: str, tag: str,
                base_image: str | None, wheels: tuple[Path, ...], quiet: bool,
                as_json: bool) -> None:
    """Build an SWE-bench instance's environment image, without network.

    The repository's files (at --commit, without .git) go to /testbed of an image
    built FROM the project's sandbox image (or --base), as root; the --wheel files
    are installed, then --install runs in /testbed; the image ends as the sandbox's
    user, with /testbed readable by everyone. Nothing is pulled or downloaded: get
    the wheels an install needs beforehand with
    `pip download --only-binary=:all: --dest DIR PACKAGE`.
    """
    from evals.swebench_images import build_instance_image  # heavy: docker

    def show(line: str) -> None:
        if not quiet and not as_json:
            click.echo(line, err=True)

    built = build_instance_image(repo_dir, tag=tag, base_image=base_image, install=install,
                                 commit=commit, wheels=wheels, progress=show)
    if as_json:
        echo_json({"tag": built, "repo": str(repo_dir), "commit": commit})
    else:
        click.echo(built)


COMMANDS = [build_image]
