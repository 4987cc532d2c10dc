"""The sandbox's user-fixable error, and the common ways to raise it."""

from __future__ import annotations

from ground.errors import SandboxError as _DgmSandboxError
from sandbox.repositories import BASE_REPOSITORY, DEFAULT_VARIANT, REPOSITORY, variant_of


class SandboxError(_DgmSandboxError):
    """Docker is unreachable, the image is missing, or a sandbox cannot be set up."""


def daemon_unreachable(reason: object) -> SandboxError:
    """The Docker daemon did not answer."""
    return SandboxError(
        f"cannot reach the Docker daemon ({_first_line(reason)})",
        "start Docker (e.g. `sudo systemctl start docker`) or set DOCKER_HOST to a running daemon",
    )


def image_missing(tag: str) -> SandboxError:
    """An image is not present locally (never pulled implicitly): ours, or a task's environment."""
    if is_project_image(tag):
        variant = variant_of(tag) if _repository(tag) == REPOSITORY else DEFAULT_VARIANT
        flag = f" --variant {variant}" if variant != DEFAULT_VARIANT else ""
        return SandboxError(f"sandbox image '{tag}' is not built",
                            f"run `dgm sandbox build{flag}`")
    return SandboxError(f"environment image '{tag}' is not present", how_to_get(tag))


def is_project_image(tag: str) -> bool:
    """Whether `tag` names this project's sandbox image (or its base), which we build."""
    return _repository(tag) in (REPOSITORY, BASE_REPOSITORY)


def hub_name(image: str) -> str:
    """Where Docker Hub has an image: SWE-bench's bare `sweb.eval.*` names live under swebench/."""
    return f"swebench/{image}" if _repository(image).startswith(_SWEBENCH_PREFIX) else image


def how_to_get(image: str, instance_id: str | None = None) -> str:
    """One line on how to get a missing environment image, with or without a registry."""
    source = hub_name(image)
    pull = (f"`docker pull {image}`" if source == image
            else f"`docker pull {source} && docker tag {source} {image}`")
    if not _repository(source).startswith(f"swebench/{_SWEBENCH_PREFIX}"):
        return f"{pull} where a registry has it, or build it and tag it {image}"
    ids = instance_id or "INSTANCE_ID"
    return (f"{pull} where Docker Hub is reachable; offline, `dgm bench build-image` "
            "(evals/README.md, \"Instance images\") or swebench's "
            f"`swebench images build TASK_REPO -i {ids}`")


# SWE-bench's instance images: swebench/sweb.eval.x86_64.<id>:latest on Docker Hub.
_SWEBENCH_PREFIX = "sweb.eval."


def _repository(tag: str) -> str:
    """The name of an image reference without its tag or digest (a registry port stays)."""
    name = tag.split("@", 1)[0]
    head, sep, last = name.rpartition("/")
    return f"{head}{sep}{last.split(':', 1)[0]}"


def _first_line(reason: object) -> str:
    text = str(reason).strip().splitlines()
    return text[0][:300] if text else type(reason).__name__
