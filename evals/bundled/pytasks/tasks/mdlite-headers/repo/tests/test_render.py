from mdlite import render


def test_single_paragraph():
    assert render("hello\nworld") == "<p>hello world</p>"


def test_two_paragraphs():
    assert render("a\n\n\nb\n") == "<p>a</p>\n<p>b</p>"


def test_escaping():
    assert render("1 < 2 & 3") == "<p>1 &lt; 2 &amp; 3</p>"


def test_empty():
    assert render("") == ""
