import pytest

from inventory import Inventory


def make():
    inv = Inventory()
    inv.add("pear", 3, 0.5)
    inv.add("apple", 10, 0.25)
    return inv


def test_quantities():
    inv = make()
    inv.add("pear", 2, 0.5)
    assert inv.quantity("pear") == 5
    assert inv.quantity("kiwi") == 0


def test_remove():
    inv = make()
    inv.remove("pear", 3)
    assert inv.quantity("pear") == 0
    with pytest.raises(ValueError):
        inv.remove("apple", 11)


def test_total_value():
    assert make().total_value() == pytest.approx(4.0)


def test_bad_quantity():
    with pytest.raises(ValueError):
        Inventory().add("x", 0, 1.0)
