"""An account with a balance and a history of operations."""


class InsufficientFunds(Exception):
    """A withdrawal exceeds the balance."""


class Account:
    """A bank account owned by one person."""

    def __init__(self, owner: str, balance: int = 0) -> None:
        self.owner = owner
        self.balance = balance
        self.history: list[tuple[str, int]] = []

    def deposit(self, amount: int) -> None:
        """Add `amount` to the balance."""
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount: int) -> None:
        """Take `amount` from the balance."""
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
