import pytest

from deps import CycleError, build_order


def assert_valid_cycle(cycle, requires):
    assert len(cycle) >= 2 and cycle[0] == cycle[-1]
    for a, b in zip(cycle, cycle[1:]):
        assert b in requires.get(a, set())


def test_cycle_error_is_value_error():
    assert issubclass(CycleError, ValueError)


def test_three_cycle():
    requires = {"a": {"b"}, "b": {"c"}, "c": {"a"}}
    with pytest.raises(CycleError) as info:
        build_order(requires)
    assert_valid_cycle(info.value.cycle, requires)
    assert set(info.value.cycle) == {"a", "b", "c"}


def test_self_requirement():
    with pytest.raises(CycleError) as info:
        build_order({"a": {"a"}})
    assert info.value.cycle == ["a", "a"]


def test_cycle_behind_acyclic_part():
    requires = {"app": {"lib"}, "lib": {"x"}, "x": {"y"}, "y": {"x"}, "tool": set()}
    with pytest.raises(CycleError) as info:
        build_order(requires)
    assert_valid_cycle(info.value.cycle, requires)
    assert set(info.value.cycle) == {"x", "y"}


def test_acyclic_unchanged():
    assert build_order({"b": {"a"}, "c": set()}) == ["a", "b", "c"]
