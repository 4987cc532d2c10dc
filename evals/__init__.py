"""Benchmarks and grading: tasks from several formats, graded in fresh sandboxes.

    from evals import load_benchmark, list_benchmarks, Task
    bench = load_benchmark("pytasks")
    task = bench.task(bench.split("small")[0])

Importing this package does not import docker; grading does, when it runs.
"""

from evals.benchmark import Benchmark
from evals.registry import list_benchmarks, load_benchmark
from evals.task import Task

__all__ = ["Benchmark", "Task", "list_benchmarks", "load_benchmark"]
