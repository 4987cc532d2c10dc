"""A run's journal folded into what it says: one pure fold for the loop and every view."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeGuard

from dgm.journal import Event

NOT_STARTED, RUNNING, STOPPING, STOPPED = "not started", "running", "stopping", "stopped"
CRASHED_WORD = "crashed"  # no driver, and the last session never journaled its stop
CRASHED = "crashed (no stop recorded; `dgm run --resume` continues it)"
# An attempt's steps in order; each saves <step>.json in the attempt's folder when done.
ATTEMPT_STEPS = ("diagnose", "self_modify", "smoke", "evaluate")
# The steps of an attempt by evolution.mode (hyperagent: the parent's meta agent makes the
# child in one step, dgm.evolution.meta_attempt).
STEPS_BY_MODE = {"dgm": ATTEMPT_STEPS, "hgm": ATTEMPT_STEPS,
                 "hyperagent": ("meta_agent", "smoke", "evaluate")}


@dataclass(frozen=True)
class RunState:
    """What a run's journal says has happened so far; `fold` builds it from the events."""

    seed_done: bool = False  # the seed agent was scored (generation 0)
    started: bool = False  # some session started the run
    generation: int = 0  # the last generation started
    # Generations finished, in journal order. The status shows the last one, `dgm compare`
    # counts them: the two differ only when a damaged journal line hid one of them.
    finished: tuple[int, ...] = ()
    parents: Mapping[int, tuple[str, ...]] = field(default_factory=dict)  # drawn, by generation
    productive: frozenset[int] = frozenset()  # generations that admitted a new agent
    wall_s: float = 0.0  # wall time over all sessions, as last journaled
    session_at: float | None = None  # unix time the last session started
    session_wall_s: float = 0.0  # wall time of the sessions before the last one
    stop_requested: str | None = None  # why the last session was asked to stop, if it was
    stopped: bool = False  # the last session journaled its stop
    stop_reason: str | None = None  # why it stopped (None also when it did not say)

    @property
    def finished_generations(self) -> frozenset[int]:
        return frozenset(self.finished)

    @property
    def last_finished(self) -> int:
        """The generation finished last (0 before the first)."""
        return self.finished[-1] if self.finished else 0

    @property
    def next_generation(self) -> int:
        return max(self.finished, default=0) + 1

    def parents_of(self, generation: int) -> list[str] | None:
        """The parents drawn for `generation`, or None when it was never started."""
        drawn = self.parents.get(generation)
        return None if drawn is None else list(drawn)

    @property
    def stagnant_generations(self) -> int:
        """Generations finished in a row, up to the last, that admitted no new agent."""
        streak = 0
        for generation in reversed(self.finished):
            if generation in self.productive:
                break
            streak += 1
        return streak

    def with_finished(self, generation: int, new_agents: bool = False) -> RunState:
        """This state after the loop finished `generation` (having admitted new agents or not)."""
        productive = self.productive | {generation} if new_agents else self.productive
        return replace(self, finished=(*self.finished, generation), productive=productive)

    def state(self, driver_pid: int | None) -> str:
        """not started, running, stopping (a stop was asked for), stopped (the last session
        journaled its stop) or crashed (no driver, and no stop journaled: killed or lost)."""
        if driver_pid:
            return STOPPING if self.stop_requested else RUNNING
        if not self.started:
            return NOT_STARTED
        return STOPPED if self.stopped else CRASHED_WORD

    def summary_state(self, driver_pid: int | None) -> str:
        """The state with why it stopped: stopped (reason), or crashed when no stop was recorded."""
        word = self.state(driver_pid)
        if word == CRASHED_WORD:
            return CRASHED
        if word != STOPPED:
            return word
        return f"{STOPPED} ({'?' if self.stop_reason is None else self.stop_reason})"

    def live_wall_s(self, driver_pid: int | None, now: float) -> float:
        """Wall time at `now`: while driven, the earlier sessions' plus this one's so far."""
        if driver_pid and self.session_at is not None:
            return round(self.session_wall_s + max(0.0, now - self.session_at), 3)
        return self.wall_s


def fold(events: Iterable[Event]) -> RunState:
    """The state the events leave a run in (an event of a kind not listed changes nothing).

    The generations drawn, finished and productive are gathered on the side rather than
    copied into a new state at each event, so the fold's cost is linear in the journal's
    length. A child is admitted in the generation started last (a resumed generation is not
    started again), so that is the generation a `child_admitted` makes productive.
    """
    state = RunState()
    drawn: dict[int, tuple[str, ...]] = {}
    finished: list[int] = []
    productive: set[int] = set()
    for event in events:
        state = _wall(state, event.data)
        step = STEPS.get(event.kind)
        if step:
            state = step(state, event)
        _gather(event, drawn, finished)
        if event.kind == "child_admitted":  # an HGM expansion's event names its generation
            gen = event.data.get("generation")
            productive.add(gen if _is_int(gen) else state.generation)
    return replace(state, parents=drawn, finished=tuple(finished),
                   productive=frozenset(productive))


def _gather(event: Event, drawn: dict[int, tuple[str, ...]], finished: list[int]) -> None:
    """Add a generation's parents when it started, or the generation when it finished."""
    gen, parents = event.data.get("generation"), event.data.get("parents")
    if not _is_int(gen):
        return
    if event.kind == "generation_started" and isinstance(parents, list):
        drawn[gen] = tuple(map(str, parents))
    elif event.kind == "generation_finished":
        finished.append(gen)


def _wall(state: RunState, data: Mapping[str, object]) -> RunState:
    """Take the event's cumulative wall time, when it has one."""
    wall = _number(data.get("wall_s"))
    return state if wall is None else replace(state, wall_s=wall)


def _started(state: RunState, event: Event) -> RunState:
    """A session began: what the previous one asked for or ended with no longer holds."""
    return replace(state, started=True, session_at=event.at,
                   session_wall_s=_number(event.data.get("wall_s")) or 0.0,
                   stop_requested=None, stopped=False, stop_reason=None)


def _stopping(state: RunState, event: Event) -> RunState:
    return replace(state, stop_requested=_text(event.data.get("reason")) or "stop")


def _stopped(state: RunState, event: Event) -> RunState:
    return replace(state, stopped=True, stop_reason=_text(event.data.get("reason")))


def _seed(state: RunState, event: Event) -> RunState:
    return replace(state, seed_done=True)


def _generation_started(state: RunState, event: Event) -> RunState:
    """The generation started last (its parents are gathered by `fold`)."""
    gen = event.data.get("generation")
    return replace(state, generation=gen) if _is_int(gen) else state


STEPS: dict[str, Callable[[RunState, Event], RunState]] = {
    "run_started": _started, "run_resumed": _started, "run_stopping": _stopping,
    "run_stopped": _stopped, "seed_evaluated": _seed,
    "generation_started": _generation_started,
}


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: object) -> float | None:
    """A journaled number as a float (None when the field is missing or not a number)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def unfinished_attempts(events: Iterable[Event]) -> list[str]:
    """Attempts the last session started and did not finish (the seed's too).

    An earlier session's unfinished attempts are not listed: a new session starts them
    again (and journals that) or finds their saved result.
    """
    started: dict[str, None] = {}
    for e in events:
        attempt = e.data.get("attempt")
        if e.kind in ("run_started", "run_resumed"):
            started.clear()
        elif e.kind == "attempt_started" and isinstance(attempt, str):
            started[attempt] = None
        elif e.kind in ("attempt_finished", "seed_evaluated") and isinstance(attempt, str):
            started.pop(attempt, None)
    return list(started)


def step_reached(folder: Path, mode: str = "dgm") -> str:
    """The step an unfinished attempt of a run in `mode` was in: the first whose output is
    not saved yet.

    The seed's evaluation (g000-seed) has only the evaluate step.
    """
    if folder.name.endswith("-seed"):
        return "evaluate"
    steps = STEPS_BY_MODE.get(mode, ATTEMPT_STEPS)
    return next((s for s in steps if not (folder / f"{s}.json").exists()), "admit")


def interruption_causes(events: Iterable[Event]) -> dict[str, str]:
    """Why the last session's unfinished attempts were cut short, when the driver said so
    (an `attempt_interrupted` event: the provider stayed unavailable, the disk filled)."""
    causes: dict[str, str] = {}
    for e in events:
        attempt = e.data.get("attempt")
        if e.kind in ("run_started", "run_resumed"):
            causes.clear()
        elif e.kind == "attempt_interrupted" and isinstance(attempt, str):
            causes[attempt] = str(e.data.get("cause", ""))
    return causes
