"""The evolution core: the loop, an attempt, diagnosis, the final scoring, and their policies.

Parent selection, admission, scoring and the baselines' table live here too; the seams the
loop is typed against (archive, harness, services, executor) are in `protocols.py`.
"""
