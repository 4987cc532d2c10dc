"""The typed field lists of a record agree with the record itself."""

from __future__ import annotations

from dataclasses import fields

from agents_archive.record import FIXED_FIELDS, AgentRecord
from ground.agentfields import RecordFields


def test_record_fields_are_the_settable_fields_of_a_record():
    settable = {f.name for f in fields(AgentRecord)} - FIXED_FIELDS
    assert set(RecordFields.__optional_keys__) == settable
    assert not RecordFields.__required_keys__


def test_a_new_record_has_an_empty_extra_dict():
    record = AgentRecord(id="a" * 12, commit="c" * 40, parent=None, generation=0)
    assert record.extra == {} and type(record.extra) is dict
    assert AgentRecord.from_dict(record.to_dict()) == record
