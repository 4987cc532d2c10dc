"""The toy world's constants as data: failure rates, task features, the simulated clock and
the output sizes that matter (design: dgm/toy/WORLD_DESIGN.md, sections A.4-A.6).

Everything here is a number or a name the toy reads; calibrating the world is editing this
file. The toy is a simulation: these rates are guesses tuned so that evolution has a long
climb, not measurements of any real model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# ---- latent failures, per task difficulty 1 / 2 / 3 ---------------------------------------

# Rates of the failures each run may carry, by the `why` code the toy writes in its step tag.
# One uniform draw per failure and run is compared with the rate (common random numbers: more
# evidence can only turn a failure into a success for the same draw).
RATES: dict[str, tuple[float, float, float]] = {
    "give_up": (0.10, 0.15, 0.20),  # stops without editing; recovered by a continuation
    "slip": (0.15, 0.30, 0.45),  # first edit has a syntax error; recovered by seeing it
    "wander": (0.05, 0.15, 0.25),  # a huge grep whose output overflows an untruncated context
    "misread": (0.02, 0.05, 0.10),  # a useless edit, when it read the code it patches first
    "misread_blind": (0.50, 0.50, 0.50),  # the same, when it edits code it has not seen
}

# Rates that do not depend on difficulty, each tied to a task feature or a recovery.
P_STOPPED_EARLY = 0.30  # multi_file: stops after patching the first file
P_CHASED_UNRELATED = 0.50  # a failure that was there before, with no baseline run: reworks
P_DEBUG_LEFTOVER = 0.30  # stdout_checked on feature tasks: leaves a print in the module
P_REDO_AFTER_DETAIL = 0.80  # a misread is redone when failure detail shows after the edit
P_TESTS_HABIT_SHELL = 0.30  # runs the tests itself after an edit, when it has a shell
P_TESTS_HABIT_TOOL = 1.00  # ... when the agent offers a trusted no-argument test tool

# Exploring turns before the first edit: a base by difficulty plus a draw in 0..EXPLORE_EXTRA.
EXPLORE_BASE: dict[int, int] = {1: 2, 2: 4, 3: 6}
EXPLORE_EXTRA = 2


def rate(name: str, difficulty: int) -> float:
    """The rate of failure `name` for a task of `difficulty` (clamped to 1..3)."""
    if name not in RATES:
        raise KeyError(f"no failure rate {name!r}; known: {', '.join(RATES)}")
    return RATES[name][min(max(int(difficulty), 1), 3) - 1]


# ---- tasks: kinds and features (task.toml `kind` and `[toy] features`) ----------------------

KINDS = ("bugfix", "feature", "refactor")

# What each feature means in a generated task's repository (the toyworld benchmark).
FEATURES: dict[str, str] = {
    "big_module": "the patched module is 600-1200 lines, the hunk in its middle third",
    "noisy_tests": "visible tests print ~400 lines of log noise; failure detail mid-output",
    "slow_tests": "the tests print [sim-seconds: 90], which the simulated clock reads",
    "preexisting_failure": "one unrelated visible test fails before and after the patch",
    "duplicate_snippet": "the lines the patch removes occur twice in the file",
    "large_patch": "the reference patch is over 20,000 characters",
    "stdout_checked": "a hidden test asserts that nothing is printed",
    "confusing_output": "a visible helper prints identical output for different inputs",
    "visible_tests_silent": "the visible tests do not exercise the bug",
    "multi_file": "the reference patch changes 2-3 files",
}


def unknown_features(names: list[str]) -> list[str]:
    """The names in `names` that are not features of this world (a typo disables nothing
    silently: the caller reports them)."""
    return [name for name in names if name not in FEATURES]


# ---- the simulated clock (section A.6) ------------------------------------------------------


@dataclass(frozen=True)
class SimClock:
    """Simulated seconds of a run, computed from the request alone (stateless, behaviour only):
    every earlier model turn costs a base, plus its input and output sizes at these rates;
    every tool result or injected text costs what it says in `[sim-seconds: N]`, else a base."""

    turn_base_s: float = 1.5  # each model call
    input_chars_per_s: float = 8000.0  # reading the request: longer contexts are slower
    output_chars_per_s: float = 400.0  # writing the answer
    tool_default_s: float = 0.5  # a command that does not say how long it took
    limit_factor: float = 5.0  # simulated limit = this x the agent's time limit (hint)

    def turn_seconds(self, input_chars: int, output_chars: int) -> float:
        """Simulated seconds of one model call."""
        return (self.turn_base_s + input_chars / self.input_chars_per_s
                + output_chars / self.output_chars_per_s)

    def limit_seconds(self, agent_timeout_s: float) -> float:
        """Simulated seconds a run may take before the toy stops (step `timeout`)."""
        return self.limit_factor * agent_timeout_s


# What a task's tests print to say how long they took: "[sim-seconds: 90]".
SIM_SECONDS_PATTERN = r"\[sim-seconds: (\d+(?:\.\d+)?)\]"


# ---- output sizes that change what happens ----------------------------------------------------


@dataclass(frozen=True)
class Sizes:
    """Sizes (characters unless named otherwise) at which the toy's world changes."""

    context_limit_chars: int = 120_000  # a longer agent request is refused: prompt too long
    wander_min_chars: int = 200_000  # the wander grep's output, in every CPython image
    cut_answer_chars_per_token: int = 4  # an answer over this x max_tokens chars is cut
    large_patch_chars: int = 20_000  # a reference patch this long is a large_patch
    big_module_lines: tuple[int, int] = (600, 1200)  # lines of a big_module's patched file
    code_seen_share: float = 0.6  # share of a hunk's lines a text must show to count as read
    prose_tokens_share: float = 0.02  # prose the toy writes per answer, as a share of max_tokens


@dataclass(frozen=True)
class WorldConfig:
    """One world: its clock and sizes (rates and features are module tables above)."""

    clock: SimClock = field(default_factory=SimClock)
    sizes: Sizes = field(default_factory=Sizes)


WORLD = WorldConfig()  # the world the toy runs in unless a caller passes another
