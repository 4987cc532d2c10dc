"""The names of the project's own images (built here, never pulled), apart from any other image."""

REPOSITORY = "dgm-sandbox"  # the runtime image every sandbox runs unless a task brings its own
BASE_REPOSITORY = "dgm-sandbox-base"  # its Debian root file system

# Image variants: the default image, and ones with more Debian packages and a setup step of
# their own (sandbox/image/files/variants/<name>/), tagged `REPOSITORY:<variant>-<source>-<hash>`.
DEFAULT_VARIANT = "default"
VARIANTS = (DEFAULT_VARIANT, "polyglot")


def variant_of(tag: str) -> str:
    """The variant an image tag of ours was built as (the default for any other tag)."""
    version = tag.rpartition(":")[2]
    return next((v for v in VARIANTS[1:] if version.startswith(f"{v}-")), DEFAULT_VARIANT)
