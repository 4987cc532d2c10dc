from gablely import core, legacy, compat


def test_found_core():
    assert core.get_entry({"Ann": "1"}, "ann") == "1"


def test_found_legacy():
    assert legacy.get_entry({"Ann": "1"}, "ann") == "1"


def test_found_compat():
    assert compat.get_entry({"Ann": "1"}, "ann") == "1"
