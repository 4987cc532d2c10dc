"""ground.noise: masks and cuts that do not move with load."""

from __future__ import annotations

from ground.noise import steady, steady_head, steady_tail


def _log(stamps: list[str]) -> str:
    return "".join(f'{{"time": {t}, "event": "tool", "n": {i}}}\n' for i, t in enumerate(stamps))


def test_tail_keeps_the_same_lines_when_times_differ_in_length() -> None:
    fast = _log(["1796516627.6"] * 40)
    slow = _log(["1796516768.459"] * 40)
    a, b = steady_tail(fast, 400), steady_tail(slow, 400)
    assert a != b  # the stamps themselves differ ...
    assert steady(a) == steady(b)  # ... but the same events are shown
    assert a.splitlines()[-1] == fast.splitlines()[-1]
    assert a.startswith('{"time"')  # whole lines only


def test_a_plain_slice_would_have_shown_different_events() -> None:
    fast = _log(["1796516627.6"] * 40)
    slow = _log(["1796516768.459"] * 40)
    assert steady(fast[-400:]) != steady(slow[-400:])


def test_tail_respects_the_masked_limit() -> None:
    text = "".join(f"line {i} took 0.{i:02d}s\n" for i in range(100))
    tail = steady_tail(text, 300)
    assert len(steady(tail)) <= 300
    assert len(steady(tail)) > 300 - 40  # no more than one line short
    assert text.endswith(tail)


def test_short_text_is_whole_and_an_overlong_line_is_cut_inside() -> None:
    assert steady_tail("a\nb\n", 100) == "a\nb\n"
    assert steady_tail("", 10) == ""
    assert steady_tail("x" * 50, 10) == "x" * 10
    assert steady_head("y" * 50, 10) == "y" * 10


def test_head_keeps_the_same_lines_when_durations_differ_in_length() -> None:
    a = "".join(f"step {i} in 0.5s\n" for i in range(50))
    b = "".join(f"step {i} in 10.25s\n" for i in range(50))
    ha, hb = steady_head(a, 200), steady_head(b, 200)
    assert steady(ha) == steady(hb)
    assert a.startswith(ha) and len(steady(ha)) <= 200


def test_a_transcripts_cache_split_is_masked() -> None:
    """What the prompt cache held (a resumed driver starts with it empty) changes how a logged
    response's input splits between reads and writes, not the conversation."""
    warm = '{"usage": {"input_tokens": 20, "cache_creation_input_tokens": 0, ' \
           '"cache_read_input_tokens": 1875}}'
    cold = '{"usage": {"input_tokens": 20, "cache_creation_input_tokens": 283, ' \
           '"cache_read_input_tokens": 1592}}'
    assert steady(warm) == steady(cold)
    assert "input_tokens\": 20" in steady(warm)  # the plain count is the conversation's own
    assert steady("cache_read_input_tokens=12") == steady("cache_read_input_tokens=3456")
