import pytest

from structures import EmptyStackError, Stack


def test_lifo():
    stack = Stack()
    stack.push(1)
    stack.push(2)
    assert stack.peek() == 2
    assert stack.pop() == 2
    assert len(stack) == 1


def test_pop_empty():
    with pytest.raises(EmptyStackError):
        Stack().pop()
