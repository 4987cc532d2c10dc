from deps import build_order


def test_chain():
    assert build_order({"app": {"lib"}, "lib": {"core"}}) == ["core", "lib", "app"]


def test_diamond():
    requires = {"app": {"left", "right"}, "left": {"base"}, "right": {"base"}}
    assert build_order(requires) == ["base", "left", "right", "app"]


def test_empty():
    assert build_order({}) == []
