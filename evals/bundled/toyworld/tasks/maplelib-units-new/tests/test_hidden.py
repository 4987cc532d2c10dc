import pytest

from maplelib import util, batch


def test_new_unit_util():
    assert util.parse_duration("7h") == 25200


def test_new_unit_batch():
    assert batch.parse_duration("7h") == 25200
