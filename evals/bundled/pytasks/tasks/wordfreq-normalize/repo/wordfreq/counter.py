"""Counting words in text."""

from collections import Counter


def word_counts(text: str) -> Counter[str]:
    """How often each word occurs in `text`."""
    return Counter(text.split())


def top_words(text: str, n: int = 3) -> list[str]:
    """The `n` most frequent words, most frequent first."""
    return [word for word, _ in word_counts(text).most_common(n)]
