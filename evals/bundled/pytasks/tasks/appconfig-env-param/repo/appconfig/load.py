"""Settings read from APP_* environment variables."""

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """The application's settings."""

    name: str
    port: int
    debug: bool


def load_settings() -> Settings:
    """Settings from APP_NAME, APP_PORT and APP_DEBUG, with defaults."""
    name = os.environ.get("APP_NAME", "app")
    port = int(os.environ.get("APP_PORT", "8000"))
    debug = os.environ.get("APP_DEBUG", "").lower() in ("1", "true", "yes")
    return Settings(name=name, port=port, debug=debug)
