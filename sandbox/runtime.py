"""The agent's own runtime, for sandboxes whose image is not the project's.

A task that brings its environment image (a SWE-bench instance) runs the agent in that
image, so that the commands the agent's tools run (bash, python, the repository's tests)
meet the repository's installed dependencies. The agent itself (Python 3.11, the Anthropic
SDK, its code) must not depend on that image's Python, libc or users: its runtime is the
project's sandbox image, exported once per image id into the host cache, mounted read-only at
`/dgm-runtime` and started through the runtime's own dynamic loader with the runtime's
libraries. Nothing of it leaks into the environment: the loader's library path is an argument,
not `LD_LIBRARY_PATH`, and Python ignores `PYTHON*` variables (`-E`), so a child process the
agent starts is the image's, with the image's variables.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tarfile
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from sandbox.client import client_for
from sandbox.config import Mount
from sandbox.errors import SandboxError, image_missing
from sandbox.image.wheels import cache_root
from sandbox.labels import sandbox_labels

if TYPE_CHECKING:
    from docker import DockerClient

RUNTIME_MOUNT = "/dgm-runtime"
RUNTIME_FORMAT = 1
VENV = "opt/venv"  # where the project's image keeps its Python packages (sandbox/image/files)
_SKIP_TOP = {"dev", "proc", "sys", "run", "tmp", "workspace", "out"}
_PT_INTERP = 3
EXPORT_LIFETIME_S = 3600.0  # `dgm sandbox gc` removes an export container left this long
_lock = threading.Lock()


@dataclass(frozen=True)
class Runtime:
    """An exported runtime: where it is on the host and how to start its Python in a sandbox."""

    root: Path
    loader: str  # container paths, under RUNTIME_MOUNT
    library_path: str
    python: str

    def mount(self) -> Mount:
        """The read-only mount that puts the runtime at RUNTIME_MOUNT."""
        return Mount(host=self.root, container=RUNTIME_MOUNT, read_only=True)

    def command(self, args: list[str]) -> list[str]:
        """Run the runtime's Python with `args` (a script and its arguments)."""
        return [self.loader, "--inhibit-cache", "--library-path", self.library_path,
                self.python, "-E", "-s", *args]


def agent_runtime(image: str, client: DockerClient | None = None) -> Runtime:
    """The runtime exported from `image` (the project's sandbox image), exporting it once."""
    from docker.errors import ImageNotFound  # heavy: docker

    with client_for(client) as docker_client:
        try:
            image_id = str(docker_client.api.inspect_image(image)["Id"])
        except ImageNotFound:
            raise image_missing(image) from None
        key = image_id.split(":")[-1][:16]
        home = cache_root() / "runtimes"
        done = home / key / "runtime.json"
        with _lock:
            if not done.is_file():
                _export(docker_client, image, home, key)
                _prune(docker_client, home, key)
    spec = json.loads(done.read_text())
    if spec.get("format") != RUNTIME_FORMAT:
        shutil.rmtree(home / key, ignore_errors=True)
        return agent_runtime(image, client)
    return Runtime(root=home / key / "root", loader=spec["loader"],
                   library_path=spec["library_path"], python=spec["python"])


def _export(client: DockerClient, image: str, home: Path, key: str) -> None:
    """Unpack the image's file system into home/key/root and describe how to start it."""
    home.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f"{key}.", dir=home))
    try:
        root = tmp / "root"
        root.mkdir()
        # Never started (so it cannot end itself); labelled so that gc finds it if we die.
        labels = sandbox_labels("runtime-export", EXPORT_LIFETIME_S, {"dgm.role": "runtime-export"})
        container = client.api.create_container(image, command=["true"], labels=labels)
        try:
            with tempfile.TemporaryFile(dir=home) as spool:
                for chunk in client.api.export(container["Id"]):
                    spool.write(chunk)
                spool.seek(0)
                with tarfile.open(fileobj=spool, mode="r|") as tar:
                    for member in tar:
                        _extract(tar, member, root)
        finally:
            client.api.remove_container(container["Id"], force=True)
        spec = _describe(root)
        (tmp / "runtime.json").write_text(json.dumps(spec, indent=1))
        shutil.rmtree(home / key, ignore_errors=True)
        tmp.rename(home / key)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _prune(client: DockerClient, home: Path, keep: str) -> None:
    """Remove the runtimes of images the daemon no longer holds (each is a whole file system)."""
    from docker.errors import ImageNotFound  # heavy: docker

    for path in home.iterdir():
        if path.name == keep or "." in path.name or not path.is_dir():
            continue  # ours, or another process's export in progress
        try:
            client.api.inspect_image(path.name)
        except ImageNotFound:
            shutil.rmtree(path, ignore_errors=True)


def _extract(tar: tarfile.TarFile, member: tarfile.TarInfo, root: Path) -> None:
    """One member of the image's file system: files, dirs, links; absolute links made relative."""
    name = PurePosixPath(member.name.lstrip("/"))
    if not name.parts or name.parts[0] in _SKIP_TOP or ".." in name.parts:
        return
    if not (member.isfile() or member.isdir() or member.issym() or member.islnk()):
        return  # devices and fifos have no place in a runtime
    target = root / name
    if member.issym():
        link = member.linkname
        if link.startswith("/"):  # relative to the runtime's root, never the container's
            link = os.path.relpath(root / link.lstrip("/"), target.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_symlink() or target.exists():
            target.unlink()
        os.symlink(link, target)
        return
    if member.islnk():
        source = root / member.linkname.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.exists():
            shutil.copy2(source, target)
        return
    # Readable by every sandbox user, writable by nobody but us; no setuid or setgid bits.
    mode = (member.mode | 0o444 | (0o111 if member.isdir() or member.mode & 0o100 else 0)) & 0o755
    if member.isdir():
        target.mkdir(parents=True, exist_ok=True)
        target.chmod(mode | 0o200)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    content = tar.extractfile(member)
    if content is None:
        return
    with content, open(target, "wb") as out:
        shutil.copyfileobj(content, out)
    target.chmod(mode)


def _describe(root: Path) -> dict[str, object]:
    """Where the loader, the libraries and the Python of an unpacked runtime are."""
    venv_cfg = root / VENV / "pyvenv.cfg"
    if not venv_cfg.is_file():
        raise SandboxError(f"the sandbox image has no /{VENV}",
                           "rebuild it with `dgm sandbox build`")
    # The venv names its base interpreter by absolute path: point it into the runtime.
    lines = []
    for line in venv_cfg.read_text().splitlines():
        field, sep, value = line.partition("=")
        if sep and field.strip() in ("home", "executable") and value.strip().startswith("/"):
            line = f"{field.strip()} = {RUNTIME_MOUNT}{value.strip()}"
        lines.append(line)
    venv_cfg.write_text("\n".join(lines) + "\n")
    python = root / VENV / "bin" / "python3"
    binary = python.resolve()
    if not binary.is_relative_to(root.resolve()) or not binary.is_file():
        raise SandboxError("the sandbox image's Python is not inside it", "rebuild the image")
    interp = elf_interpreter(binary)
    loader = (root / interp.lstrip("/")).resolve()
    if not loader.is_relative_to(root.resolve()) or not loader.is_file():
        raise SandboxError(f"the sandbox image has no loader {interp}", "rebuild the image")
    dirs = [d for d in library_dirs(root) if (root / d.lstrip("/")).is_dir()]
    return {"format": RUNTIME_FORMAT,
            "loader": f"{RUNTIME_MOUNT}/{loader.relative_to(root.resolve())}",
            "library_path": ":".join(f"{RUNTIME_MOUNT}{d}" for d in dirs),
            "python": f"{RUNTIME_MOUNT}/{VENV}/bin/python3"}


def library_dirs(root: Path) -> list[str]:
    """The runtime's library dirs: its ld.so.conf entries, then the standard ones."""
    found: list[str] = []
    conf = root / "etc" / "ld.so.conf.d"
    for path in sorted(conf.glob("*.conf")) if conf.is_dir() else []:
        for line in path.read_text(errors="replace").splitlines():
            line = line.strip()
            if line.startswith("/"):
                found.append(line)
    found += ["/usr/local/lib", "/lib", "/usr/lib", "/lib64", "/usr/lib64"]
    return list(dict.fromkeys(found))


def elf_interpreter(path: Path) -> str:
    """The program interpreter (PT_INTERP) a 64-bit little-endian ELF executable names."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise SandboxError(f"{path.name} is not a 64-bit little-endian ELF file",
                           "the runtime supports x86_64 and aarch64 images")
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        base = phoff + i * phentsize
        kind, = struct.unpack_from("<I", data, base)
        if kind == _PT_INTERP:
            offset, = struct.unpack_from("<Q", data, base + 8)
            size, = struct.unpack_from("<Q", data, base + 32)
            return data[offset:offset + size].rstrip(b"\0").decode()
    raise SandboxError(f"{path.name} names no program interpreter", "rebuild the image")
