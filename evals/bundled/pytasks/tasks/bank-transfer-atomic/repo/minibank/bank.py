"""Accounts and transfers."""


class UnknownAccount(KeyError):
    """No account has this name."""


class InsufficientFunds(Exception):
    """The source account cannot cover the amount."""


class Bank:
    """Balances by account name, and a log of completed transfers."""

    def __init__(self) -> None:
        self._balances: dict[str, int] = {}
        self.transfers: list[tuple[str, str, int]] = []

    def open(self, name: str, balance: int = 0) -> None:
        """Open an account with a starting balance."""
        if name in self._balances:
            raise ValueError(f"account {name!r} exists")
        self._balances[name] = balance

    def balance(self, name: str) -> int:
        """The balance of one account."""
        self._require(name)
        return self._balances[name]

    def transfer(self, source: str, target: str, amount: int) -> None:
        """Move `amount` from `source` to `target`."""
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._require(source)
        if self._balances[source] < amount:
            raise InsufficientFunds(f"{source} has {self._balances[source]}")
        self._balances[source] -= amount
        self._require(target)
        self._balances[target] += amount
        self.transfers.append((source, target, amount))

    def _require(self, name: str) -> None:
        if name not in self._balances:
            raise UnknownAccount(name)
