"""Per-sandbox tokens: each one names the run, attempt and role its calls belong to."""

from __future__ import annotations

import secrets
import threading

from ground.context import ROLES, CallContext


class TokenTable:
    """Issues opaque tokens and maps them back to their CallContext."""

    def __init__(self) -> None:
        self._contexts: dict[str, CallContext] = {}
        self._lock = threading.Lock()

    def issue(self, context: CallContext) -> str:
        """A fresh token bound to `context`."""
        if context.role not in ROLES:
            raise ValueError(f"unknown role {context.role!r}; valid: {', '.join(ROLES)}")
        token = "dgm-" + secrets.token_urlsafe(24)
        with self._lock:
            self._contexts[token] = context
        return token

    def lookup(self, token: str) -> CallContext | None:
        """The context of `token`, or None when it was never issued or was revoked."""
        with self._lock:
            return self._contexts.get(token)

    def revoke(self, token: str) -> None:
        """Stop answering calls made with `token`."""
        with self._lock:
            self._contexts.pop(token, None)

    def tokens(self) -> list[str]:
        """Every token issued and not revoked (for scrubbing them from recordings)."""
        with self._lock:
            return list(self._contexts)


def token_from_headers(headers: dict[str, str]) -> str | None:
    """The token in `x-api-key` or `Authorization: Bearer`, as the Anthropic SDK sends it."""
    lowered = {k.lower(): v for k, v in headers.items()}
    if lowered.get("x-api-key"):
        return lowered["x-api-key"].strip()
    scheme, _, value = lowered.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None
