from cobaltly import util


def test_columns():
    assert util.column_base_balance(2).strip() == "2.00"
    assert util.column_weekly_yield(-1.5).strip() == "-1.50"
