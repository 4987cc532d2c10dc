"""A household account book: dated transactions and balances."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Transaction:
    """Money in (positive) or out (negative) on a day."""

    day: date
    amount: int
    memo: str = ""


class Book:
    """Transactions in the order they were recorded."""

    def __init__(self) -> None:
        self.transactions: list[Transaction] = []

    def record(self, day: date, amount: int, memo: str = "") -> Transaction:
        """Add a transaction."""
        transaction = Transaction(day, amount, memo)
        self.transactions.append(transaction)
        return transaction

    def balance(self, until: date | None = None) -> int:
        """Sum of amounts, optionally only up to and including `until`."""
        return sum(t.amount for t in self.transactions if until is None or t.day <= until)


__all__ = ["Book", "Transaction"]
