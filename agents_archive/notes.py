"""Agent records kept as git notes: snapshot reads and single-note writes."""

from __future__ import annotations

from agents_archive.gitcmd import Git
from agents_archive.layout import NOTES_REF, commit_env, note_path


def snapshot(git: Git) -> str | None:
    """The current notes commit, so one read sees one consistent state."""
    return git.rev(NOTES_REF)


def note_blobs(git: Git, notes_commit: str | None) -> dict[str, str]:
    """Map annotated commit id -> note blob id, for any fan-out layout."""
    if notes_commit is None:
        return {}
    entries = git.ls_tree(notes_commit, recursive=True)
    return {path.replace("/", ""): oid for _, kind, oid, path in entries if kind == "blob"}


def read_note(git: Git, notes_commit: str | None, commit: str) -> bytes | None:
    """One commit's note, or None."""
    if notes_commit is None:
        return None
    return git.read_blobs([f"{notes_commit}:{note_path(commit)}"])[0]


def write_note(git: Git, notes_commit: str | None, commit: str, text: str, message: str) -> str:
    """Store `commit`'s note on top of `notes_commit`; return the new notes commit, no ref moved."""
    blob = git.write_blob(text.encode())
    root = git.ls_tree(notes_commit) if notes_commit else []
    bucket_name, leaf = note_path(commit).split("/")
    bucket = next((oid for _, kind, oid, name in root if name == bucket_name and kind == "tree"),
                  None)
    leaves = [e for e in (git.ls_tree(bucket) if bucket else []) if e[3] != leaf]
    new_bucket = git.mktree([*leaves, ("100644", "blob", blob, leaf)])
    # Drop any flat (unfanned) note for this commit so each commit has exactly one note.
    kept = [e for e in root if e[3] not in (bucket_name, commit)]
    tree = git.mktree([*kept, ("040000", "tree", new_bucket, bucket_name)])
    parents = ["-p", notes_commit] if notes_commit else []
    # Notes commits are data, not lineage: a fixed date keeps them reproducible too.
    env = commit_env(0)
    return git.run("commit-tree", tree, *parents, "-F", "-", input=message + "\n", env=env)

