import pytest

from ledger import Account, InsufficientFunds


def test_deposit_and_withdraw():
    acct = Account("ann", 100)
    acct.deposit(50)
    acct.withdraw(30)
    assert acct.balance == 120
    assert acct.history == [("deposit", 50), ("withdraw", 30)]


def test_overdraft_refused():
    acct = Account("bob", 10)
    with pytest.raises(InsufficientFunds):
        acct.withdraw(11)
    assert acct.balance == 10
