"""Testing and review mechanisms: M24 verify_on_done (WORLD_DESIGN.md A.8)."""

from __future__ import annotations

from dgm.toy.agent_ast import AgentIndex
from dgm.toy.mechanisms.base import EditOp, Mechanism, Names, Param, Params
from dgm.toy.mechanisms.edits import (
    after_limit,
    before_def,
    retune_int,
    start_assign,
    stop_checks,
    stop_injection,
)
from dgm.toy.mechanisms.loop import CHANGED

RUNS = {
    "argv": '''    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p",
                           "no:cacheprovider"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          stdin=subprocess.DEVNULL, text=True)''',
    "shell": '''    import subprocess

    command = "python -m pytest -q -p no:cacheprovider 2>&1"
    done = subprocess.run(["bash", "-c", command],
                          stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)''',
}


def tests_function(fn: str, variant: str) -> str:
    """The source of a function running the repository's tests: their output when they fail,
    else None."""
    return (f'def {fn}() -> str | None:\n'
            f'    """The output of the repository\'s tests when they fail, else None."""\n'
            f'{RUNS[variant]}\n'
            f'    if done.returncode == 0:\n'
            f'        return None\n'
            f'    return f"The tests fail after your change:\\n\\n{{done.stdout}}\\n'
            f'[exit code {{done.returncode}}]"\n')


def verify_existing(agent: AgentIndex) -> Params | None:
    """An `if LEFT > 0 and CHANGED():` block in the stop branch that continues the loop."""
    found = stop_checks(agent, negated=False)
    return {"rounds": found[0][1]} if found else None


def verify_generate(agent: AgentIndex, params: Params, names: Names,
                    variant: str) -> list[EditOp]:
    """When the model stops with a changed repository, run the tests and send their failures
    back, up to `rounds` times; the variants differ in how the tests are started."""
    rounds = int(params["rounds"])
    found = stop_checks(agent, negated=False)
    path = agent.turn_loop.path
    if found:
        return [retune_int(agent, path, start_assign(agent, found[0][0]), rounds)]
    limit, left, changed, failing = (names.fresh(k) for k in
                                     ("rounds", "rounds_left", "changed", "failing"))
    code = f"""if {left} > 0 and {changed}():
    {left} -= 1
    report = {failing}()
    if report is not None:
        {agent.history}.append({{"role": "user", "content": report}})
        continue"""
    helpers = f"{CHANGED['porcelain'].format(fn=changed)}\n\n\n{tests_function(failing, variant)}"
    return [*stop_injection(agent, left, limit, code),
            before_def(agent, path, agent.turn_loop.first, helpers),
            after_limit(agent, f"{limit} = {rounds}  # test runs after the model stops "
                               "with a change")]


VERIFY_ON_DONE: Mechanism = Mechanism(
    id="verify_on_done", family="testing", params=(Param("rounds", 1, 3),), needs=(),
    fixes=("F3", "F5"), variants=("argv", "shell"),
    statement="When the model stops after changing the repository, run the tests and send "
              "their failures back to it (at most {rounds} times).",
    generate=verify_generate, existing=verify_existing)
