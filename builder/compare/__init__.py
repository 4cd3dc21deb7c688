"""Compare: this build against the last one. In: the previous ``briefing.json`` (or none) and this
build's export. Out: ``Changes`` (new and removed articles, outlets, actors, events, stories; actors with
new quotes or roles; events with new reports, outlets, dates, places, status or parties; stories that
grew) and the history of the last builds' changes kept in the build folder, for the What's new page,
the feed and ``briefing diff``."""
from .diff import compare, summary
from .history import load_history, load_previous, record, save

__all__ = ["compare", "summary", "load_history", "load_previous", "record", "save"]
