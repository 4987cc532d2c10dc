"""MAJOR.MINOR.PATCH[-PRERELEASE] versions."""

import re
from functools import cmp_to_key

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$")


def parse(version: str) -> tuple[str, str, str, str]:
    """The major, minor, patch and pre-release parts of `version`."""
    match = _VERSION.match(version)
    if not match:
        raise ValueError(f"not a version: {version!r}")
    major, minor, patch, pre = match.groups()
    return major, minor, patch, pre or ""


def compare(a: str, b: str) -> int:
    """-1, 0 or 1 as version `a` is older than, equal to or newer than `b`."""
    key_a, key_b = parse(a), parse(b)
    return (key_a > key_b) - (key_a < key_b)


def sort_versions(versions: list[str]) -> list[str]:
    """Versions from oldest to newest."""
    return sorted(versions, key=cmp_to_key(compare))


def latest(versions: list[str]) -> str:
    """The newest version."""
    return sort_versions(versions)[-1]
