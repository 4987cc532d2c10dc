"""`dgm plot`: the DGM paper's progress plot (best and archive scores per iteration), cost beside.

Drawn headless with matplotlib's Agg canvas on a private Figure (no pyplot state).
"""

from __future__ import annotations

import io
from typing import Any

from dgm.views.progress import Progress

BEST_COLOR, OK_COLOR, REJECTED_COLOR, USD_COLOR, TOKENS_COLOR, K_COLOR = (
    "#c62828", "#1f77b4", "#9e9e9e", "#2e7d32", "#6a1b9a", "#555555")


def progress_png(prog: Progress, title: str, dpi: int = 110, fmt: str = "png",
                 k: int | None = None) -> bytes:
    """The progress figure as PNG bytes (or `fmt`: svg, pdf); with `k`, a dashed line at
    iteration k (imp@k's) when the run has got that far."""
    # heavy: matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 4.2), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    scores, cost = fig.subplots(1, 2, width_ratios=[3, 2])
    _draw_scores(scores, prog, k)
    _draw_cost(cost, prog)
    fig.suptitle(title)
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt)
    return buf.getvalue()


def _draw_scores(ax: Any, prog: Progress, k: int | None = None) -> None:
    """Archive agents as dots (rejected hollow), the best score so far as a step line, and
    iteration k as a dashed line when it is within the iterations plotted."""
    for status, color, face in (("ok", OK_COLOR, OK_COLOR), ("rejected", REJECTED_COLOR, "none")):
        pts = [p for p in prog.points if (p.status == "ok") == (status == "ok")]
        if pts:
            ax.scatter([p.iteration for p in pts], [p.score for p in pts], s=22, alpha=0.7,
                       edgecolors=color, facecolors=face, label=f"archive ({status})", zorder=2)
    steps = [(i, b) for i, b in zip(prog.iterations, prog.best, strict=True) if b is not None]
    if steps:
        ax.step([i for i, _ in steps], [b for _, b in steps], where="post", color=BEST_COLOR,
                linewidth=2, label="best so far", zorder=3)
    if k is not None and k <= prog.iterations[-1]:
        ax.axvline(k, color=K_COLOR, linestyle="--", linewidth=1.2, label=f"k = {k} (imp@k)",
                   zorder=1)
    _integer_ticks(ax)
    ax.set_ylabel("score (fraction of tasks resolved)")
    ax.set_ylim(-0.03, 1.03)
    ax.set_xlim(-0.3, max(prog.iterations[-1], 1) + 0.3)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title("scores", fontsize=10)


def _draw_cost(ax: Any, prog: Progress) -> None:
    """Cumulative USD, with cumulative tokens on a second axis."""
    ax.plot(prog.iterations, prog.usd, color=USD_COLOR, marker="o", markersize=3, label="USD")
    _integer_ticks(ax)
    ax.set_ylabel("cumulative cost (USD)", color=USD_COLOR)
    ax.set_ylim(bottom=0, top=max(prog.usd[-1] * 1.1 if prog.usd else 0, 0.01))
    ax.grid(alpha=0.3)
    twin = ax.twinx()
    twin.plot(prog.iterations, prog.tokens, color=TOKENS_COLOR, linestyle="--", label="tokens")
    twin.set_ylabel("cumulative tokens", color=TOKENS_COLOR)
    twin.set_ylim(bottom=0, top=max(prog.tokens[-1] * 1.1 if prog.tokens else 0, 1))
    ax.set_title(f"cost (from the {prog.cost_source})", fontsize=10)
    lines = ax.get_lines() + twin.get_lines()
    ax.legend(lines, [line.get_label() for line in lines], loc="upper left", fontsize=8)


def _integer_ticks(ax: Any) -> None:
    """Iterations on the x axis, whole numbers only."""
    from matplotlib.ticker import MaxNLocator  # heavy: matplotlib

    ax.set_xlabel("iteration")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
