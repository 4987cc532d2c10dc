"""The read model of a run: its journal folded into facts, its ledger's totals, its model.

Import the modules themselves; this package imports none of them, so the loop's import of
`dgm.run.state` stays cheap.
"""
