"""Views of a run (status, tree, show, plot, report, compare) and replays of archived agents.

Every view reads a run without changing it; see dgm/views/README.md.
"""
