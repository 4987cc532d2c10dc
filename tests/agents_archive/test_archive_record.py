"""AgentRecord: JSON round trip, format versioning, and metadata checks."""

from __future__ import annotations

import json

import pytest

from agents_archive import RECORD_FORMAT, AgentRecord, ArchiveError
from agents_archive.record import check_meta


def sample() -> AgentRecord:
    return AgentRecord(id="abc123abc123", commit="abc123abc123" + "0" * 28, parent=None,
                       generation=0, status="ok", score=0.5, results={"t1": True},
                       problem_statement="fix it", summary="fixed", cost_usd=0.25, tokens=900,
                       created_at="2025-01-01T00:00:00+00:00", extra={"attempt_id": "a1"})


def test_round_trips_through_json() -> None:
    record = sample()
    assert AgentRecord.from_json(record.to_json()) == record
    assert AgentRecord.from_dict(json.loads(json.dumps(record.to_dict()))) == record
    assert record.to_dict()["format"] == RECORD_FORMAT


def test_unknown_fields_from_a_later_minor_version_are_dropped() -> None:
    data = {**sample().to_dict(), "new_field": 1}
    assert AgentRecord.from_dict(data) == sample()


def test_newer_format_is_refused_with_a_fix() -> None:
    data = {**sample().to_dict(), "format": RECORD_FORMAT + 1}
    with pytest.raises(ArchiveError, match="newer") as info:
        AgentRecord.from_dict(data)
    assert info.value.fix


def test_meta_may_not_name_unknown_or_archive_owned_fields() -> None:
    check_meta({"score": 1.0, "extra": {"anything": 1}})
    with pytest.raises(TypeError, match="scroe"):
        check_meta({"scroe": 1.0})
    with pytest.raises(ValueError, match="parent"):
        check_meta({"parent": "x"})
