"""The repositories here are benchmark data, not tests of ours: pytest does not collect them."""

collect_ignore = ["tomli-229", "tomli-175", "minicalc"]
