from signals import Subject


def test_self_unsubscribe_does_not_skip_next():
    subject = Subject()
    seen = []

    def once(value):
        seen.append(("once", value))
        subject.unsubscribe(once)

    subject.subscribe(once)
    subject.subscribe(lambda v: seen.append(("next", v)))
    subject.notify(1)
    subject.notify(2)
    assert seen == [("once", 1), ("next", 1), ("next", 2)]


def test_subscribe_during_notify_starts_next_time():
    subject = Subject()
    seen = []

    def adder(value):
        seen.append(("adder", value))
        if value == 1:
            subject.subscribe(lambda v: seen.append(("new", v)))

    subject.subscribe(adder)
    subject.notify(1)
    subject.notify(2)
    assert seen == [("adder", 1), ("adder", 2), ("new", 2)]
