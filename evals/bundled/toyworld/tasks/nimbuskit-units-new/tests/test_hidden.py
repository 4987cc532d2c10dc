import pytest

from nimbuskit import ops, compat


def test_new_unit_ops():
    assert ops.parse_duration("9h") == 32400


def test_new_unit_compat():
    assert compat.parse_duration("9h") == 32400
