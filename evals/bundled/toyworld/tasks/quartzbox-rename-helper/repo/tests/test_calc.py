from quartzbox import calc


def test_columns():
    assert calc.column_base_fee(2).strip() == "2.00"
    assert calc.column_weekly_yield(-1.5).strip() == "-1.50"
