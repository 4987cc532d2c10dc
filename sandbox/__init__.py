"""Hardened Docker sandboxes for untrusted agent code, and the image they run.

    from sandbox import SandboxConfig, Mount, ExecResult, open_sandbox, ensure_image

Importing this package does not import docker; that happens on first use.
"""

from sandbox.config import Mount, SandboxConfig
from sandbox.container import Sandbox, open_sandbox
from sandbox.errors import SandboxError
from sandbox.gc import GcReport, collect_garbage, remove_owned
from sandbox.image import ensure_image, image_tag, present_image
from sandbox.leaving import refuse_new_sandboxes
from sandbox.oneshot import run_once
from sandbox.result import ExecResult

__all__ = [
    "ExecResult", "GcReport", "Mount", "Sandbox", "SandboxConfig", "SandboxError",
    "collect_garbage", "ensure_image", "image_tag", "open_sandbox", "present_image",
    "refuse_new_sandboxes", "remove_owned", "run_once",
]
