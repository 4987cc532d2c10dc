from events import Emitter


def test_on_and_emit():
    emitter = Emitter()
    seen = []
    emitter.on("x", seen.append)
    assert emitter.emit("x", 1) == 1
    emitter.emit("x", 2)
    assert seen == [1, 2]


def test_off():
    emitter = Emitter()
    seen = []
    emitter.on("x", seen.append)
    emitter.off("x", seen.append)
    assert emitter.emit("x", 1) == 0
    assert seen == []
