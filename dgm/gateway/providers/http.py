"""Shared HTTP plumbing of the network providers: one POST, faults mapped to ProviderError."""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Mapping

import httpx

from dgm.gateway.errors import ProviderError, ResponseDropped
from ground.jsontypes import Json, JsonObject

USAGE_KEY = re.compile(r'"usage"\s*:\s*')


def post_json(
    client: httpx.Client, url: str, body: Mapping[str, Json], headers: dict[str, str],
    timeout: float,
) -> JsonObject:
    """POST `body` and return the JSON answer; every failure becomes a ProviderError.

    A failure before the status line arrived is a plain ProviderError (nothing to bill);
    one after a 200 began (the body cut, reset, timed out or unreadable) is ResponseDropped.
    """
    request = client.build_request("POST", url, json=body, headers=headers, timeout=timeout)
    try:
        response = client.send(request, stream=True)
    except httpx.TimeoutException as exc:
        raise ProviderError(504, f"provider request timed out after {timeout:g} s") from exc
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
        raise ProviderError(502, f"provider connection dropped: {exc}") from exc
    except httpx.ConnectError as exc:
        raise ProviderError(503, f"provider unreachable at {url}: {exc}") from exc
    try:
        content = _read_body(response, timeout)
    finally:
        response.close()
    return _answer(response, content)


def _read_body(response: httpx.Response, timeout: float) -> bytes:
    """The whole body; cut short, ResponseDropped for a 200 and what arrived otherwise."""
    received = bytearray()
    try:
        for chunk in response.iter_bytes():
            received += chunk
    except httpx.RequestError as exc:
        if response.status_code >= 400:
            return bytes(received)  # an error answer: what arrived of its message will do
        raise _dropped(bytes(received), exc, timeout) from exc
    return bytes(received)


def _dropped(received: bytes, exc: httpx.RequestError, timeout: float) -> ResponseDropped:
    """The error of a 200 whose body was lost after `received` arrived."""
    text = received.decode("utf-8", errors="replace")
    if isinstance(exc, httpx.TimeoutException):
        status, why = 504, f"timed out after {timeout:g} s"
    else:
        status, why = 502, f"connection dropped: {exc}"
    return ResponseDropped(
        status, f"provider answer lost mid-way ({len(received)} bytes arrived): {why}",
        partial_usage=partial_usage(text), received_chars=len(text),
    )


def _answer(response: httpx.Response, content: bytes) -> JsonObject:
    """The JSON object of a whole answer, or the ProviderError it stands for."""
    text = content.decode("utf-8", errors="replace")
    if response.status_code >= 400:
        raise ProviderError(
            response.status_code,
            f"provider answered {response.status_code}: {_error_message(text)}",
            retry_after=retry_after(response.headers),
        )
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ResponseDropped(502, f"provider answered non-JSON: {text[:200]!r}",
                              partial_usage=partial_usage(text),
                              received_chars=len(text)) from exc
    if not isinstance(data, dict):
        raise ResponseDropped(502, "provider answered JSON that is not an object",
                              received_chars=len(text))
    return data


def partial_usage(text: str) -> JsonObject:
    """The last whole `"usage": {...}` object in a cut JSON answer ({} when none arrived)."""
    decoder = json.JSONDecoder()
    found: JsonObject = {}
    for match in USAGE_KEY.finditer(text):
        try:
            value, _ = decoder.raw_decode(text, match.end())
        except ValueError:
            continue
        if isinstance(value, dict):
            found = value
    return found


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


def _error_message(text: str) -> str:
    """The provider's own error message when it sent one, else the start of the body."""
    try:
        data = json.loads(text)
    except ValueError:
        return text[:300]
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    if isinstance(error, str):
        return error
    return str(data)[:300]


def make_client() -> httpx.Client:
    """An HTTP client for a provider (no retries of its own: the gateway retries)."""
    return httpx.Client(limits=httpx.Limits(max_connections=64, max_keepalive_connections=16))
