"""A full disk under the ledger or a recording interrupts the gateway and loses nothing written
(on a small real tmpfs; root only, as in CI)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anthropic
import pytest
from gw_fakes import USER, ScriptedProvider, context, scripted_config, sdk_client

from dgm.gateway import Gateway, ProviderError, UsageEntry
from dgm.gateway.ledger import Ledger
from dgm.run.usage import read_usage
from ground.errors import DiskFull
from tests.disk_helpers import fill, small_disk

REQUEST: dict[str, Any] = {"model": "scripted", "max_tokens": 64, "messages": USER}
ROOM = 100  # bytes left in the ledger's last page: less than one entry's line


@pytest.fixture
def run_dir(tmp_path: Path) -> Iterator[Path]:
    """A run directory on a small tmpfs of its own."""
    with small_disk(tmp_path / "disk", "512k") as disk:
        path = disk / "run"
        path.mkdir()
        (path / "dgm.toml").write_text('name = "r"\n')
        yield path


def lines(path: Path) -> list[str]:
    """The ledger's lines, each checked to be whole JSON."""
    text = path.read_text()
    assert text.endswith("\n")
    found = text.splitlines()
    for line in found:
        json.loads(line)
    return found


def pad_to_page_end(ledger: Path, room: int) -> None:
    """Append one whole entry so the ledger ends `room` bytes before a page boundary."""
    page = os.statvfs(ledger).f_bsize
    size = ledger.stat().st_size
    base = _line(UsageEntry("r1", "pad", "coding_agent", "scripted", "scripted", 0, error=""))
    target = (size + len(base) + room) // page * page + page - room
    width = target - size - len(base)
    entry = UsageEntry("r1", "pad", "coding_agent", "scripted", "scripted", 0, error="x" * width)
    with open(ledger, "a") as fh:
        fh.write(_line(entry))
    assert ledger.stat().st_size % page == page - room


def _line(entry: UsageEntry) -> str:
    """An entry's ledger line, as Ledger writes it."""
    return json.dumps(entry.to_dict(), separators=(",", ":"), sort_keys=True) + "\n"


def test_a_full_disk_under_the_ledger_interrupts_and_tears_no_line(run_dir: Path) -> None:
    ledger = run_dir / "ledger.jsonl"
    provider = ScriptedProvider()
    with Gateway(scripted_config(), run_dir, providers={"scripted": provider}) as gw:
        client = sdk_client(gw, gw.issue_token(context()))
        client.messages.create(model="m", max_tokens=5, messages=USER)
        pad_to_page_end(ledger, ROOM)
        before = ledger.read_bytes()
        filler = fill(run_dir.parent)
        with pytest.raises(anthropic.InternalServerError) as caught:  # an answer, not a crash
            client.messages.create(model="m", max_tokens=5, messages=USER)
        assert caught.value.status_code == 503 and "disk full" in str(caught.value)
        cause = gw.interruption()
        assert isinstance(cause, DiskFull) and str(ledger) in cause.message
        assert cause.fix is not None and f"dgm run --resume {run_dir}" in cause.fix
        assert gw.usage().calls == 2  # the exchange happened: it counts here
        with pytest.raises(anthropic.InternalServerError, match="stopped answering"):
            client.messages.create(model="m", max_tokens=5, messages=USER)
        assert len(provider.calls) == 2  # the refused request never reached the model
    assert ledger.read_bytes() == before  # what was written stays; the torn part is cut
    filler.unlink()
    with Gateway(scripted_config(), run_dir, providers={"scripted": provider}) as gw:
        gw.complete(REQUEST, gw.issue_token(context()))
        assert gw.interruption() is None
    assert len(lines(ledger)) == 3  # first, pad, and the resumed session's: one per line
    assert len(Ledger(ledger).entries()) == 3


def test_a_full_disk_under_a_recording_interrupts_and_leaves_no_partial_file(
    run_dir: Path,
) -> None:
    provider = ScriptedProvider()
    with Gateway(scripted_config(), run_dir, providers={"scripted": provider}) as gw:
        token = gw.issue_token(context())
        gw.complete(REQUEST, token)
        filler = fill(run_dir.parent)
        with pytest.raises(ProviderError) as caught:
            gw.complete(REQUEST, token)
        assert caught.value.status == 503
        cause = gw.interruption()
        assert isinstance(cause, DiskFull) and "000001.json" in cause.message
    folder = run_dir / "recordings" / "a1"
    assert sorted(p.name for p in folder.iterdir()) == ["000000.json"]
    assert len(lines(run_dir / "ledger.jsonl")) == 2  # the exchange was billed first
    filler.unlink()


def test_a_torn_last_line_is_skipped_by_readers_and_never_joined(tmp_path: Path) -> None:
    path = tmp_path / "ledger.jsonl"
    ledger = Ledger(path)
    ledger.append(UsageEntry("r1", "a1", "coding_agent", "toy", "toy", 0, usd=0.25))
    with open(path, "a") as fh:  # what a crash mid-append leaves
        fh.write(_line(UsageEntry("r1", "a1", "coding_agent", "toy", "toy", 9))[:40])
    assert [e.seq for e in ledger.entries()] == [0]  # the writer's own reader skips it
    assert [e.seq for e in read_usage(path)] == [0]  # and so do the views
    resumed = Ledger(path)  # the next session cuts it before it appends
    resumed.append(UsageEntry("r1", "a1", "coding_agent", "toy", "toy", 1, usd=0.5))
    assert [e.seq for e in resumed.entries()] == [0, 1]
    assert len(lines(path)) == 2
