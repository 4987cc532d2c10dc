from cobaltworks import util, batch


def test_rounds_up_util():
    assert util.tray_count(16, 5) == 4
    assert util.tray_count(1, 5) == 1


def test_rounds_up_batch():
    assert batch.tray_count(16, 5) == 4
    assert batch.tray_count(1, 5) == 1
