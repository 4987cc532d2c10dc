"""The names of the project's own images (built here, never pulled), apart from any other image."""

REPOSITORY = "dgm-sandbox"  # the runtime image every sandbox runs unless a task brings its own
BASE_REPOSITORY = "dgm-sandbox-base"  # its Debian root file system
