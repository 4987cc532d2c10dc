"""A bank holding accounts."""

from minibank.bank import Bank, InsufficientFunds, UnknownAccount

__all__ = ["Bank", "InsufficientFunds", "UnknownAccount"]
