"""Reviewer decisions: the reviewer's word on a pairing, a significance or a theme."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Decision:
    """One reviewer decision; which fields it uses depends on `kind` (see the module docstring)."""

    kind: str
    old_meeting: str = ""
    old_ref: str = ""
    new_meeting: str = ""
    new_ref: str = ""
    meeting: str = ""  # theme decisions
    ref: str = ""
    theme: str = ""
    who: str = ""
    why: str = ""
    line: int = dataclasses.field(default=0, compare=False)  # where it stands in its file, for messages

    @property
    def key(self) -> tuple[str, ...]:
        """What the decision is about: two decisions with one key cannot both hold."""
        if self.kind == "theme":
            return ("theme", self.meeting, self.ref)
        family = "pair" if self.kind in ("link", "unlink") else self.kind
        return (family, self.old_meeting, self.old_ref, self.new_meeting, self.new_ref)

    @property
    def id(self) -> str:
        return "d-" + hashlib.sha1("\x1f".join(self.key).encode("utf-8")).hexdigest()[:8]

    @property
    def old(self) -> tuple[str, str]:
        return self.old_meeting, self.old_ref

    @property
    def new(self) -> tuple[str, str]:
        return self.new_meeting, self.new_ref

    def describe(self) -> str:
        """One line for a listing: id, kind, the units named, who and why."""
        if self.kind == "theme":
            subject = f"{self.meeting} {self.ref} -> {self.theme}"
        else:
            sign = {"link": "=", "unlink": "!=", "editorial": "->"}[self.kind]
            old = " ".join(self.old) if self.old_meeting else "(none)"
            new = " ".join(self.new) if self.new_meeting else "(none)"
            subject = f"{old} {sign} {new}"
        said = ": ".join(part for part in (self.who, self.why) if part)
        return f"{self.id} {self.kind}: {subject}" + (f" ({said})" if said else "")


@dataclass(frozen=True)
class StaleDecision:
    """A decision that no longer matches the corpus, and why."""

    decision: Decision
    reason: str

    def __str__(self) -> str:
        """ "d-1a2b3c4d link: OLD 3(b) = NEW 4(c) (who: why): NEW has no unit 4(c)", for a warning line."""
        return f"{self.decision.describe()}: {self.reason}"
