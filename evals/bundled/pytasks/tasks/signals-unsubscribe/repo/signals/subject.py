"""A subject that notifies its observers."""

from collections.abc import Callable
from typing import Any

Observer = Callable[[Any], None]


class Subject:
    """Keeps observers and calls each of them with every notified value."""

    def __init__(self) -> None:
        self._observers: list[Observer] = []

    def subscribe(self, observer: Observer) -> None:
        """Start notifying `observer`."""
        self._observers.append(observer)

    def unsubscribe(self, observer: Observer) -> None:
        """Stop notifying `observer`."""
        self._observers.remove(observer)

    def notify(self, value: Any) -> None:
        """Call every observer with `value`, in subscription order."""
        for observer in self._observers:
            observer(value)
