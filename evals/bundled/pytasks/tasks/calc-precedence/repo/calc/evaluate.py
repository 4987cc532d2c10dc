"""Evaluating arithmetic expressions."""

from calc.tokens import tokenize

_APPLY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}


def evaluate(text: str) -> float:
    """The value of the expression in `text`."""
    tokens = tokenize(text)
    if not tokens or not isinstance(tokens[0], int):
        raise ValueError(f"expected a number at the start of {text!r}")
    value = tokens[0]
    rest = tokens[1:]
    while rest:
        if len(rest) < 2 or rest[0] not in _APPLY or not isinstance(rest[1], int):
            raise ValueError(f"malformed expression {text!r}")
        value = _APPLY[rest[0]](value, rest[1])
        rest = rest[2:]
    return value
