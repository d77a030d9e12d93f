"""Template context values computed when a template first asks for them, and only once."""

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def once(compute: Callable[[], T]) -> Callable[[], T]:
    """A callable for a template context: Django templates call it on each use; ``compute``
    runs at the first (so a fragment served from the cache never runs it) and is remembered."""
    result: list[T] = []

    def value() -> T:
        if not result:
            result.append(compute())
        return result[0]

    return value
