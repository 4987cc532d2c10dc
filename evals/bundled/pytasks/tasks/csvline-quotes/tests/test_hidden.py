import pytest

from csvline import join_line, split_line


def test_quoted_delimiter():
    assert split_line('a,"b,c",d') == ["a", "b,c", "d"]


def test_doubled_quotes():
    assert split_line('"say ""hi""",x') == ['say "hi"', "x"]


def test_empty_fields():
    assert split_line("a,,b") == ["a", "", "b"]
    assert split_line('""') == [""]
    assert split_line("") == [""]


def test_unterminated_quote():
    with pytest.raises(ValueError):
        split_line('a,"b')


@pytest.mark.parametrize("fields", [
    ["plain", "with,comma", 'q"uote', " padded ", ""],
    ['""', ",", ";"],
    ["single"],
])
def test_round_trip(fields):
    assert split_line(join_line(fields)) == fields


def test_round_trip_semicolon():
    fields = ["a;b", "c"]
    assert split_line(join_line(fields, ";"), ";") == fields
