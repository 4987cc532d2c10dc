"""A last-in first-out stack."""

from typing import Any


class EmptyStackError(Exception):
    """The stack has no items."""


class Stack:
    """Push and pop items; the last pushed comes out first."""

    def __init__(self) -> None:
        self._items: list[Any] = []

    def push(self, item: Any) -> None:
        """Put `item` on top."""
        self._items.append(item)

    def pop(self) -> Any:
        """Remove and return the top item."""
        if not self._items:
            raise EmptyStackError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Any:
        """The top item, left in place."""
        return self._items[-1]

    def __len__(self) -> int:
        return len(self._items)
