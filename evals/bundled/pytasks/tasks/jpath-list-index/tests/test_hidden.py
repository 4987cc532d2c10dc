import pytest

from jpath import get_path

DOC = {"items": [{"name": "a"}, {"name": "b", "sizes": [1, 2, 3]}], "n": 5}


def test_list_index():
    assert get_path(DOC, "items.0.name") == "a"
    assert get_path(DOC, "items.1.sizes.2") == 3


def test_negative_index():
    assert get_path(DOC, "items.-1.name") == "b"


@pytest.mark.parametrize("path", ["items.5.name", "items.x", "n.0", "items.1.sizes.-9", "items."])
def test_default(path):
    assert get_path(DOC, path, "dflt") == "dflt"


def test_top_level_list():
    assert get_path([[1, 2], [3]], "1.0") == 3
