import pytest

from minibank import Bank, InsufficientFunds, UnknownAccount


def make_bank():
    bank = Bank()
    bank.open("ann", 100)
    bank.open("bob", 5)
    return bank


def test_unknown_target_changes_nothing():
    bank = make_bank()
    with pytest.raises(UnknownAccount):
        bank.transfer("ann", "nobody", 30)
    assert bank.balance("ann") == 100
    assert bank.transfers == []


def test_unknown_source():
    bank = make_bank()
    with pytest.raises(UnknownAccount):
        bank.transfer("nobody", "ann", 1)
    assert bank.balance("ann") == 100


def test_insufficient_changes_nothing():
    bank = make_bank()
    with pytest.raises(InsufficientFunds):
        bank.transfer("bob", "ann", 50)
    assert (bank.balance("ann"), bank.balance("bob")) == (100, 5)
    assert bank.transfers == []


def test_self_transfer_rejected():
    bank = make_bank()
    with pytest.raises(ValueError):
        bank.transfer("ann", "ann", 10)
    assert bank.balance("ann") == 100
    assert bank.transfers == []
