from willowworks import text


def test_half():
    assert text.coverage_percent(1, 2) == 50.0
