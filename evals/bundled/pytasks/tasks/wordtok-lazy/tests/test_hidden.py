import inspect
import itertools

from wordtok import iter_tokens, tokenize


def test_is_generator():
    assert inspect.isgenerator(iter_tokens(["a b"]))


def test_lazy_on_endless_input():
    tokens = iter_tokens(itertools.repeat("Ping pong"))
    assert list(itertools.islice(tokens, 5)) == ["ping", "pong", "ping", "pong", "ping"]


def test_same_results_as_tokenize():
    text = "One, two!\nThree_3 four\n"
    assert list(iter_tokens(text.splitlines())) == tokenize(text)
