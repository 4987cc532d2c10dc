import importlib
from datetime import date

import moneybook


def test_modules_exist():
    book_module = importlib.import_module("moneybook.book")
    transaction_module = importlib.import_module("moneybook.transaction")
    assert book_module.Book is moneybook.Book
    assert transaction_module.Transaction is moneybook.Transaction


def test_classes_defined_in_their_modules():
    assert moneybook.Book.__module__ == "moneybook.book"
    assert moneybook.Transaction.__module__ == "moneybook.transaction"


def test_behaviour_kept():
    book = moneybook.Book()
    book.record(date(2024, 3, 1), 7)
    assert book.balance() == 7
