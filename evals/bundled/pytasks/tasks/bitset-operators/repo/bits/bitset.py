"""A set of non-negative ints stored as bits of one int."""

from collections.abc import Iterator


class BitSet:
    """Bit n of `mask` is set when n is a member."""

    def __init__(self, mask: int = 0) -> None:
        self.mask = mask

    def add(self, number: int) -> None:
        """Make `number` a member."""
        self.mask |= 1 << number if number >= 0 else 0

    def discard(self, number: int) -> None:
        """Remove `number` if it is a member."""
        if number in self:
            self.mask &= ~(1 << number)

    def __contains__(self, number: object) -> bool:
        return isinstance(number, int) and number >= 0 and bool(self.mask >> number & 1)

    def __iter__(self) -> Iterator[int]:
        mask, number = self.mask, 0
        while mask:
            if mask & 1:
                yield number
            mask >>= 1
            number += 1
