"""Any OpenAI-compatible /v1/chat/completions server (vLLM, Ollama, llama.cpp, hosted APIs)."""

from __future__ import annotations

import os

from dgm.gateway.errors import ResponseDropped
from dgm.gateway.providers.http import make_client, post_json
from dgm.gateway.providers.openai_format import from_chat, messages_usage, to_chat
from dgm.gateway.settings import ProviderSettings
from ground.context import CallContext
from ground.jsontypes import JsonObject

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_KEY_ENV = "OPENAI_API_KEY"


class OpenAIProvider:
    """Translates Messages requests to chat completions and the answers back."""

    name = "openai"
    models: list[str] | None = None  # any model with a price in [gateway.prices]
    billed = True

    def __init__(self, settings: ProviderSettings) -> None:
        self._key = os.environ.get(settings.api_key_env or DEFAULT_KEY_ENV, "")
        self._url = (settings.base_url or DEFAULT_BASE_URL).rstrip("/") + "/chat/completions"
        self._timeout = settings.timeout_s
        self._client = make_client()

    def secrets(self) -> list[str]:
        """Credentials to scrub from anything written to disk."""
        return [self._key] if self._key else []

    def complete(self, request: JsonObject, context: CallContext) -> JsonObject:
        """One upstream call, translated both ways; faults surface as ProviderError."""
        headers = {"authorization": f"Bearer {self._key}"} if self._key else {}
        try:
            answer = post_json(self._client, self._url, to_chat(request), headers, self._timeout)
        except ResponseDropped as exc:  # its partial usage, if any, in the Messages shape
            exc.partial_usage = messages_usage(exc.partial_usage) if exc.partial_usage else {}
            raise
        return from_chat(answer, str(request["model"]))

    def close(self) -> None:
        """Release the HTTP connections."""
        self._client.close()
