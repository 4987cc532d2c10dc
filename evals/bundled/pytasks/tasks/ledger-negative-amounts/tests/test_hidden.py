import pytest

from ledger import Account


@pytest.mark.parametrize("amount", [0, -1, -50])
def test_deposit_must_be_positive(amount):
    acct = Account("ann", 100)
    with pytest.raises(ValueError):
        acct.deposit(amount)
    assert acct.balance == 100
    assert acct.history == []


@pytest.mark.parametrize("amount", [0, -10])
def test_withdraw_must_be_positive(amount):
    acct = Account("ann", 100)
    with pytest.raises(ValueError):
        acct.withdraw(amount)
    assert acct.balance == 100
    assert acct.history == []
