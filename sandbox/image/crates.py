"""A variant's Rust crates, vendored on the host with cargo at build time and cached.

The variant lists them in `crates/Cargo.toml` with a committed `Cargo.lock`; `cargo vendor
--locked` fetches exactly those into a directory the image uses as cargo's only registry, so
nothing is fetched at grade time. A host without cargo (or without crates.io) builds the image
with Debian's packaged crates instead, and says so.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from sandbox.errors import SandboxError
from sandbox.image import recipe
from sandbox.image.rootfs import Progress, run_logged
from sandbox.image.wheels import cache_root

# Import libraries for Windows linkers (about 100 MB), never used on Linux: dropped.
_WINDOWS_LIBS = ("winapi-i686-pc-windows-gnu-", "winapi-x86_64-pc-windows-gnu-")


def vendor_command(manifest: Path, dest: Path) -> list[str]:
    """cargo vendor of exactly the locked crates, one folder per crate version."""
    return ["cargo", "vendor", "--locked", "--versioned-dirs", "--manifest-path", str(manifest),
            str(dest)]


def ensure_crates(variant: str, progress: Progress) -> Path | None:
    """The vendored crates of `variant` (None when it has none, or this host cannot fetch them)."""
    folder = recipe.variant_dir(variant)
    manifest = folder / "crates" / "Cargo.toml" if folder else None
    if manifest is None or not manifest.is_file():
        return None
    lock = (manifest.parent / "Cargo.lock").read_bytes()
    dest = cache_root() / f"crates-{hashlib.sha256(lock).hexdigest()[:16]}"
    if (dest / ".complete").exists():
        progress(f"crates are cached in {dest}")
        return dest
    if shutil.which("cargo") is None:
        progress("no cargo on this host: the image's Rust gets Debian's packaged crates only "
                 "(install cargo and rebuild with --rebuild for every crate the exercises use)")
        return None
    partial = dest.with_name(dest.name + f".partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    progress(f"vendoring the crates of {manifest} with cargo")
    try:
        run_logged(vendor_command(manifest, partial), progress)
    except SandboxError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        progress(f"cannot vendor the crates ({exc.message}): the image's Rust gets Debian's "
                 "packaged crates only")
        return None
    drop_windows_libs(partial)
    (partial / ".complete").touch()
    shutil.rmtree(dest, ignore_errors=True)
    partial.rename(dest)
    return dest


def drop_windows_libs(vendor: Path) -> None:
    """Remove the Windows import libraries, and their entries from each crate's checksums
    (cargo checks the files listed there, so the crate stays valid)."""
    for crate in vendor.iterdir():
        if not crate.name.startswith(_WINDOWS_LIBS):
            continue
        shutil.rmtree(crate / "lib", ignore_errors=True)
        sums = crate / ".cargo-checksum.json"
        data = json.loads(sums.read_text())
        data["files"] = {f: s for f, s in data["files"].items() if not f.startswith("lib/")}
        sums.write_text(json.dumps(data))
