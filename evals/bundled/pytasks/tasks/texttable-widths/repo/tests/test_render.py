from texttable import render_table


def test_simple_table():
    text = render_table(["name", "qty"], [["apple", "3"], ["fig", "12"]])
    assert text.splitlines() == [
        "name  | qty",
        "------+----",
        "apple | 3",
        "fig   | 12",
    ]


def test_header_only():
    assert render_table(["a", "bb"], []) == "a | bb\n--+---"
