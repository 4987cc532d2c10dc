from rippleworks import core


def test_columns():
    assert core.column_base_balance(2).strip() == "2.00"
    assert core.column_weekly_yield(-1.5).strip() == "-1.50"
