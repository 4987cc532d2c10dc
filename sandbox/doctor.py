"""`dgm sandbox doctor`: is the daemon there, is the image built, is each hardening in force?"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from ground.jsontypes import JsonObject
from sandbox.client import client_for
from sandbox.config import SandboxConfig, parse_size
from sandbox.container import open_sandbox
from sandbox.errors import SandboxError
from sandbox.image import image_tag, present_image

if TYPE_CHECKING:
    from docker import DockerClient

FORMAT_VERSION = 1


class ProbeFacts(TypedDict):
    """What sandbox/probe.py reports from inside a sandbox (its `facts()`)."""

    uid: int
    euid: int
    status: dict[str, str]  # selected /proc/self/status fields
    cgroup: dict[str, str | None]  # limit name -> cgroup file's text
    rlimits: dict[str, str]  # nofile, fsize, core -> soft limit
    root_writable: bool
    interfaces: list[str]
    name_resolves: bool
    docker_socket: list[str]  # docker socket paths that exist
    env: list[str]  # environment variable names
    pid1: str | None  # PID 1's command name
    writable: dict[str, str]  # writable dir -> "fstype size"
    setuid_files: list[str]
# Variables a container has without anyone passing them in (image ENV, Docker, the shell).
BUILTIN_ENV = {"HOSTNAME", "HOME", "PWD", "SHLVL", "_", "TERM", "PATH", "LANG"}


@dataclass
class Check:
    """One property and whether it holds."""

    name: str
    ok: bool
    detail: str


@dataclass
class DoctorReport:
    """All checks, in order."""

    checks: list[Check] = field(default_factory=list)
    image: str | None = None
    format_version: int = FORMAT_VERSION

    @property
    def ok(self) -> bool:
        """Every check holds."""
        return all(c.ok for c in self.checks)

    def to_dict(self) -> JsonObject:
        """A JSON-ready dict."""
        return {"ok": self.ok, **asdict(self)}


def diagnose(config: SandboxConfig | None = None,
             client: DockerClient | None = None) -> DoctorReport:
    """Run every check; SandboxError when the daemon cannot be reached at all."""
    config = config or SandboxConfig()
    with client_for(client) as client:
        version = client.version()
        report = DoctorReport(image=present_image(client))
        report.checks.append(Check("daemon", True, f"Docker {version.get('Version')} "
                                   f"(API {version.get('ApiVersion')})"))
        missing = f"missing {image_tag('offline')}: run `dgm sandbox build`"
        report.checks.append(Check("image", report.image is not None, report.image or missing))
        if report.image:
            image_env = client.api.inspect_image(report.image)["Config"].get("Env") or []
            facts = probe(client, report.image, config)
            allowed = BUILTIN_ENV | {e.split("=", 1)[0] for e in image_env}
            report.checks.extend(hardening_checks(facts, config, allowed))
        return report


def probe(client: DockerClient, image: str, config: SandboxConfig) -> ProbeFacts:
    """Run the probe script in a sandbox made with `config` and return its facts."""
    source = Path(__file__).with_name("probe.py").read_text(encoding="utf-8")
    with open_sandbox(config, image=image, run_id="doctor", client=client,
                      labels={"dgm.role": "doctor"}) as sb:
        result = sb.exec(["python", "-c", source], timeout=60)
    if not result.ok:
        raise SandboxError(f"the probe failed in the sandbox: {result.stderr.strip()[-300:]}",
                           "rebuild the image with `dgm sandbox build`")
    facts: ProbeFacts = json.loads(result.stdout)
    return facts


def _rule(name: str, ok: bool, detail: object) -> Check:
    return Check(name, bool(ok), str(detail))


def hardening_checks(facts: ProbeFacts, config: SandboxConfig,
                     allowed_env: set[str]) -> list[Check]:
    """Compare the probe's facts with what `config` asks for."""
    status, cgroup, limits = facts["status"], facts["cgroup"], facts["rlimits"]
    leaked = sorted(set(facts["env"]) - allowed_env)
    return [
        _rule("non-root user", facts["uid"] != 0 and facts["euid"] != 0,
              f"uid {facts['uid']}, euid {facts['euid']}"),
        _rule("no capabilities", _caps_empty(status, config), f"CapEff {status.get('CapEff')}"),
        _rule("no-new-privileges", status.get("NoNewPrivs") == "1",
              f"NoNewPrivs {status.get('NoNewPrivs')}"),
        _rule("seccomp filter", status.get("Seccomp") == "2", f"Seccomp {status.get('Seccomp')}"),
        _rule("read-only root", not facts["root_writable"] or not config.read_only_root,
              "writing / fails" if not facts["root_writable"] else "/ is writable"),
        _rule("network: loopback only", _network_ok(facts, config),
              f"interfaces {facts['interfaces']}, names resolve: {facts['name_resolves']}"),
        _rule("pids limit", cgroup.get("pids_max") == str(config.pids), cgroup.get("pids_max")),
        _rule("memory limit", _memory_ok(cgroup, config),
              f"memory {cgroup.get('memory_max')}, memory+swap {cgroup.get('memory_swap_max')}"),
        _rule("cpu quota", _cpu_ok(cgroup, config),
              f"{cgroup.get('cpu_quota')} per {cgroup.get('cpu_period') or 'period'}"),
        _rule("ulimits", _limits_ok(limits, config), limits),
        _rule("bounded writable dirs", _writable_ok(facts["writable"], config),
              facts["writable"]),
        _rule("init process", facts["pid1"] in ("docker-init", "tini") or not config.init,
              f"PID 1 is {facts['pid1']}"),
        _rule("no docker socket", not facts["docker_socket"], facts["docker_socket"] or "absent"),
        _rule("no host environment", not leaked, f"unexpected: {leaked}" if leaked else "clean"),
        _rule("no setuid programs", not facts["setuid_files"], facts["setuid_files"] or "none"),
    ]


def _caps_empty(status: dict[str, str], config: SandboxConfig) -> bool:
    return config.cap_add != [] or int(status.get("CapEff", "1"), 16) == 0


def _network_ok(facts: ProbeFacts, config: SandboxConfig) -> bool:
    return config.network != "none" or (facts["interfaces"] == ["lo"]
                                         and not facts["name_resolves"])


def _memory_ok(cgroup: dict[str, str | None], config: SandboxConfig) -> bool:
    want = str(parse_size(config.memory))
    swap = cgroup.get("memory_swap_max")
    return cgroup.get("memory_max") == want and swap in (want, "0", None)


def _cpu_ok(cgroup: dict[str, str | None], config: SandboxConfig) -> bool:
    quota = (cgroup.get("cpu_quota") or "").split()
    period = quota[1] if len(quota) > 1 else cgroup.get("cpu_period")
    if not quota or quota[0] == "max" or not period:
        return False
    return abs(int(quota[0]) / int(period) - config.cpus) < 0.01


def _limits_ok(limits: dict[str, str], config: SandboxConfig) -> bool:
    expected: dict[str, Callable[[str], bool]] = {
        "nofile": lambda v: v == str(config.nofile),
        "fsize": lambda v: v == str(parse_size(config.file_size)),
        "core": lambda v: v == "0" or config.core_dumps,
    }
    return all(key in limits and test(limits[key]) for key, test in expected.items())


def _writable_ok(found: dict[str, str], config: SandboxConfig) -> bool:
    for path, size in config.volumes.items():
        if path not in ("/workspace", "/out", "/tmp"):
            continue
        kind, _, actual = found.get(path, " ").partition(" ")
        if kind != "tmpfs" or not actual.isdigit() or int(actual) > parse_size(size):
            return False
    return True
