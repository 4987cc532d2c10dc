import pytest

from mdlite import render


def test_h1_then_paragraph():
    assert render("# Title\n\nBody text") == "<h1>Title</h1>\n<p>Body text</p>"


def test_header_without_blank_lines():
    assert render("intro\n## Usage\nrun it") == (
        "<p>intro</p>\n<h2>Usage</h2>\n<p>run it</p>"
    )


@pytest.mark.parametrize("level", range(1, 7))
def test_levels(level):
    assert render("#" * level + " x") == f"<h{level}>x</h{level}>"


def test_header_escaped():
    assert render("# a<b") == "<h1>a&lt;b</h1>"


@pytest.mark.parametrize("text", ["####### seven", "#tag"])
def test_not_headers(text):
    assert render(text) == f"<p>{text}</p>"
