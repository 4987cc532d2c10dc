import pytest

from structures import EmptyStackError, Stack


def test_peek_empty():
    with pytest.raises(EmptyStackError, match="peek from empty stack"):
        Stack().peek()


def test_peek_after_emptying():
    stack = Stack()
    stack.push("x")
    stack.pop()
    with pytest.raises(EmptyStackError):
        stack.peek()
    assert len(stack) == 0
