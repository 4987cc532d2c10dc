from fernworks import text


def test_full():
    assert text.mean_ratings([4, 12]) == 8.0
