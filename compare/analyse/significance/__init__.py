"""How much a change matters, and why: `major`, `minor` or `editorial`.

A reviewer wants first the changes that shift what States are asked to do.
Each modified unit is read for the few things that carry that weight, on
both sides, and the two readings are compared:

- the operative verb and its strength, on the ladder `VERB_LADDER`
  (notes < stresses < invites < requests < urges/decides);
- the modal verb (could/may < should < shall/must) and negation;
- the actors named (the Conference, the Secretariat/UNODC, States parties,
  Member States, the Working Group, Governments ...);
- target meetings and deadlines ("for its sixth meeting", "by 2015");
- the Convention articles, resolutions and decisions cited.

The rules, in plain words:

- `major`: a change of operative strength that involves asking someone to
  act (a verb on rung 3 or higher: invites, requests, urges ...), a modal of
  a different strength, a negation added or removed, a target meeting or
  deadline added, removed or changed, a reference changed, or a change of
  actor in a unit that asks something (a recommendation, or text with an
  asking verb or an obliging modal).
- `minor`: a change among the noting verbs (notes -> stresses), the same
  strength with another verb (invites -> encourages), an actor changed in a
  narrative paragraph, a figure changed, a target meeting renumbered with
  the calendar ("fifth meeting" -> "sixth meeting" when both are the next
  one), or a rewording larger than a few words.
- `editorial`: none of the above, and only punctuation, capitalisation,
  word order or at most a few words changed (a synonym, a tiny edit).

New and dropped units: a recommendation is `major`; a paragraph that asks
someone to act or names a target meeting or deadline is `major`; a
procedural paragraph (a theme the taxonomy flags `procedural`, or under a heading such as
"Organization of the meeting") is `editorial`; any other paragraph `minor`.

Outcomes (`compare.analyse.outcomes`) settle two grades whatever the text
says: a `repeated-request` (asked again, of a later meeting) is `major`, even
when its text is unchanged; a dropped request that is `fulfilled` (the meeting
it asked for took it up) is `minor`, not a loss (`OUTCOME_GRADES`).

One label, one grade: an actor changed in a unit that asks is reported as
"actor in a request ..." (major), elsewhere as "actor mentioned ..." (minor).

Modules: `vocabulary` (the words), `reading` (one side read), `rules` (two readings
compared, each difference a signal with its reason), `wording` (what is left: an
editorial touch or a rewording), `grading` (a row's significance and the ranking).
References are the normaliser's (`Unit.references`) and small edits are shown from
the aligner's word diff (`Change.diff`): nothing is parsed twice.
"""

from compare.analyse.significance.grading import (
    apply_significance,
    classify,
    grade_outcome,
    grade_rows,
    rank_key,
    with_grades,
)
from compare.analyse.significance.reading import actors, operative_verbs, read, targets

__all__ = [
    "actors", "apply_significance", "classify", "grade_outcome", "grade_rows", "operative_verbs", "rank_key", "read",
    "targets", "with_grades",
]  # fmt: skip
