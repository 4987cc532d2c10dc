"""Removing containers on every path out, Ctrl-C included."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docker import APIClient

log = logging.getLogger("sandbox")


def remove_container(api: APIClient, container_id: str) -> None:
    """Kill and remove a container with its anonymous volumes; a failure is left for gc."""
    # heavy: docker
    from docker.errors import APIError, NotFound
    from requests.exceptions import RequestException

    try:
        api.remove_container(container_id, v=True, force=True)
    except NotFound:
        pass
    except (APIError, RequestException) as exc:  # `dgm sandbox gc` finds it by its labels
        if isinstance(exc, APIError) and exc.status_code == 409:
            return  # with force, a conflict means another caller is removing it already
        log.warning("could not remove sandbox %s: %s", container_id[:12], exc)


def shielded(cleanup: Callable[[], None]) -> None:
    """Run cleanup to the end even if Ctrl-C arrives meanwhile, then re-raise the interrupt."""
    interrupted: KeyboardInterrupt | None = None
    while True:
        try:
            cleanup()
            break
        except KeyboardInterrupt as exc:
            interrupted = exc
    if interrupted is not None:
        raise interrupted


def docker_errors() -> tuple[type[BaseException], ...]:
    """The exceptions a docker API call raises when the daemon or a request fails."""
    # heavy: docker
    from docker.errors import DockerException
    from requests.exceptions import RequestException

    return (DockerException, RequestException)
