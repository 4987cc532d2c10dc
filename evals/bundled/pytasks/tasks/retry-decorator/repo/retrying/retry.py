"""The retry decorator."""

import time
from collections.abc import Callable
from typing import Any


def retry(attempts: int = 3, exceptions: tuple[type[BaseException], ...] = (Exception,),
          delay: float = 0.0, sleep: Callable[[float], None] = time.sleep) -> Callable:
    """Call the decorated function up to `attempts` times while it raises `exceptions`."""

    def decorate(fn: Callable) -> Callable:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for _ in range(attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except Exception:
                    sleep(delay)
            return None

        return wrapper

    return decorate
