"""The ground floor: the error family and the types every layer shares; imports nothing of ours.

    from ground.errors import ConfigError
    from ground.context import CallContext, ROLES
    from ground.tomlconfig import from_table, lookup
    from ground.git import Git, GitFailed, apply_to_dir  # hermetic host git
"""
