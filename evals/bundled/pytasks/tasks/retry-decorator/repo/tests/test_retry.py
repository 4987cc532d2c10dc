from retrying import retry


def test_success_first_time():
    @retry(attempts=3, sleep=lambda s: None)
    def ok():
        return 42

    assert ok() == 42


def test_recovers_after_failure():
    calls = []

    @retry(attempts=3, exceptions=(ConnectionError,), sleep=lambda s: None)
    def flaky():
        calls.append(1)
        if len(calls) < 2:
            raise ConnectionError("down")
        return "up"

    assert flaky() == "up"
    assert len(calls) == 2
