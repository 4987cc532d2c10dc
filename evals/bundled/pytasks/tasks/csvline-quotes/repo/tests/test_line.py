from csvline import join_line, split_line


def test_split_plain():
    assert split_line("a,b,c") == ["a", "b", "c"]


def test_split_other_delimiter():
    assert split_line("a;b", delimiter=";") == ["a", "b"]


def test_join_quotes_when_needed():
    assert join_line(["a", "b,c", 'say "hi"']) == 'a,"b,c","say ""hi"""'


def test_join_plain():
    assert join_line(["x", "y"]) == "x,y"
