"""Follow-through: what a report asks of a later meeting, and whether that meeting took it up.

A request is a sentence of a unit that names a later meeting of the same body
("the fifth meeting of the Working Group", "its next session", "future
meetings") and asks for something there: an agenda item, a background paper, a
discussion, a report. `find_requests` reads them from one Meeting;
`resolve_requests` looks for each in the meeting it points at and says `taken-up`
(with the evidence), `not-taken-up`, or `pending` when that meeting is not in
the corpus. Matching is by subject words: a heading, an annex document or a
sentence of the target must carry the subject's head words ("police-to-police
cooperation" of "police-to-police cooperation and cooperation between police
and ...") and enough of the rest, weighted by how rare each word is there.

Modules, in the order of the flow: `requests` (finding them), `subjects` (what
each is about), `stemmer` and `terms` (content words and their weights),
`evidence` (the places in a meeting that may show it was taken up, scored),
`resolve` (looking for each request in the meetings it points at).
"""

from compare.analyse.followups.requests import find_requests
from compare.analyse.followups.resolve import resolve_requests, search_window

__all__ = ["find_requests", "resolve_requests", "search_window"]
