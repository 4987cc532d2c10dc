from quillkit import calc


def test_half():
    assert calc.progress_percent(1, 2) == 50.0
