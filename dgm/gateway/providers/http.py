"""Shared HTTP plumbing of the network providers: one POST, faults mapped to ProviderError."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping

import httpx

from dgm.gateway.errors import ProviderError
from ground.jsontypes import Json, JsonObject


def post_json(
    client: httpx.Client, url: str, body: Mapping[str, Json], headers: dict[str, str],
    timeout: float,
) -> JsonObject:
    """POST `body` and return the JSON answer; every failure becomes a ProviderError."""
    try:
        response = client.post(url, json=body, headers=headers, timeout=timeout)
    except httpx.TimeoutException as exc:
        raise ProviderError(504, f"provider request timed out after {timeout:g} s") from exc
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
        raise ProviderError(502, f"provider connection dropped: {exc}") from exc
    except httpx.ConnectError as exc:
        raise ProviderError(503, f"provider unreachable at {url}: {exc}") from exc
    if response.status_code >= 400:
        raise ProviderError(
            response.status_code,
            f"provider answered {response.status_code}: {_error_message(response)}",
            retry_after=retry_after(response.headers),
        )
    try:
        data = response.json()
    except ValueError as exc:
        raise ProviderError(502, f"provider answered non-JSON: {response.text[:200]!r}") from exc
    if not isinstance(data, dict):
        raise ProviderError(502, "provider answered JSON that is not an object")
    return data


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from `retry-after-ms` or `retry-after` (seconds or an HTTP date), if present."""
    if "retry-after-ms" in headers:
        try:
            return float(headers["retry-after-ms"]) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _error_message(response: httpx.Response) -> str:
    """The provider's own error message when it sent one, else the start of the body."""
    try:
        data = response.json()
    except ValueError:
        return response.text[:300]
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    if isinstance(error, str):
        return error
    return str(data)[:300]


def make_client() -> httpx.Client:
    """An HTTP client for a provider (no retries of its own: the gateway retries)."""
    return httpx.Client(limits=httpx.Limits(max_connections=64, max_keepalive_connections=16))
