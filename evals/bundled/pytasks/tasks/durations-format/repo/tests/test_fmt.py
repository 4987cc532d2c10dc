import pytest

from durations import format_duration


@pytest.mark.parametrize("seconds,text", [(0, "0s"), (59, "59s"), (61, "1m 1s"), (600, "10m")])
def test_under_an_hour(seconds, text):
    assert format_duration(seconds) == text


def test_negative():
    with pytest.raises(ValueError):
        format_duration(-1)
