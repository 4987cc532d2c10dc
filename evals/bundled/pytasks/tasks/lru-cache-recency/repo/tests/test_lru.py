import pytest

from cachelib import LRUCache


def test_put_and_get():
    cache = LRUCache(2)
    cache.put("a", 1)
    assert cache.get("a") == 1
    assert cache.get("zz", "default") == "default"


def test_capacity_is_respected():
    cache = LRUCache(2)
    for i, key in enumerate("abc"):
        cache.put(key, i)
    assert len(cache) == 2
    assert "a" not in cache


def test_counters():
    cache = LRUCache(1)
    cache.put("a", 1)
    cache.get("a")
    cache.get("b")
    assert (cache.hits, cache.misses) == (1, 1)


def test_capacity_must_be_positive():
    with pytest.raises(ValueError):
        LRUCache(0)
