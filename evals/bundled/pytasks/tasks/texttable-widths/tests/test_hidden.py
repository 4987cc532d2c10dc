from texttable import column_widths, render_table


def test_column_widths():
    assert column_widths(["name", "qty"], [["apple", "3"], ["fig", "12"]]) == [5, 3]


def test_column_widths_no_rows():
    assert column_widths(["a", "bbb"], []) == [1, 3]


def test_numbers():
    text = render_table(["item", "n"], [["x", 1000], ["yy", 7]])
    assert text.splitlines() == [
        "item | n",
        "-----+-----",
        "x    | 1000",
        "yy   | 7",
    ]
    assert column_widths(["item", "n"], [["x", 1000]]) == [4, 4]
