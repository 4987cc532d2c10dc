import dataclasses

import pytest

from inventory import Inventory, Item


def make():
    inv = Inventory()
    inv.add("pear", 3, 0.5)
    inv.add("apple", 10, 0.25)
    return inv


def test_items_are_items_sorted():
    items = make().items()
    assert [type(item) for item in items] == [Item, Item]
    assert [(i.name, i.quantity, i.unit_price) for i in items] == [
        ("apple", 10, 0.25), ("pear", 3, 0.5)]


def test_item_value_and_frozen():
    item = Item("nut", 4, 0.5)
    assert item.value == pytest.approx(2.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.quantity = 5


def test_get():
    assert make().get("pear") == Item("pear", 3, 0.5)
    with pytest.raises(KeyError):
        make().get("kiwi")


def test_add_updates_price_and_quantity():
    inv = make()
    inv.add("pear", 1, 0.75)
    assert inv.get("pear") == Item("pear", 4, 0.75)
    assert inv.total_value() == pytest.approx(5.5)
