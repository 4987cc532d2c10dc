import pytest

from willowlib import ops, batch, legacy


def test_missing_ops():
    assert ops.mean_scores([16, None, 8, None]) == 12.0


def test_missing_batch():
    assert batch.mean_scores([16, None, 8, None]) == 12.0


def test_missing_legacy():
    assert legacy.mean_scores([16, None, 8, None]) == 12.0
