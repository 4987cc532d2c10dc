"""`dgm replay` verdicts: outcomes and exchanges judged from the files a replay leaves."""

from __future__ import annotations

from pathlib import Path

from dgm.gateway.errors import ReplayDivergence
from dgm.gateway.recordings import Recorder, Recording, real_divergence
from dgm.views.replay import (
    DIFFERENT,
    DIVERGED,
    IDENTICAL,
    ReplayReport,
    TaskReplay,
    judge_exchanges,
)
from dgm.views.replay_text import report_lines

AID = "g002a00/alpha-fix/r0"
LONG = "the tool printed: " + "x" * 600 + " and more"


def request(*texts: str) -> dict:
    return {"model": "toy", "max_tokens": 100,
            "messages": [{"role": "user", "content": t} for t in texts]}


def record(root: Path, requests: list[dict], refused: dict[int, str] | None = None) -> Path:
    """Recordings of AID under root, as a gateway writes them (some refused as divergences)."""
    recorder = Recorder(root, lambda: [])
    for seq, body in enumerate(requests):
        message = (refused or {}).get(seq)
        error = ReplayDivergence(message) if message else None
        recorder.write(Recording(
            run_id="r", attempt_id=AID, seq=seq, role="coding_agent", provider="replay",
            model="toy", request=body,
            response=None if error else {"content": [{"type": "text", "text": "ok"}]},
            error={"status": error.status, "type": error.error_type, "message": error.message}
            if error else None))
    return root


def case(same_outcome: bool = True, **exchanges: int) -> TaskReplay:
    task = TaskReplay("alpha-fix", 0, {"resolved": True}, {"resolved": same_outcome},
                      same_outcome=same_outcome)
    task.exchanges = dict(exchanges)
    return task


def report(*tasks: TaskReplay, mode: str = "recorded") -> ReplayReport:
    return ReplayReport("synth", "abc", "g002a00", mode, "replay", "/tmp/out", True,
                        list(tasks), seconds=1.5)


def test_exchanges_that_left_the_recording_name_the_whole_field(tmp_path: Path) -> None:
    recorded = record(tmp_path / "run", [request("ran in 0.02s"), request("ran in 0.02s", LONG)])
    replayed = record(tmp_path / "out", [request("ran in 0.07s"),
                                         request("ran in 0.07s", LONG + " else")],
                      refused={1: "replay of attempt diverged: request.messages[1].content"})
    task = case(served=1, failed=1)
    judge_exchanges(task, recorded, replayed, AID)
    assert task.same_exchanges is False and not task.same
    assert task.exchanges["recorded"] == 2
    assert task.divergence == "replay of attempt diverged: request.messages[1].content"
    assert task.divergence_detail == {"exchange": 1, "field": "request.messages[1].content",
                                      "recorded": LONG, "replayed": LONG + " else"}
    result = report(task, case(served=2, failed=0))
    assert (result.verdict, result.exit_code, result.identical) == (DIVERGED, 1, False)
    text = "\n".join(report_lines(result))
    assert f"recorded: {LONG}\n" in text and f"replayed: {LONG} else\n" in text
    assert "field:    request.messages[1].content (exchange 1)" in text
    assert "DIVERGED alpha-fix r0" in text
    assert text.splitlines()[-1].startswith("SAME OUTCOMES, DIVERGED EXCHANGES: 2/2 outcomes")
    data = result.to_dict()
    assert data["verdict"] == "same_outcomes_diverged_exchanges" and not data["identical"]
    assert [t["same"] for t in data["tasks"]] == [False, True]


def test_an_agent_that_stops_asking_early_diverged(tmp_path: Path) -> None:
    recorded = record(tmp_path / "run", [request("a"), request("b"), request("c")])
    replayed = record(tmp_path / "out", [request("a"), request("b")])
    task = case(served=2, failed=0)
    judge_exchanges(task, recorded, replayed, AID)
    assert task.same_exchanges is False and task.divergence_detail is None
    assert task.divergence == "2 of 3 recorded exchanges replayed: the agent stopped asking early"
    assert report(task).verdict == DIVERGED


def test_identical_different_and_live(tmp_path: Path) -> None:
    recorded = record(tmp_path / "run", [request("a"), request("ran in 1.5s")])
    replayed = record(tmp_path / "out", [request("a"), request("ran in 2.0s")])
    same = case(served=2, failed=0)
    judge_exchanges(same, recorded, replayed, AID)
    assert same.same_exchanges and same.same and same.divergence is None
    identical = report(same)
    assert (identical.verdict, identical.exit_code) == (IDENTICAL, 0)
    assert "every recorded exchange served again" in report_lines(identical)[-1]
    assert "exit 0" in report_lines(identical)[-1]
    different = report(same, case(same_outcome=False))
    assert (different.verdict, different.exit_code) == (DIFFERENT, 1)
    assert report_lines(different)[-1].startswith("DIFFERENT: 1/2 outcomes as archived")
    live = report(case(served=4, failed=0), mode="live")
    assert (live.verdict, live.exit_code) == (IDENTICAL, 0)  # live: nothing to compare with
    assert "live: exchanges are not compared" in report_lines(live)[-1]
    assert live.to_dict()["tasks"][0]["same_exchanges"] is None


def test_the_real_divergence_is_past_timing_noise() -> None:
    before = request("7 passed in 0.02s", "use foo()")
    after = request("7 passed in 0.31s", "use bar()")
    assert real_divergence(before, after) == ("request.messages[1].content", "use foo()",
                                              "use bar()")
    assert real_divergence(before, request("7 passed in 9s", "use foo()")) is None
    assert real_divergence(before, {**before, "model": "other"}) is None  # ignored field
    assert real_divergence(request("a"), request("a", "b")) == (
        "request.messages", [{"role": "user", "content": "a"}],
        [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}])
