"""Conversion between integers and Roman numerals."""

_VALUES = [(1000, "M"), (500, "D"), (100, "C"), (50, "L"), (10, "X"), (5, "V"), (1, "I")]


def to_roman(number: int) -> str:
    """The Roman numeral for 1 <= number <= 3999."""
    if not 0 < number < 4000:
        raise ValueError("number must be between 1 and 3999")
    parts = []
    for value, symbol in _VALUES:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(text: str) -> int:
    """The integer value of a Roman numeral."""
    symbols = {symbol: value for value, symbol in _VALUES}
    total = 0
    for char in text.upper():
        if char not in symbols:
            raise ValueError(f"not a roman numeral: {text!r}")
        total += symbols[char]
    return total
