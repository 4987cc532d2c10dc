"""Compatibility: the error family lives in ground.errors."""

from ground.errors import (
    FIX_VALUE,
    ArchiveError,
    BenchmarkError,
    ConfigError,
    DgmError,
    GatewayError,
    RunError,
    SandboxError,
)

__all__ = ["FIX_VALUE", "ArchiveError", "BenchmarkError", "ConfigError", "DgmError",
           "GatewayError", "RunError", "SandboxError"]
