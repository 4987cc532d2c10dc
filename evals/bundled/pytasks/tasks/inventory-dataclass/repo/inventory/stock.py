"""An inventory of named items with quantities and unit prices."""


class Inventory:
    """Items by name as (name, quantity, unit_price) tuples."""

    def __init__(self) -> None:
        self._items: dict[str, tuple[str, int, float]] = {}

    def add(self, name: str, quantity: int, unit_price: float) -> None:
        """Add stock; the latest unit price wins."""
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        current = self._items.get(name, (name, 0, unit_price))
        self._items[name] = (name, current[1] + quantity, unit_price)

    def remove(self, name: str, quantity: int) -> None:
        """Take stock out; an item reaching zero disappears."""
        entry = self.get(name)
        if quantity > entry[1]:
            raise ValueError(f"only {entry[1]} {name} in stock")
        left = entry[1] - quantity
        if left:
            self._items[name] = (name, left, entry[2])
        else:
            del self._items[name]

    def get(self, name: str) -> tuple[str, int, float]:
        """The entry for `name`."""
        return self._items[name]

    def quantity(self, name: str) -> int:
        """How many of `name` are in stock (0 if none)."""
        return self._items[name][1] if name in self._items else 0

    def items(self) -> list[tuple[str, int, float]]:
        """All entries sorted by name."""
        return [self._items[name] for name in sorted(self._items)]

    def total_value(self) -> float:
        """Value of the whole stock."""
        return sum(entry[1] * entry[2] for entry in self._items.values())
