"""GitArchive: agents as commits in a bare git repository, their records as git notes."""

from __future__ import annotations

import dataclasses
import os
import shutil
import string
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Unpack

from agents_archive import notes, trees
from agents_archive.gitcmd import Git, GitFailed, init_bare
from agents_archive.layout import (
    AGENT_REFS,
    ID_LEN,
    NOTES_REF,
    REPO_NAME,
    SEED_REF,
    TMP_DIR,
    agent_id,
    agent_ref,
    check_agent_source,
    commit_env,
    commit_message,
    repo_path,
)
from agents_archive.record import AddResult, AgentRecord, check_meta, now_iso
from agents_archive.writer import (
    WriterLock,
    clear_pending,
    mark_pending,
    recover,
    remove_git_garbage,
)
from ground.agentfields import RecordFields
from ground.diskspace import disk_full_guard
from ground.errors import ArchiveError, DiskFull

FIX_INIT = ("pass a run directory or an archive.git path; "
            "create one with `dgm archive init DIR --seed PATH`")
FIX_MISSING = "pass the directory of a run (e.g. runs/demo) or an archive.git path"
FIX_LIST = "run `dgm tree RUN` to list agent ids"
GC_SAMPLE_LIMIT = 27  # loose objects in objects/17 at git's default gc.auto (6700 / 256)


class GitArchive:
    """The archive of agents: one commit per agent, lineage as commit parents, records as notes.

    An agent's id is the short id of its source tree, so identical sources are one agent.
    Reads never lock; writes (add, add_diff, update_meta) take the archive's writer lock.
    """

    def __init__(self, git_dir: Path, lock_timeout: float = 60.0) -> None:
        self.path = Path(git_dir).absolute()
        self.git = Git(self.path)
        self.lock_timeout = lock_timeout

    def __repr__(self) -> str:
        return f"GitArchive({str(self.path)!r})"

    @classmethod
    def create(cls, path: Path, seed_dir: Path,
               meta: RecordFields | None = None) -> GitArchive:
        """A new archive at `path` (archive.git, or a run dir to hold one) rooted at a seed."""
        seed_dir, target = Path(seed_dir), repo_path(Path(path))
        check_agent_source(seed_dir)
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise ArchiveError(f"'{target}' already exists", "choose a new run directory")
        check_meta(meta or {})
        tmp = target.parent / f".{target.name}.tmp-{os.getpid()}"
        try:
            with disk_full_guard(target):
                target.parent.mkdir(parents=True, exist_ok=True)
                init_bare(tmp)
            cls(tmp)._add_root(seed_dir, meta or {})
            try:
                os.rename(tmp, target)  # the archive appears whole or not at all
            except OSError:
                raise ArchiveError(f"'{target}' already exists",
                                   "choose a new run directory") from None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return cls(target)

    @classmethod
    def open(cls, path: Path) -> GitArchive:
        """The archive in a run directory, or at an archive repository path."""
        path = Path(path)
        git_dir = path / REPO_NAME if (path / REPO_NAME).is_dir() else path
        if not git_dir.is_dir():
            raise ArchiveError(f"no run or archive at '{path}'", FIX_MISSING)
        archive = cls(git_dir)
        try:
            archive.git.run("rev-parse", "--git-dir")
        except GitFailed:
            raise ArchiveError(f"'{path}' is not an agent archive (not a git repository)",
                               FIX_INIT) from None
        if archive.git.rev(SEED_REF) is None or notes.snapshot(archive.git) is None:
            raise ArchiveError(f"'{path}' is a git repository but not an agent archive", FIX_INIT)
        return archive

    @property
    def root_id(self) -> str:
        """The seed agent's id."""
        tree = self.git.rev(f"{SEED_REF}^{{tree}}")
        if tree is None:
            raise ArchiveError(f"archive '{self.path}' has no seed agent", FIX_INIT)
        return agent_id(tree)

    def meta(self, agent: str) -> AgentRecord:
        """The record of an agent (id, unique prefix, or 'root')."""
        return self._lookup(agent)

    def agents(self) -> list[AgentRecord]:
        """Every agent's record, by generation then id, read in bulk."""
        _, ids, blobs = self._index()
        data = self.git.read_blobs(blobs[commit] for commit in ids.values())
        records = [AgentRecord.from_json(d) for d in data if d is not None]
        return sorted(records, key=lambda r: (r.generation, r.id))

    def resolve(self, prefix: str) -> str:
        """The full id of the one agent whose id starts with `prefix` ('root': the seed)."""
        text = prefix.strip().lower()
        if text == "root":
            return self.root_id
        if not text or any(c not in string.hexdigits for c in text):
            raise ArchiveError(f"'{prefix}' is not an agent id", FIX_LIST)
        _, ids, _ = self._index()
        hits = sorted(aid for aid in ids if aid.startswith(text))
        if not hits:
            raise ArchiveError(f"unknown agent '{prefix}'", FIX_LIST)
        if len(hits) > 1:
            shown = ", ".join(hits[:4]) + (", ..." if len(hits) > 4 else "")
            raise ArchiveError(f"agent id '{prefix}' is ambiguous ({shown})",
                               "give more characters of the id")
        return hits[0]

    def ancestors(self, agent: str) -> list[str]:
        """Ids from the agent's parent up to the root."""
        record = self._lookup(agent)
        tree_ids = self.git.run("log", "--first-parent", "--format=%T", record.commit).split()
        return [agent_id(t) for t in tree_ids[1:]]

    def children(self, agent: str) -> list[str]:
        """Ids of the agents whose parent is this agent."""
        parent = self._lookup(agent).id
        return [r.id for r in self.agents() if r.parent == parent]

    def materialize(self, agent: str, dest: Path) -> Path:
        """Write an agent's source tree into `dest` (new or empty); cost is O(tree size)."""
        ref, dest = self._ref(agent), Path(dest)
        with self._known(agent, ref):
            trees.checkout(self.git, ref, dest)
        return dest

    def diff(self, a: str, b: str) -> str:
        """Unified diff (git format, -p1 paths) from agent `a` to agent `b`."""
        ref_a, ref_b = self._ref(a), self._ref(b)
        with self._known(a, ref_a), self._known(b, ref_b):
            out = self.git.run_bytes("diff", "--no-renames", "--binary", ref_a, ref_b)
        return out.decode(errors="replace")

    def add(self, parent: str, source: Path, meta: RecordFields) -> AddResult:
        """Add the child of `parent` whose source is the directory `source`."""
        source = Path(source)
        if not source.is_dir():
            raise ArchiveError(f"agent source '{source}' is not a directory",
                               "pass the directory holding the agent's source")
        check_meta(meta)
        with self._writing():
            parent_record = self._lookup(parent)
            tree = trees.tree_of_dir(self.git, self.path / TMP_DIR, source)
            return self._add_child(parent_record, tree, meta)

    def add_diff(self, parent: str, diff: str, meta: RecordFields) -> AddResult:
        """Add the child made by applying a unified diff (-p1 paths) to `parent`'s source."""
        check_meta(meta)
        with self._writing():
            parent_record = self._lookup(parent)
            tree = trees.tree_after_diff(self.git, self.path / TMP_DIR, parent_record.commit,
                                         diff, parent_record.id)
            return self._add_child(parent_record, tree, meta)

    def update_meta(self, agent: str, **fields: Unpack[RecordFields]) -> AgentRecord:
        """Replace some fields of an agent's record (e.g. score, results, status); returns it."""
        check_meta(fields)
        with self._writing():
            record = self._lookup(agent)
            updated = dataclasses.replace(record, **fields)
            if updated != record:
                self._publish(updated, f"update agent {record.id}", [])
            return updated

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Hold the writer lock, settle what a killed writer left, then tidy up.

        On a full disk: DiskFull, with nothing moved (refs move last, in one transaction)
        and the space git's half-written objects took given back.
        """
        with WriterLock(self.path, self.lock_timeout) as lock:
            self.git.pass_fds = (lock.fd,)
            try:
                with disk_full_guard(self.path):
                    recover(self.git)
                    yield
                self._housekeeping()
            except DiskFull:
                remove_git_garbage(self.path)
                raise
            finally:
                self.git.pass_fds = ()

    def _housekeeping(self) -> None:
        """Pack loose objects now and then; the write is already done, so failure only warns."""
        sample = self.path / "objects" / "17"  # git's own test: one fan-out dir of loose objects
        if not sample.is_dir() or len(os.listdir(sample)) <= GC_SAMPLE_LIMIT:
            return
        try:
            self.git.run("gc", "--auto", "--quiet")
        except (GitFailed, DiskFull) as exc:
            if isinstance(exc, DiskFull):
                remove_git_garbage(self.path)
            warnings.warn(f"archive housekeeping (git gc --auto) failed: {exc}", stacklevel=3)

    def _index(self) -> tuple[str | None, dict[str, str], dict[str, str]]:
        """(notes commit, id -> commit, commit -> note blob) for agents with both ref and note."""
        snap = notes.snapshot(self.git)  # read before refs: a newer ref without note is skipped
        blobs = notes.note_blobs(self.git, snap)
        out = self.git.run("for-each-ref", "--format=%(refname:lstrip=2) %(objectname)", AGENT_REFS)
        refs = (line.split(" ", 1) for line in out.splitlines())
        return snap, {aid: c for aid, c in refs if c in blobs}, blobs

    def _ref(self, agent: str) -> str:
        """The ref naming an agent; a full id or 'root' costs no lookup, a prefix is resolved."""
        key = agent.strip().lower()
        if key == "root":
            return SEED_REF
        if len(key) != ID_LEN or any(c not in string.hexdigits for c in key):
            key = self.resolve(agent)
        return agent_ref(key)

    @contextmanager
    def _known(self, agent: str, ref: str) -> Iterator[None]:
        """Turn a git failure on a missing agent ref into 'unknown agent'."""
        try:
            yield
        except GitFailed:
            if self.git.rev(ref) is None:
                raise ArchiveError(f"unknown agent '{agent}'", FIX_LIST) from None
            raise

    def _lookup(self, agent: str) -> AgentRecord:
        """An agent's record from its id, a unique prefix or 'root'."""
        ref = self._ref(agent)
        out = self.git.run("for-each-ref", "--format=%(refname) %(objectname)", ref, NOTES_REF)
        found = dict(line.split(" ", 1) for line in out.splitlines())
        commit, snap = found.get(ref), found.get(NOTES_REF)
        data = notes.read_note(self.git, snap, commit) if commit else None
        if data is None:
            raise ArchiveError(f"unknown agent '{agent}'", FIX_LIST)
        return AgentRecord.from_json(data)

    def _add_child(self, parent: AgentRecord, tree: str, meta: RecordFields) -> AddResult:
        """Commit `tree` as a child of `parent`, unless an agent with that tree exists."""
        new_id, generation = agent_id(tree), parent.generation + 1
        existing = self.git.rev(f"{agent_ref(new_id)}^{{tree}}")
        if existing == tree:
            return AddResult(new_id, created=False)
        if existing is not None:
            raise ArchiveError(f"agent id {new_id} is taken by a different source tree",
                               "report this: two trees share their first 12 hex digits")
        commit = self.git.run("commit-tree", tree, "-p", parent.commit, "-F", "-",
                              input=commit_message(meta.get("summary"), new_id, generation),
                              env=commit_env(generation))
        fields: RecordFields = {"created_at": now_iso(), **meta}
        record = AgentRecord(id=new_id, commit=commit, parent=parent.id,
                             generation=generation, **fields)
        self._publish(record, f"add agent {record.id}", [(agent_ref(record.id), commit, None)])
        return AddResult(record.id, created=True)

    def _add_root(self, seed_dir: Path, meta: RecordFields) -> None:
        """Commit the seed agent as the root of every lineage."""
        meta = {"summary": "seed agent", "created_at": now_iso(), **meta}
        with self._writing():
            tree = trees.tree_of_dir(self.git, self.path / TMP_DIR, seed_dir)
            commit = self.git.run("commit-tree", tree, "-F", "-",
                                  input=commit_message(meta["summary"], agent_id(tree), 0),
                                  env=commit_env(0))
            record = AgentRecord(id=agent_id(tree), commit=commit, parent=None, generation=0,
                                 **meta)
            refs = [(agent_ref(record.id), commit, None), (SEED_REF, commit, None)]
            self._publish(record, f"add seed agent {record.id}", refs)

    def _publish(self, record: AgentRecord, message: str,
                 refs: list[tuple[str, str, None]]) -> None:
        """Write the record's note and move the notes ref and `refs` in one transaction."""
        snap = notes.snapshot(self.git)
        new_notes = notes.write_note(self.git, snap, record.commit, record.to_json(), message)
        if refs:  # lets the next writer settle a crash on a ref backend without atomic updates
            mark_pending(self.path, refs[0][0], refs[0][1])
        self.git.update_refs([*refs, (NOTES_REF, new_notes, snap)])
        clear_pending(self.path)
