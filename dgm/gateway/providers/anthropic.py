"""The real Anthropic Messages API; the key is read on the host and never leaves it."""

from __future__ import annotations

import os

from dgm.gateway.providers.http import make_client, post_json
from dgm.gateway.settings import ProviderSettings
from ground.context import CallContext
from ground.errors import GatewayError
from ground.jsontypes import JsonObject

API_VERSION = "2023-06-01"
DEFAULT_BASE_URL = "https://api.anthropic.com"
DEFAULT_KEY_ENV = "ANTHROPIC_API_KEY"
# Request fields not forwarded: the gateway answers streams itself from a whole message.
DROPPED = ("stream",)


class AnthropicProvider:
    """Forwards Messages requests to api.anthropic.com (or any `base_url`)."""

    name = "anthropic"
    models: list[str] | None = None  # any model with a price in [gateway.prices]
    billed = True

    def __init__(self, settings: ProviderSettings) -> None:
        key_env = settings.api_key_env or DEFAULT_KEY_ENV
        key = os.environ.get(key_env, "")
        if not key:
            raise GatewayError(
                f"provider 'anthropic' needs an API key in ${key_env} on the host",
                f"export {key_env}=... or route the roles to provider 'toy' in [gateway]",
            )
        self._key = key
        self._url = (settings.base_url or DEFAULT_BASE_URL).rstrip("/") + "/v1/messages"
        self._timeout = settings.timeout_s
        self._client = make_client()

    def secrets(self) -> list[str]:
        """Credentials to scrub from anything written to disk."""
        return [self._key]

    def complete(self, request: JsonObject, context: CallContext) -> JsonObject:
        """One upstream call; faults surface as ProviderError for the gateway to retry."""
        body = {k: v for k, v in request.items() if k not in DROPPED}
        headers = {"x-api-key": self._key, "anthropic-version": API_VERSION}
        return post_json(self._client, self._url, body, headers, self._timeout)

    def close(self) -> None:
        """Release the HTTP connections."""
        self._client.close()
