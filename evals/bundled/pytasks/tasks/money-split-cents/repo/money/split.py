"""Dividing an amount of money into parts."""

from decimal import Decimal


def _cents(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).quantize(Decimal("0.01"))


def split(amount: str | Decimal, n: int) -> list[Decimal]:
    """`amount` divided into `n` equal parts."""
    if n < 1:
        raise ValueError("n must be at least 1")
    if Decimal(amount) < 0:
        raise ValueError("amount must not be negative")
    return [_cents(float(amount) / n) for _ in range(n)]


def allocate(amount: str | Decimal, ratios: list[int]) -> list[Decimal]:
    """`amount` divided in proportion to `ratios`."""
    if Decimal(amount) < 0:
        raise ValueError("amount must not be negative")
    if any(r < 0 for r in ratios) or sum(ratios) == 0:
        raise ValueError("ratios must be non-negative and not all zero")
    total = sum(ratios)
    return [_cents(float(amount) * r / total) for r in ratios]
