"""Evaluating a token list from left to right."""

from calc.tokens import tokenize

_APPLY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}


def evaluate(text: str) -> float:
    """The value of `text`, applying operators strictly left to right."""
    tokens = tokenize(text)
    value = tokens[0].value
    for op, number in zip(tokens[1::2], tokens[2::2]):
        value = _APPLY[op.value](value, number.value)
    return value
