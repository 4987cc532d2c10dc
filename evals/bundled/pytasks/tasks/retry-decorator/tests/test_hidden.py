import pytest

from retrying import retry


def test_exact_attempts_and_reraise():
    calls, sleeps = [], []

    @retry(attempts=3, exceptions=(ConnectionError,), delay=0.5, sleep=sleeps.append)
    def down():
        calls.append(1)
        raise ConnectionError(f"attempt {len(calls)}")

    with pytest.raises(ConnectionError, match="attempt 3"):
        down()
    assert len(calls) == 3
    assert sleeps == [0.5, 0.5]


def test_other_exceptions_propagate_immediately():
    calls, sleeps = [], []

    @retry(attempts=5, exceptions=(ConnectionError,), sleep=sleeps.append)
    def buggy():
        calls.append(1)
        raise KeyError("bug")

    with pytest.raises(KeyError):
        buggy()
    assert len(calls) == 1
    assert sleeps == []


def test_bad_attempts():
    with pytest.raises(ValueError):
        retry(attempts=0)


def test_metadata_kept():
    @retry(sleep=lambda s: None)
    def documented():
        """Docs."""

    assert documented.__name__ == "documented"
    assert documented.__doc__ == "Docs."
