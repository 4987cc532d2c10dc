"""Session hooks of the cobaltworks tests: what a run reports besides results."""


def pytest_collection_finish(session):
    """Report before the tests run."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:
        return
    reporter.write_line("[sim-seconds: 90]")
