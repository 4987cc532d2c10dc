from signals import Subject


def test_notify_in_order():
    subject = Subject()
    seen = []
    subject.subscribe(lambda v: seen.append(("a", v)))
    subject.subscribe(lambda v: seen.append(("b", v)))
    subject.notify(1)
    assert seen == [("a", 1), ("b", 1)]


def test_unsubscribe():
    subject = Subject()
    seen = []
    subject.subscribe(seen.append)
    subject.unsubscribe(seen.append)
    subject.notify(1)
    assert seen == []
