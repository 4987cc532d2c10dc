import pytest

from minibank import Bank, InsufficientFunds, UnknownAccount


def make_bank():
    bank = Bank()
    bank.open("ann", 100)
    bank.open("bob", 5)
    return bank


def test_transfer():
    bank = make_bank()
    bank.transfer("ann", "bob", 30)
    assert (bank.balance("ann"), bank.balance("bob")) == (70, 35)
    assert bank.transfers == [("ann", "bob", 30)]


def test_insufficient_funds():
    bank = make_bank()
    with pytest.raises(InsufficientFunds):
        bank.transfer("bob", "ann", 6)


def test_unknown_balance():
    with pytest.raises(UnknownAccount):
        make_bank().balance("zed")
