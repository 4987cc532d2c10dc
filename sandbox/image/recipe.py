"""The image's inputs, and the content-hash tags derived from them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sandbox.errors import SandboxError
from sandbox.repositories import BASE_REPOSITORY, REPOSITORY

# The variants' names, part of the recipe's interface.
from sandbox.repositories import DEFAULT_VARIANT as DEFAULT_VARIANT
from sandbox.repositories import VARIANTS as VARIANTS
from sandbox.repositories import variant_of as variant_of

FILES = Path(__file__).with_name("files")
INPUT_FILES = ("Dockerfile", "setup.sh", "packages.txt", "requirements.lock")
SOURCES = ("offline", "registry")
# A variant's own inputs (files/variants/<name>/), built on the same recipe; `crates/` (its
# Rust crates, vendored on the host) is optional.
VARIANT_FILES = ("packages.txt", "setup.sh")
REGISTRY_BASE = "python:3.11-slim-bookworm"  # Debian bookworm, as the offline base
SUITE = "bookworm"
PYTHON_VERSION = "3.11"
# Paths dpkg skips while unpacking the base: documentation, manuals and translations.
DPKG_EXCLUDES = ("/usr/share/doc/*", "/usr/share/man/*", "/usr/share/info/*",
                 "/usr/share/locale/*", "/usr/share/lintian/*", "/usr/share/bash-completion/*")
DPKG_INCLUDES = ("/usr/share/doc/*/copyright", "/usr/share/locale/locale.alias")
# Folders made before the packages are installed: update-alternatives fails (OpenJDK's) when the
# folder of a manual page it links is missing, and the excludes leave /usr/share/man empty.
EMPTY_DIRS = ("/usr/share/man/man1",)


def lines(name: str, files: Path = FILES) -> list[str]:
    """The non-blank, non-comment lines of an input file."""
    text = (files / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def check_variant(variant: str) -> str:
    """`variant` when it is one of VARIANTS, else SandboxError naming them."""
    if variant not in VARIANTS:
        raise SandboxError(f"unknown image variant {variant!r}", f"valid: {', '.join(VARIANTS)}")
    return variant


def variant_dir(variant: str, files: Path = FILES) -> Path | None:
    """The folder of a variant's own inputs (None for the default image)."""
    return None if check_variant(variant) == DEFAULT_VARIANT else files / "variants" / variant


def variant_inputs(folder: Path) -> list[Path]:
    """Every file of a variant's folder (its packages, its setup step, its crates' manifest)."""
    return sorted(p for p in folder.rglob("*") if p.is_file())


def packages(files: Path = FILES, variant: str = DEFAULT_VARIANT) -> list[str]:
    """Debian packages installed on top of the Essential set (the variant's own after ours)."""
    extra = variant_dir(variant, files)
    return lines("packages.txt", files) + (lines("packages.txt", extra) if extra else [])


def pins() -> list[str]:
    """The pinned Python requirements (name==version)."""
    return lines("requirements.lock")


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode())
        h.update(b"\0")
    return h.hexdigest()[:16]


def base_recipe(files: Path = FILES, variant: str = DEFAULT_VARIANT) -> dict[str, object]:
    """Everything that decides the Debian base root filesystem."""
    return {"suite": SUITE, "variant": "essential", "packages": packages(files, variant),
            "exclude": list(DPKG_EXCLUDES), "include": list(DPKG_INCLUDES),
            "dirs": list(EMPTY_DIRS)}


def base_tag(files: Path = FILES, variant: str = DEFAULT_VARIANT) -> str:
    """Tag of the imported Debian base (offline source)."""
    recipe = json.dumps(base_recipe(files, variant), sort_keys=True)
    return f"{BASE_REPOSITORY}:{_digest(recipe)}"


def base_for(source: str, files: Path = FILES, variant: str = DEFAULT_VARIANT) -> str:
    """The image the Dockerfile builds FROM."""
    return base_tag(files, variant) if source == "offline" else REGISTRY_BASE


def image_tag(source: str, files: Path = FILES, variant: str = DEFAULT_VARIANT) -> str:
    """Tag of the runtime image built by `source`: a hash of every input.

    The default image is `dgm-sandbox:<source>-<hash>`, a variant's
    `dgm-sandbox:<variant>-<source>-<hash>`.
    """
    if source not in SOURCES:
        raise ValueError(f"unknown image source {source!r}; valid: {', '.join(SOURCES)}")
    texts = [(files / name).read_text(encoding="utf-8") for name in INPUT_FILES]
    extra = variant_dir(variant, files)
    texts += [p.read_text(encoding="utf-8") for p in variant_inputs(extra)] if extra else []
    name = source if variant == DEFAULT_VARIANT else f"{variant}-{source}"
    digest = _digest(base_for(source, files, variant), PYTHON_VERSION, *texts)
    return f"{REPOSITORY}:{name}-{digest}"
