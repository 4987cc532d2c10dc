from umberlib import ops


def test_full():
    assert ops.do_meanprices([16, 12]) == 14.0
