"""The one family of exceptions a user must act on.

What happens to an agent inside a sandbox is data in its result, never one of
these. Each of these is caught once, in the CLI's main, and printed as one line
that says what to do, with exit code 2.
"""


class DgmError(Exception):
    """A problem the user can fix; `fix` says how."""

    exit_code = 2

    def __init__(self, message: str, fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message}; {self.fix}" if self.fix else self.message


FIX_VALUE = "fix it in the config file"  # replaced by where the value came from, when known


class ConfigError(DgmError):
    """A configuration file or option is invalid; `key` names the offending key when known."""

    def __init__(self, message: str, fix: str | None = None, key: str | None = None) -> None:
        super().__init__(message, fix)
        self.key = key


class ArchiveError(DgmError):
    """An archive is missing, malformed, or an agent id does not resolve."""


class SandboxError(DgmError):
    """Docker is unreachable, an image is missing, or a sandbox cannot start."""


class GatewayError(DgmError):
    """The model gateway cannot start or a provider is misconfigured."""


class BenchmarkError(DgmError):
    """A benchmark or task is missing or malformed."""


class RunError(DgmError):
    """An evolution run cannot start or resume."""


class RunInterrupted(DgmError):
    """Work stopped for a cause outside the agent: nothing it did is scored or kept, and
    `dgm run --resume` re-runs the work it cut short."""


class ProviderUnavailable(RunInterrupted):
    """The model provider kept failing (429, 5xx, 529, dropped connections) for longer than
    the gateway's retry time budget."""


class DiskFull(RunInterrupted):
    """A write of the run's files (journal, ledger, a recording, the archive) found no space."""
