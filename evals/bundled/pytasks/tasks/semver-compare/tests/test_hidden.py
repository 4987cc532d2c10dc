import random

from versions import compare, latest, sort_versions

ORDERED = [
    "0.9.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
    "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.2.0", "1.10.0",
    "2.0.0", "10.0.0",
]


def test_numeric_parts():
    assert compare("1.10.0", "1.9.0") == 1
    assert compare("1.0.10", "1.0.9") == 1
    assert latest(["1.9.0", "1.10.0"]) == "1.10.0"


def test_prerelease_is_older():
    assert compare("1.0.0-alpha", "1.0.0") == -1
    assert compare("1.0.0", "1.0.0-rc.1") == 1


def test_full_order():
    shuffled = ORDERED[:]
    random.Random(4).shuffle(shuffled)
    assert sort_versions(shuffled) == ORDERED


def test_pairwise_consistent():
    for i, a in enumerate(ORDERED):
        for j, b in enumerate(ORDERED):
            assert compare(a, b) == (i > j) - (i < j)
