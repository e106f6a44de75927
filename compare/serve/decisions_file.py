"""The one place the service and `wgcompare decide` import the decisions store from.

When the YAML store moves (to `compare.ingest.decisions_file`), only this import changes.
"""

from compare.ingest.decisions_file import Added, DecisionError, add_decision, load_decisions, remove_decision

__all__ = ["Added", "DecisionError", "add_decision", "load_decisions", "remove_decision"]
