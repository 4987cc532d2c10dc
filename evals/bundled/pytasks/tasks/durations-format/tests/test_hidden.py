import pytest

from durations import format_duration


@pytest.mark.parametrize("seconds,text", [
    (3600, "1h"), (3661, "1h 1m 1s"), (7322, "2h 2m 2s"), (86399, "23h 59m 59s"),
    (90000, "25h"), (3605, "1h 5s"),
])
def test_hours(seconds, text):
    assert format_duration(seconds) == text
