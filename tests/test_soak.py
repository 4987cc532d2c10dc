"""benchmarks/soak.py: its parts on small real inputs, and the 10-minute soak for real."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from agents_archive import GitArchive
from benchmarks import soak, soak_checks, soak_compare
from benchmarks.soak_probe import Sample, Session
from dgm.gateway.ledger import UsageEntry

ROOT = Path(__file__).resolve().parents[1]


def journal(run: Path, lines: int) -> Path:
    run.mkdir()
    (run / "journal.jsonl").write_text("{}\n" * lines)
    return run


def test_kills_are_seeded_distinct_and_inside_the_progress_window(tmp_path: Path) -> None:
    twin = journal(tmp_path / "twin", 40)
    kills = soak.kill_plan(random.Random(7), twin, 400.0, 3)
    assert kills == soak.kill_plan(random.Random(7), twin, 400.0, 3)
    assert kills != soak.kill_plan(random.Random(8), twin, 400.0, 3)
    lines = [k.lines for k in kills]
    assert lines == sorted(set(lines)) and len(lines) == 3
    assert 4 <= lines[0] and lines[-1] <= 34  # 10% and 85% of the twin's 40 lines
    assert all(0.0 <= k.delay <= 10.0 for k in kills)  # up to the mean gap, 400 s / 40


def test_kills_that_cannot_fit_the_run_are_refused(tmp_path: Path) -> None:
    with pytest.raises(soak.SoakFailed, match="pass more --minutes"):
        soak.kill_plan(random.Random(0), journal(tmp_path / "twin", 2), 40.0, 3)


def test_the_twin_is_sized_to_its_share_of_the_budget() -> None:
    for minutes in (10, 120):
        sizing = soak.plan(minutes, None)
        estimate = (2 * soak.SEED_S + sizing["top_k"] * soak.FINAL_AGENT_S
                    + sizing["generations"] * soak.GENERATION_S)
        assert abs(estimate - minutes * 60 * soak.TWIN_SHARE) <= soak.GENERATION_S / 2
    assert soak.plan(120, None)["top_k"] == 3 and soak.plan(10, 5)["generations"] == 5


def sessions(*maxima: float, metric: str = "fds") -> list[Session]:
    """A twin and soaked sessions whose samples of `metric` rise to the given maxima."""
    out = []
    for i, top in enumerate(maxima):
        session = Session("twin" if i == 0 else "killed", i or 1)
        for value in (top - 1, top, top - 1):
            sample = Sample(0.0, 10, 10, 10.0, 1.0, 0, 0)
            setattr(sample, metric, value)
            session.samples.append(sample)
        out.append(session)
    return out


def test_bounds_hold_within_the_margin_and_fail_beyond_it() -> None:
    margin = soak_checks.MARGINS["fds"]
    assert soak_checks.bound_checks(sessions(20, 20, 20 + margin))["fds"]["ok"]
    failed = soak_checks.bound_checks(sessions(20, 20, 21 + margin))["fds"]
    assert not failed["ok"] and "over the twin +9" in failed["detail"]
    rss = soak_checks.bound_checks(sessions(100, 100, 151, metric="rss_mb"))["rss_mb"]
    assert not rss["ok"] and "over the twin +51" in rss["detail"]
    grown = soak_checks.bound_checks(sessions(100, 20, 60, metric="rss_mb"))["rss_mb"]
    assert grown["ok"] and "first +40 (shown)" in grown["detail"]


def twin(fds: list[int]) -> Session:
    return Session("twin", 1, samples=[Sample(float(t), n, 10, 50.0, 1.0, 0, 0)
                                       for t, n in enumerate(fds)])


def test_a_twin_whose_floor_grows_fails_but_spikes_pass() -> None:
    leaking = soak_checks.bound_checks([twin(list(range(20, 50))), *sessions(30, 30)[1:]])
    assert not leaking["fds"]["ok"] and "first third +20" in leaking["fds"]["detail"]
    spiky = twin([20] * 10 + [20, 80] * 5 + [20] * 9 + [95])
    assert soak_checks.bound_checks([spiky, *sessions(30, 30)[1:]])["fds"]["ok"]


def test_the_twins_start_up_is_not_counted_as_growth() -> None:
    """A driver starts with a few threads and fds and no sandbox; its floor is compared from
    its first sandbox on, so a flat working driver passes and a leaking one still fails."""
    start = [Sample(float(t), 3, 1, 1.0, 0.0, 0, 0) for t in range(6)]
    flat = [Sample(float(t), 30, 12, 50.0, 1.0, 2, 0) for t in range(6, 30)]
    assert soak_checks.bound_checks([Session("twin", 1, samples=start + flat),
                                     *sessions(30, 30)[1:]])["threads"]["ok"]
    leaking = [Sample(float(t), 30 + t, 12, 50.0, 1.0, 2, 0) for t in range(6, 30)]
    fds = soak_checks.bound_checks([Session("twin", 1, samples=start + leaking),
                                    *sessions(60, 60)[1:]])["fds"]
    assert not fds["ok"] and "first third +16" in fds["detail"]


def test_phases_with_more_sandboxes_are_not_growth_but_a_leak_over_time_is() -> None:
    """Each sandbox in use holds fds: a quiet pause early and a busy end differ in floor
    without any leak. The check compares floors net of the sandboxes in use."""
    counts = [4, 1, 4, 4, 1, 4, 4, 4] + [4] * 8 + [3, 4, 3, 4, 3, 4, 3, 4]

    def run(leak_per_sample: float) -> list[Sample]:
        return [Sample(float(t), int(10 + 6 * c + leak_per_sample * t), 12, 50.0, 1.0, c, 0)
                for t, c in enumerate(counts)]

    quiet_then_busy = soak_checks.bound_checks([Session("twin", 1, samples=run(0.0)),
                                                *sessions(30, 30)[1:]])["fds"]
    assert quiet_then_busy["ok"], quiet_then_busy["detail"]
    leaking = soak_checks.bound_checks([Session("twin", 1, samples=run(1.0)),
                                        *sessions(60, 60)[1:]])["fds"]
    assert not leaking["ok"], leaking["detail"]


def test_the_table_shows_each_session_its_growth_and_each_verdict(
        capsys: pytest.CaptureFixture[str]) -> None:
    rows = [soak_checks.summarise(s) for s in sessions(20, 18, 25)]
    assert rows[1]["fds"] == [17.0, 17.0, 18.0] and rows[2]["session"] == "killed #2"
    soak_checks.print_table({"summary": rows, "differences": [],
                             "checks": {"fds": {"ok": False, "detail": "too many"},
                                        "kills": {"ok": True, "detail": "3 of 3"}}})
    out = capsys.readouterr().out
    assert "twin #1" in out and "killed #2" in out and "fds +7" in out
    assert "FAIL fds: too many" in out and "ok   kills: 3 of 3" in out


def test_a_leftover_temp_folder_fails_the_stale_check(tmp_path: Path) -> None:
    assert soak_checks.stale_check(tmp_path)["ok"]
    (tmp_path / "dgm-gw-abc123").mkdir()
    failed = soak_checks.stale_check(tmp_path)
    assert not failed["ok"] and "dgm-gw-abc123" in failed["detail"]


def archive(run: Path, seed: Path, child_score: float, created_at: str,
            spend: tuple[int, float] = (0, 0.0)) -> GitArchive:
    """A real archive: the seed and one child made by attempt g001a00 (tokens, USD)."""
    repo = GitArchive.create(run, seed, {"created_at": created_at,
                                         "extra": {"attempt_id": "g000-seed"}})
    child = seed.parent / "child"
    child.mkdir(exist_ok=True)
    (child / "coding_agent.py").write_text("print('child')\n")
    repo.add(repo.root_id, child, {"score": child_score, "created_at": created_at,
                                   "tokens": spend[0], "cost_usd": spend[1],
                                   "extra": {"attempt_id": "g001a00"}})
    return repo


def test_archives_compare_by_attempt_and_ignore_creation_times(tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "coding_agent.py").write_text("print('seed')\n")
    archive(tmp_path / "a", seed, 0.5, "2026-01-01T00:00:00+00:00")
    archive(tmp_path / "b", seed, 0.5, "2026-02-02T00:00:00+00:00")
    archive(tmp_path / "c", seed, 0.7, "2026-01-01T00:00:00+00:00")
    assert soak_compare.compare(tmp_path / "a", tmp_path / "b") == []
    diffs = soak_compare.compare(tmp_path / "a", tmp_path / "c")
    assert [(d.attempt, d.field, d.a, d.b) for d in diffs] == [("g001a00", "score", 0.5, 0.7)]
    assert soak_compare.fsck(tmp_path / "a") == (True, [])


def exchange(attempt: str, seq: int, tokens: int, usd: float, **more: object) -> str:
    entry = UsageEntry("soak", attempt, "coder", "toy", "toy-1", seq, input_tokens=tokens - 72,
                       output_tokens=72, usd=usd)
    return json.dumps({**entry.to_dict(), **more}) + "\n"


def test_an_exchange_billed_again_after_a_kill_is_netted_out_and_nothing_else(
        tmp_path: Path) -> None:
    """A kill between ledger entry and recording makes the resumed run pay twice, by
    design; the records still compare equal once that is taken off, and only that."""
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "coding_agent.py").write_text("print('seed')\n")
    created = "2026-01-01T00:00:00+00:00"
    archive(tmp_path / "twin", seed, 0.5, created, (5000, 0.03))
    task = "g001a00/intervals-touching/r0"
    for name, ledger in (
            ("killed", [exchange(task, 1, 900, 0.002), exchange(task, 2, 1072, 0.0032),
                        exchange(task, 1, 0, 0.0, reused=True), exchange(task, 2, 1072, 0.0032)]),
            ("reused", [exchange(task, 2, 1072, 0.0032), exchange(task, 2, 0, 0.0, reused=True)]),
            ("other", [exchange("g001a01/t/r0", 2, 1072, 0.0032)] * 2)):
        archive(tmp_path / name, seed, 0.5, created, (6072, 0.0332))
        (tmp_path / name / "ledger.jsonl").write_text("".join(ledger))
    assert soak_compare.paid_twice(tmp_path / "killed") == {
        task: {"tokens": 1072.0, "usd": 0.0032, "exchanges": 1.0}}
    assert soak_compare.compare(tmp_path / "twin", tmp_path / "killed") == []
    for name in ("reused", "other"):  # a reuse is free; another attempt's spend is its own
        diffs = soak_compare.compare(tmp_path / "twin", tmp_path / name)
        assert {(d.field, d.a, d.b) for d in diffs} == {("tokens", 5000, 6072),
                                                        ("cost_usd", 0.03, 0.0332)}


def test_task_runs_that_differ_only_in_test_timings_count_as_the_same() -> None:
    run = {"resolved": True, "patch": "diff", "test_output_tail": "ok\n5 passed in 0.12s\n"}
    slower = {**run, "test_output_tail": "ok\n5 passed in 1.31s\n"}
    assert soak_compare.summary(run) == soak_compare.summary(slower)
    assert soak_compare.summary(run) != soak_compare.summary({**run, "resolved": False})
    assert soak_compare.summary(run) != soak_compare.summary({**run, "patch": "other"})


def write_exchanges(folder: Path, answers: list[str]) -> None:
    folder.mkdir(parents=True)
    for seq, text in enumerate(answers):
        exchange = {"request": {"messages": [{"role": "user", "content": f"saw {text}"}]},
                    "response": {"id": f"msg_{seq}_{text}", "content": [{"text": text}]}}
        (folder / f"{seq:06d}.json").write_text(json.dumps(exchange))


def test_divergence_names_the_first_differing_answer_and_what_led_to_it(tmp_path: Path) -> None:
    write_exchanges(tmp_path / "a", ["look", "edit", "done"])
    write_exchanges(tmp_path / "b", ["look", "give up"])
    found = soak_compare.divergence(tmp_path / "a", tmp_path / "b")
    assert found["exchanges"] == [3, 2] and found["first_differing"] == 1
    assert found["a"] == '"edit"' and found["b"] == '"give up"' and "saw edit" in found["a_saw"]
    write_exchanges(tmp_path / "c", ["look", "edit", "done"])
    assert soak_compare.divergence(tmp_path / "a", tmp_path / "c")["first_differing"] is None


@pytest.mark.docker
@pytest.mark.slow
@pytest.mark.timeout(3600)  # ~10 min idle; a loaded machine slows both runs
def test_ten_minute_soak_resumes_to_the_uninterrupted_archive(tmp_path: Path,
                                                              sandbox_image: str) -> None:
    out = tmp_path / "soak"
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks/soak.py"), "--minutes", "10",
                           "--kills", "3", "--seed", "1", "--out", str(out), "--json"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode in (0, 1), proc.stderr[-3000:]
    doc = json.loads(proc.stdout)
    failed = {name: c["detail"] for name, c in doc["checks"].items() if not c["ok"]}
    evidence = json.dumps(doc["evidence"][:2], indent=1)[:6000]
    assert not failed, f"{failed}\nkept in {out}\nevidence: {evidence}"
    assert proc.returncode == 0 and doc["ok"]
    assert {"kills", "fsck_twin", "fsck_killed", "archives_identical", "containers_left",
            "stale_temp_killed", "fds", "threads", "rss_mb", "disk"} <= doc["checks"].keys()
    assert [s["end"] for s in doc["summary"]][1:] == ["killed"] * 3 + ["exit 0"]
