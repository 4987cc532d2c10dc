"""Polyglot splits interleave the languages; `languages` restricts; languages left out are listed.

The stored data (tests/evals/data/polyglot) holds real exercises of all six languages.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from evals import load_benchmark
from evals.benchmark import FULL, HELDOUT
from evals.polyglot import LANGUAGES, exercise_dirs, mixed_splits, parse_languages
from ground.errors import BenchmarkError

DATA = Path(__file__).parent / "data" / "polyglot"
STORED = {"cpp": 1, "go": 2, "java": 3, "javascript": 3, "python": 2, "rust": 3}
LEFT_OUT = "not in the option languages"


def stored_names() -> dict[str, list[str]]:
    """The exercises of every language in the stored data."""
    return {lang: [e.name for e in exercise_dirs(DATA, lang)] for lang in LANGUAGES}


def language(task_id: str) -> str:
    return task_id.partition("__")[0]


def test_the_stored_data_holds_every_language() -> None:
    assert {lang: len(names) for lang, names in stored_names().items()} == STORED


def test_splits_interleave_the_languages_round_robin() -> None:
    splits = mixed_splits(stored_names(), "0")
    assert splits[HELDOUT] == [] and len(splits[FULL]) == sum(STORED.values())
    assert [language(i) for i in splits[FULL][:6]] == list(LANGUAGES)
    assert [language(i) for i in splits[FULL][6:11]] == ["go", "java", "javascript", "python",
                                                         "rust"]
    assert [language(i) for i in splits[FULL][11:]] == ["java", "javascript", "rust"]
    assert splits["small"] == splits[FULL][:10] and splits["medium"] == splits[FULL]


def test_splits_are_deterministic_whatever_the_listing_order() -> None:
    names = stored_names()
    shuffled = {lang: names[lang][::-1] for lang in reversed(LANGUAGES)}
    assert mixed_splits(shuffled, "0.5") == mixed_splits(names, "0.5")


def test_heldout_is_disjoint_and_each_split_a_prefix_of_the_next() -> None:
    splits = mixed_splits(stored_names(), "0.5")
    held = set(splits[HELDOUT])
    # round(0.5 x n) of each language: none of cpp's one, one of two, two of three
    assert sorted(language(i) for i in held) == ["go", "java", "java", "javascript",
                                                 "javascript", "python", "rust", "rust"]
    small, medium, full = splits["small"], splits["medium"], splits[FULL]
    assert full[:len(medium)] == medium and medium[:len(small)] == small
    assert not held & set(full) and len(full) + len(held) == sum(STORED.values())


def test_a_language_holds_out_the_same_tasks_alone_or_mixed() -> None:
    names = stored_names()
    mixed = mixed_splits(names, "0.5")[HELDOUT]
    for lang in LANGUAGES:
        alone = mixed_splits({lang: names[lang]}, "0.5")[HELDOUT]
        assert alone == [i for i in mixed if language(i) == lang]


def test_the_languages_option_parses_and_rejects_unknown_names() -> None:
    assert parse_languages(None) == list(LANGUAGES)
    assert parse_languages(None, ["rust", "go"]) == ["go", "rust"]  # those of the checkout
    assert parse_languages("python") == parse_languages(["python"]) == ["python"]
    assert parse_languages(" rust, python, ") == ["python", "rust"]
    with pytest.raises(BenchmarkError) as info:
        parse_languages("python,cobol")
    message = str(info.value)
    assert "cobol" in message and "cpp, go, java, javascript, python, rust" in message
    assert "\n" not in message


def test_the_stored_checkout_loads_every_language(tmp_path: Path) -> None:
    bench = load_benchmark(f"polyglot:{DATA}", cache_dir=tmp_path / "cache")
    assert sorted(bench.ids) == sorted(f"{lang}__{name}" for lang, names in
                                       stored_names().items() for name in names)
    assert bench.availability == {lang: (count, None) for lang, count in STORED.items()}
    assert bench.skipped() == []


def test_languages_left_out_are_listed_one_line_each(tmp_path: Path) -> None:
    bench = load_benchmark(f"polyglot:{DATA}", cache_dir=tmp_path / "cache",
                           languages=["python", "rust"])
    assert sorted(bench.ids) == ["python__paasio", "python__react", "rust__accumulate",
                                 "rust__acronym", "rust__gigasecond"]
    assert bench.availability["go"] == (2, LEFT_OUT)
    assert bench.skipped() == [f"polyglot: {lang} ({count} task{'s' * (count != 1)}) "
                               f"skipped: {LEFT_OUT}" for lang, count in STORED.items()
                               if lang not in ("python", "rust")]


def test_a_checkout_of_any_language_is_read_as_polyglot(tmp_path: Path) -> None:
    (tmp_path / "rust" / "exercises" / "practice").mkdir(parents=True)
    # Recognised as a polyglot checkout, whose languages hold no exercise: that is the problem.
    with pytest.raises(BenchmarkError, match="holds no exercise"):
        load_benchmark(str(tmp_path))


@pytest.mark.docker
def test_validate_says_which_languages_it_skips(sandbox_image: str, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "dgm", "bench", "validate", f"polyglot:{DATA}",
                           "--tasks", "python__react", "-O", f"cache_dir={tmp_path}",
                           "-O", "languages=python"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert [line for line in lines if "skipped" in line] == \
        [f"polyglot: {lang} ({count} task{'s' * (count != 1)}) skipped: {LEFT_OUT}"
         for lang, count in STORED.items() if lang != "python"]
    assert lines[-1] == "1/1 tasks of polyglot are valid"
