"""The README.md of every archive export (static text: what each file is, and the contract)."""

README_TEXT = """\
# The archive, as this attempt's meta agent may read it

A read-only copy, built for this attempt. Nothing here is ever written back: what you
want your descendants to know (memory, notes, statistics), write under /workspace/meta/,
where it becomes part of your child's source.

## You

    python /agent/meta_agent.py --workspace /workspace --archive /archive \\
        --iterations-left N --log-file /out/meta.log --summary-file /out/summary.json

/agent is your own source (read-only); /workspace a git copy of it, and your child is
what you leave there. /out/summary.json may hold {"improvement", "problem_statement",
"diagnosis", "entry"} (strings). Task runs see only the task part of an agent: paths
outside meta_paths (context.json); meta_agent.py and meta/ are the meta part.

## Files

- context.json: this attempt: run, attempt, generation, index, attempts_in_generation,
  same_parent_before (earlier attempts of this generation on the same parent), parent,
  root, iterations_left, generations_total, seed, diagnosis_retries, time_limit_s,
  benchmark, selection_splits, meta_paths, limits.
- index.jsonl: one JSON object per archived agent, in (iteration, id) order: id, parent,
  generation, iteration, status, score, score_interval, complete, runs (task id -> the
  outcome of each repeat), summary, problem_statement (both cut at 2,000 characters),
  parts, task_digest, scores_from, cost_usd, tokens, diff, diff_cut, tasks.
  diff is the path of the agent's diff.patch, or null: the root (it has no parent), or
  left out to keep the export under its size limit (the oldest agents outside the
  parent's lineage go first). diff_cut: the diff was cut at limits.diff_kb. tasks is the
  path of the agent's tasks.jsonl, or null.
- agents/<id>/diff.patch: the agent's diff against its parent (git format, -p1 paths).
  A cut diff ends with a line starting "# [export] diff cut at".
- agents/<id>/tasks.jsonl: the task runs of the evaluation that admitted the agent, one
  per line: task_id, repeat, resolved, empty_patch, patch_applied, timed_out,
  agent_exit_code, agent_timed_out, agent_s, tokens, usd, error, log_flags
  (["context_overflow"] when the run's log shows a context overflow). A run that did not
  resolve its task also has log_tail, patch (cut at 6,000 characters) and, when the run
  shows grading output, test_output_tail. Only for the parent, its nearest ancestors
  (limits.ancestor_logs) and the newest agents (limits.recent_logs).
- instructions/<task>.md: the instructions of each task the exported runs failed.
- export.json: the manifest (path, size and SHA-256 of every other file, the limits).

Held-out tasks, held-out scores, hidden tests, reference solutions and the run's
journal, ledger and recordings are never here.
"""
