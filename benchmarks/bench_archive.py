"""Archive figures: add latency, materialisation vs lineage depth and vs a patch chain, listing.

Big archives are built in bulk with `git fast-import` in the archive's own layout (agent
commits, notes at <2 hex>/<38 hex>, refs/agents/<tree id>); every figure is then measured through
the public GitArchive API.
"""

from __future__ import annotations

import difflib
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from agents_archive import AgentRecord, GitArchive
from agents_archive.layout import AGENT_REFS, BASE_EPOCH, IDENTITY, NOTES_REF, agent_id, note_path

SEED_FILES = 30
Plan = list[tuple[int, dict[str, str]]]  # (parent index, files written); index 0 is the root


def seed_tree(root: Path) -> Path:
    """A seed agent of SEED_FILES modules of about forty lines each."""
    for i in range(SEED_FILES):
        body = "".join(f"def step_{i}_{k}(x):\n    return x + {k}\n\n" for k in range(13))
        (root / "tools").mkdir(parents=True, exist_ok=True)
        (root / ("coding_agent.py" if i == 0 else f"tools/t{i:02d}.py")).write_text(body)
    return root


def seed_paths(root: Path) -> list[str]:
    """The seed's files, relative."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_of(fn: Callable[[], object], repeat: int) -> float:
    """Median seconds over `repeat` calls."""
    return statistics.median(timed(fn) for _ in range(repeat))


def git(archive: GitArchive, *args: str, data: bytes = b"") -> str:
    """Run git on the archive with bytes on stdin."""
    return archive.git.run_bytes(*args, input=data).decode()


def fi_data(text: str) -> bytes:
    """A fast-import `data` block."""
    raw = text.encode()
    return b"data %d\n%s\n" % (len(raw), raw)


def fi_commit(ref: str, mark: int, when: int, message: str, parent: str,
              files: dict[str, str]) -> bytes:
    """A fast-import commit: the parent's tree with `files` written."""
    who = f"{IDENTITY['name']} <{IDENTITY['email']}> {when} +0000"
    head = f"commit {ref}\nmark :{mark}\nauthor {who}\ncommitter {who}\n".encode()
    body = fi_data(message) + (f"from {parent}\n".encode() if parent else b"")
    for path, text in files.items():
        body += f"M 100644 inline {path}\n".encode() + fi_data(text)
    return head + body + b"\n"


def bulk_children(archive: GitArchive, plan: Plan, rng: random.Random) -> list[str]:
    """Add the agents of `plan` in bulk; returns all ids, root first."""
    root = archive.meta(archive.root_id)
    gens, stream = [0], []
    for i, (parent, files) in enumerate(plan, start=1):
        gens.append(gens[parent] + 1)
        parent_ref = f":{parent}" if parent else root.commit
        stream.append(fi_commit("refs/bulk/build", i, BASE_EPOCH + gens[i], f"bulk agent {i}",
                                parent_ref, files))
    with tempfile.TemporaryDirectory() as tmp:
        marks = Path(tmp) / "marks"
        git(archive, "fast-import", "--quiet", f"--export-marks={marks}", data=b"".join(stream))
        by_mark = dict(line.split() for line in marks.read_text().splitlines())
    commits = [root.commit] + [by_mark[f":{i}"] for i in range(1, len(plan) + 1)]
    listed = git(archive, "log", "--stdin", "--no-walk=unsorted", "--format=%H %T",
                 data="".join(f"{c}\n" for c in commits).encode())
    tree_of = dict(line.split() for line in listed.splitlines())
    ids = [agent_id(tree_of[c]) for c in commits]
    records = [AgentRecord(id=ids[i], commit=commits[i], parent=ids[plan[i - 1][0]],
                           generation=gens[i], status="ok", score=rng.random(),
                           results={f"task-{k:02d}": rng.random() < 0.5 for k in range(20)},
                           problem_statement="Make the agent retry a failed edit. " * 8,
                           summary=f"bulk agent {i}", cost_usd=0.01, tokens=1200,
                           created_at="2025-01-01T00:00:00+00:00")
               for i in range(1, len(commits))]
    write_bulk_notes(archive, records)
    refs = "".join(f"create {AGENT_REFS}{r.id} {r.commit}\n" for r in records)
    git(archive, "update-ref", "--stdin", data=(refs + "delete refs/bulk/build\n").encode())
    return ids


def write_bulk_notes(archive: GitArchive, records: list[AgentRecord]) -> None:
    """One notes commit holding every record, on top of the current notes."""
    current = git(archive, "rev-parse", NOTES_REF).strip()
    when = f"{IDENTITY['name']} <{IDENTITY['email']}> {BASE_EPOCH} +0000"
    parts = [f"commit {NOTES_REF}\ncommitter {when}\n".encode(), fi_data("bulk records"),
             f"from {current}\n".encode()]
    for r in records:
        parts += [f"M 100644 inline {note_path(r.commit)}\n".encode(), fi_data(r.to_json())]
    git(archive, "fast-import", "--quiet", data=b"".join(parts) + b"\n")


def bench_add(tmp: Path, seed: Path) -> None:
    """p50 of adding a child from a directory and from a diff."""
    archive = GitArchive.create(tmp / "add", seed)
    sources = []
    for i in range(40):
        src = archive.materialize(archive.root_id, tmp / f"src{i}")
        (src / "coding_agent.py").write_text(f"# variant {i}\n")
        sources.append(src)
    from_dir = [timed(lambda s=s: archive.add("root", s, {"summary": s.name})) for s in sources]
    old = (seed / "tools/t01.py").read_text().splitlines(keepends=True)
    diffs = ["".join(difflib.unified_diff(old, [f"# variant {i}\n", *old[1:]],
                                          "a/tools/t01.py", "b/tools/t01.py")) for i in range(40)]
    from_diff = [timed(lambda d=d: archive.add_diff("root", d, {})) for d in diffs]
    print(f"add an agent from a directory, p50: {statistics.median(from_dir) * 1e3:.1f} ms"
          f"   (from a diff: {statistics.median(from_diff) * 1e3:.1f} ms; "
          f"{SEED_FILES}-file seed, n={len(sources)})")


def chain_plan(seed: Path, depth: int) -> Plan:
    """A single lineage: each generation rewrites the first line of one file."""
    paths = seed_paths(seed)
    texts = {p: (seed / p).read_text() for p in paths}
    plan: Plan = []
    for i in range(1, depth + 1):
        path = paths[i % len(paths)]
        plan.append((i - 1, {path: f"# generation {i}\n" + texts[path].split("\n", 1)[1]}))
    return plan


def bench_depth(tmp: Path, seed: Path) -> None:
    """Materialising at depth 1000 vs 1, and against a patch chain at depth 200."""
    archive = GitArchive.create(tmp / "chain", seed)
    ids = bulk_children(archive, chain_plan(seed, 1000), random.Random(1))
    counter = iter(range(10**6))

    def ours(agent: str) -> Callable[[], object]:
        return lambda: archive.materialize(agent, tmp / f"m{next(counter)}")

    shallow, deep = median_of(ours(ids[1]), 9), median_of(ours(ids[1000]), 9)
    print(f"materialise at depth 1000 vs depth 1: {deep * 1e3:.1f} ms vs {shallow * 1e3:.1f} ms,"
          f" ratio {deep / shallow:.2f} (target <= 1.5)")
    patches = tmp / "patches"
    patches.mkdir()
    for k in range(1, 201):
        (patches / f"{k:03d}.patch").write_text(archive.diff(ids[k - 1], ids[k]))
    base = archive.materialize(ids[0], tmp / "chain-seed")

    def patch_chain(dest: Path) -> Path:
        shutil.copytree(base, dest)
        for patch in sorted(patches.iterdir()):
            subprocess.run(["patch", "-p1", "--quiet", "-i", str(patch)], cwd=dest, check=True)
        return dest

    same = subprocess.run(["diff", "-r", str(patch_chain(tmp / "by-patches")),
                           str(archive.materialize(ids[200], tmp / "by-archive"))])
    assert same.returncode == 0, "the patch chain and the archive disagree"
    chain_s = median_of(lambda: patch_chain(tmp / f"p{next(counter)}"), 3)
    ours_s = median_of(ours(ids[200]), 9)
    print(f"materialise at depth 200, patch chain (patch -p1 x 200) vs ours: "
          f"{chain_s * 1e3:.0f} ms vs {ours_s * 1e3:.1f} ms, {chain_s / ours_s:.0f}x faster "
          f"(target >= 20x)")


def bench_listing(tmp: Path, seed: Path) -> None:
    """Listing 10,000 agents with their records, and adding at that size."""
    archive = GitArchive.create(tmp / "wide", seed)
    rng = random.Random(2)
    plan: Plan = [(rng.randrange(i), {"lineage.txt": f"agent {i}\n"}) for i in range(1, 10000)]
    build = timed(lambda: bulk_children(archive, plan, rng))
    opened = GitArchive.open(tmp / "wide")
    count = len(opened.agents())
    listing = median_of(opened.agents, 3)
    print(f"list {count:,} agents with metadata: {listing:.2f} s (target < 2 s; "
          f"built in bulk in {build:.1f} s)")
    src = opened.materialize(opened.root_id, tmp / "wide-src")
    adds = []
    for i in range(5):
        (src / "coding_agent.py").write_text(f"# wide variant {i}\n")
        adds.append(timed(lambda: opened.add("root", src, {})))
    print(f"add an agent to an archive of 10,000, p50: {statistics.median(adds) * 1e3:.1f} ms")


def main() -> None:
    """Print the archive figures."""
    with tempfile.TemporaryDirectory(prefix="dgm-bench-archive-") as tmp_name:
        tmp = Path(tmp_name)
        seed = seed_tree(tmp / "seed")
        bench_add(tmp, seed)
        bench_depth(tmp, seed)
        bench_listing(tmp, seed)


if __name__ == "__main__":
    main()
