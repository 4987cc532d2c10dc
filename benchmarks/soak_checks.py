"""The soak's bounds and verdicts, and its table of the samples per session."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from benchmarks.soak_probe import Sample, Session, container_owners, disk_bytes

# Bounds on the driver's fds, threads and RSS. A leak grows within one process and raises
# the floor (FLOOR_QUANTILE of the samples), while sandboxes starting and ending make
# spikes that raise only the peak: so the floor of the twin's (the longest-lived driver's)
# last third of samples must not exceed that of its first third (both counted from its
# first sandbox, after start-up, and net of the sandboxes in use), and no resumed driver's
# peak the twin's, each by more than these margins. Growth from the first to the last
# soaked session is shown, not bounded: short sessions cover different phases (the seed's
# evaluation runs 2 sandboxes, a generation 4), and nothing in memory outlives a kill.
FLOOR_QUANTILE = 0.1
MARGINS = {"fds": 8.0, "threads": 4.0, "rss_mb": 50.0}
DISK_SLACK = (1.10, 2.0)  # soaked run dir <= twin's x 1.10 + 2 MB: it grows with the archive
CONTAINER_WAIT_S = 60.0  # how long the run's containers may take to go after the end
METRICS = ("fds", "threads", "rss_mb", "disk_mb", "containers", "orphans")


def check(ok: bool, detail: str) -> dict[str, object]:
    """One verdict as the report holds it."""
    return {"ok": bool(ok), "detail": detail}


def bound_checks(sessions: list[Session]) -> dict[str, dict[str, object]]:
    """Per metric: the twin's floor does not grow, no soaked session peaks above the twin."""
    twin, killed = sessions[0], [s for s in sessions[1:] if s.samples]
    checks: dict[str, dict[str, object]] = {}
    for metric, margin in MARGINS.items():
        top = peak(twin.samples, metric)
        working = net_of_sandboxes(at_work(twin.samples), metric)
        third = max(1, len(working) // 3)
        drift = quantile(working[-third:]) - quantile(working[:third])
        over = max((peak(s.samples, metric) for s in killed), default=top) - top
        growth = peak(killed[-1].samples, metric) - peak(killed[0].samples, metric) \
            if killed else 0.0
        checks[metric] = check(max(drift, over) <= margin,
                               f"twin floor net of its sandboxes, last third - first third "
                               f"{drift:+.3g}; peak of "
                               f"killed sessions over the twin {over:+g} (bound {margin:g}); "
                               f"peak, last soaked session - first {growth:+g} (shown)")
    return checks


def at_work(samples: list[Sample]) -> list[Sample]:
    """The samples from the driver's first sandbox on (all of them if it never had one).

    Before it, the driver is still starting (imports, the archive, the gateway: a few
    threads and fds), so a first third holding that start-up would have a floor no working
    driver keeps, and the drift would count the start-up as growth.
    """
    first = next((i for i, s in enumerate(samples) if s.containers > 0), 0)
    return samples[first:]


def net_of_sandboxes(samples: list[Sample], metric: str) -> list[float]:
    """Each sample's metric less its sandboxes' share: the least-squares slope of the metric
    on the run's container count, times the count.

    Each sandbox in use holds a few fds and threads, so a phase with more of them at once
    (the final evaluation keeps two workers and their spares busy; the seed's evaluation
    pauses between stages) moves the floor without any leak. A leak grows with time, not
    with the sandboxes in use, so it stays in what is left.
    """
    xs = [float(s.containers) for s in samples]
    ys = [float(getattr(s, metric)) for s in samples]
    if not xs:
        return []
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / spread \
        if spread else 0.0
    return [y - slope * x for x, y in zip(xs, ys, strict=True)]


def quantile(values: list[float]) -> float:
    """The FLOOR_QUANTILE of some values (0 when there are none)."""
    ordered = sorted(values)
    return ordered[int(len(ordered) * FLOOR_QUANTILE)] if ordered else 0.0


def peak(samples: list[Sample], metric: str) -> float:
    """The highest value of a metric over some samples (0 when there are none)."""
    return max((float(getattr(s, metric)) for s in samples), default=0.0)


def disk_check(twin: Path, soaked: Path) -> dict[str, object]:
    """The soaked run's folder is no bigger than the twin's, within DISK_SLACK."""
    a, b = (disk_bytes([run]) / 2**20 for run in (twin, soaked))
    limit = a * DISK_SLACK[0] + DISK_SLACK[1]
    return check(b <= limit, f"killed run {b:.1f} MB, twin {a:.1f} MB (bound {limit:.1f} MB)")


def stale_check(tmp: Path) -> dict[str, object]:
    """Nothing the drivers made in their temp folder outlives them (dgm-gw-* and the rest)."""
    left = sorted(p.name for p in tmp.iterdir())
    size = disk_bytes([tmp]) / 2**20
    return check(not left, f"{len(left)} left ({size:.2f} MB): {', '.join(left[:8]) or 'none'}")


def container_check(names: list[str]) -> dict[str, object]:
    """The runs' containers are gone, waiting up to CONTAINER_WAIT_S for them."""
    deadline = time.monotonic() + CONTAINER_WAIT_S
    while (count := len(container_owners(names))) and time.monotonic() < deadline:
        time.sleep(2.0)
    return check(count == 0, f"{count} container(s) of runs {names} left "
                 f"(waited up to {CONTAINER_WAIT_S:.0f} s)")


def summarise(session: Session) -> dict[str, object]:
    """min/median/max of each metric over a session."""
    row: dict[str, object] = {"session": session.label, "wall_s": session.wall_s,
                              "end": session.end, "samples": len(session.samples)}
    for metric in METRICS:
        values = [float(getattr(s, metric)) for s in session.samples] or [0.0]
        row[metric] = [min(values), statistics.median(values), max(values)]
    return row


def print_table(doc: dict[str, object]) -> None:
    """The summary per session, growth from the first to the last soaked session, verdicts."""
    rows = doc["summary"]
    print(f"{'session':<11}{'wall s':>8}{'n':>5}  {'end':<8}" +
          "".join(f"{m + ' min/med/max':>26}" for m in METRICS))
    for row in rows:
        cells = "".join(f"{'/'.join(f'{v:g}' for v in row[m]):>26}" for m in METRICS)
        print(f"{row['session']:<11}{row['wall_s']:>8}{row['samples']:>5}  {row['end']:<8}{cells}")
    killed = [r for r in rows if r["session"].startswith("killed")] or rows
    growth = ", ".join(f"{m} {killed[-1][m][2] - killed[0][m][2]:+g}" for m in METRICS)
    print(f"growth of the max, first to last soaked session: {growth}")
    for name, c in doc["checks"].items():
        print(f"{'ok  ' if c['ok'] else 'FAIL'} {name}: {c['detail']}")
    for d in doc["differences"][:20]:
        print(f"     differs: {d['attempt']} {d['field']}: {d['a']!r} != {d['b']!r}"[:200])
