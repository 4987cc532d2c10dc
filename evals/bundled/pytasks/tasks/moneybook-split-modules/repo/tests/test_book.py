from datetime import date

from moneybook import Book, Transaction


def test_record_and_balance():
    book = Book()
    book.record(date(2024, 1, 1), 100, "salary")
    book.record(date(2024, 1, 5), -30)
    assert book.balance() == 70
    assert book.balance(until=date(2024, 1, 2)) == 100


def test_transaction_returned():
    book = Book()
    assert book.record(date(2024, 2, 1), 5) == Transaction(date(2024, 2, 1), 5)
