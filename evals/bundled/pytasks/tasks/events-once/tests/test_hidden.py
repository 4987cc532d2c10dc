from events import Emitter


def test_once_fires_once():
    emitter = Emitter()
    seen = []
    emitter.once("x", seen.append)
    assert emitter.emit("x", 1) == 1
    assert emitter.emit("x", 2) == 0
    assert seen == [1]


def test_off_before_fire():
    emitter = Emitter()
    seen = []
    emitter.once("x", seen.append)
    emitter.off("x", seen.append)
    emitter.emit("x", 1)
    assert seen == []


def test_order_mixed():
    emitter = Emitter()
    calls = []
    emitter.on("x", lambda: calls.append("a"))
    emitter.once("x", lambda: calls.append("b"))
    emitter.on("x", lambda: calls.append("c"))
    emitter.emit("x")
    emitter.emit("x")
    assert calls == ["a", "b", "c", "a", "c"]


def test_other_events_unaffected():
    emitter = Emitter()
    seen = []
    emitter.once("x", seen.append)
    emitter.on("y", seen.append)
    emitter.emit("y", "y1")
    emitter.emit("x", "x1")
    emitter.emit("y", "y2")
    assert seen == ["y1", "x1", "y2"]
