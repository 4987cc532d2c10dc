"""The files under data/ are benchmark data, not tests of ours: pytest does not collect them."""

collect_ignore = ["polyglot"]
