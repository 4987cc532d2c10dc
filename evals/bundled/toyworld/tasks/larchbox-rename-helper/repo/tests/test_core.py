from larchbox import core


def test_columns():
    assert core.column_base_cost(2).strip() == "2.00"
    assert core.column_weekly_volume(-1.5).strip() == "-1.50"
