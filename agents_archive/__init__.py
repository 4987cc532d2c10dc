"""The git-backed archive of agents: each agent a commit, its record a git note.

    from agents_archive import GitArchive, AgentRecord, AddResult
    archive = GitArchive.create(run_dir, seed_dir)
    child = archive.add(archive.root_id, source_dir, {"summary": "..."})
"""

from agents_archive.archive import GitArchive
from agents_archive.layout import ENTRY_POINT, check_agent_source
from agents_archive.record import RECORD_FORMAT, AddResult, AgentRecord
from ground.agentfields import AgentExtra, RecordFields
from ground.errors import ArchiveError

__all__ = ["ENTRY_POINT", "RECORD_FORMAT", "AddResult", "AgentExtra", "AgentRecord",
           "ArchiveError", "GitArchive", "RecordFields", "check_agent_source"]
