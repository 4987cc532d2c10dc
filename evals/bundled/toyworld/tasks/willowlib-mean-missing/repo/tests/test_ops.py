from willowlib import ops, batch, legacy


def test_full_ops():
    assert ops.mean_scores([16, 8]) == 12.0


def test_full_batch():
    assert batch.mean_scores([16, 8]) == 12.0


def test_full_legacy():
    assert legacy.mean_scores([16, 8]) == 12.0
