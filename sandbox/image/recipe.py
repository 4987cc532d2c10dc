"""The image's inputs, and the content-hash tags derived from them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sandbox.repositories import BASE_REPOSITORY, REPOSITORY

FILES = Path(__file__).with_name("files")
INPUT_FILES = ("Dockerfile", "setup.sh", "packages.txt", "requirements.lock")
SOURCES = ("offline", "registry")
REGISTRY_BASE = "python:3.11-slim"
SUITE = "bookworm"
PYTHON_VERSION = "3.11"
# Paths dpkg skips while unpacking the base: documentation, manuals and translations.
DPKG_EXCLUDES = ("/usr/share/doc/*", "/usr/share/man/*", "/usr/share/info/*",
                 "/usr/share/locale/*", "/usr/share/lintian/*", "/usr/share/bash-completion/*")
DPKG_INCLUDES = ("/usr/share/doc/*/copyright", "/usr/share/locale/locale.alias")


def lines(name: str, files: Path = FILES) -> list[str]:
    """The non-blank, non-comment lines of an input file."""
    text = (files / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def packages(files: Path = FILES) -> list[str]:
    """Debian packages installed on top of the Essential set."""
    return lines("packages.txt", files)


def pins() -> list[str]:
    """The pinned Python requirements (name==version)."""
    return lines("requirements.lock")


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def base_recipe(files: Path = FILES) -> dict[str, object]:
    """Everything that decides the Debian base root filesystem."""
    return {"suite": SUITE, "variant": "essential", "packages": packages(files),
            "exclude": list(DPKG_EXCLUDES), "include": list(DPKG_INCLUDES)}


def base_tag(files: Path = FILES) -> str:
    """Tag of the imported Debian base (offline source)."""
    return f"{BASE_REPOSITORY}:{_digest(json.dumps(base_recipe(files), sort_keys=True))}"


def base_for(source: str, files: Path = FILES) -> str:
    """The image the Dockerfile builds FROM."""
    return base_tag(files) if source == "offline" else REGISTRY_BASE


def image_tag(source: str, files: Path = FILES) -> str:
    """Tag of the runtime image built by `source`: a hash of every input."""
    if source not in SOURCES:
        raise ValueError(f"unknown image source {source!r}; valid: {', '.join(SOURCES)}")
    texts = [(files / name).read_text(encoding="utf-8") for name in INPUT_FILES]
    return f"{REPOSITORY}:{source}-{_digest(base_for(source, files), PYTHON_VERSION, *texts)}"
