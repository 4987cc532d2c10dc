"""Register handlers by event name and call them on emit."""

from collections import defaultdict
from collections.abc import Callable
from typing import Any

Handler = Callable[..., Any]


class Emitter:
    """Calls handlers registered for an event, in registration order."""

    def __init__(self) -> None:
        self._handlers: defaultdict[str, list[Handler]] = defaultdict(list)

    def on(self, event: str, handler: Handler) -> None:
        """Call `handler` on every emit of `event`."""
        self._handlers[event].append(handler)

    def off(self, event: str, handler: Handler) -> None:
        """Stop calling `handler` for `event`."""
        self._handlers[event].remove(handler)

    def emit(self, event: str, *args: Any) -> int:
        """Call the handlers of `event` with `args`; return how many ran."""
        handlers = list(self._handlers[event])
        for handler in handlers:
            handler(*args)
        return len(handlers)
