"""Application configuration."""

from appconfig.load import Settings, load_settings

__all__ = ["Settings", "load_settings"]
