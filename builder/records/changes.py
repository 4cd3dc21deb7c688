"""Records of what changed between two builds: the compare stage makes them, publish shows them."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, Optional

ChangeKind = Literal["article", "outlet", "actor", "event", "story"]
ChangeStatus = Literal["new", "changed", "removed"]


@dataclass(frozen=True)
class Change:
    """One item that is new, changed or gone since the previous build, and in what way (plain text)."""

    kind: ChangeKind
    status: ChangeStatus
    id: str
    label: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Changes:
    """What one build changed, compared with the build before it."""

    id: str                          # a hash of the build's briefing.json: the same briefing, the same id
    first: bool                      # no previous build to compare with
    date: Optional[str]              # newest article date of this build
    since: Optional[str]             # newest article date of the previous build
    items: tuple[Change, ...] = ()
    totals: dict[str, int] = field(default_factory=dict)   # articles, outlets, actors, events (, stories) built

    def to_dict(self) -> dict:
        """Plain JSON-ready form (the history file and ``briefing diff --format json``)."""
        out = asdict(self)
        out["items"] = [{**asdict(c), "details": list(c.details)} for c in self.items]
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Changes":
        """The record back from its plain form."""
        items = tuple(Change(kind=c["kind"], status=c["status"], id=c["id"], label=c["label"],
                             details=tuple(c.get("details") or ())) for c in d.get("items") or ())
        return cls(id=d["id"], first=bool(d.get("first")), date=d.get("date"), since=d.get("since"), items=items,
                   totals=dict(d.get("totals") or {}))
