"""Issue 16: rewordings told from look-alikes on the hand-written hard set (tests/hard_pairs/*.yaml).

The texts are illustrative, written for these tests; not official documents.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import hard_pairs  # noqa: E402  (bench/hard_pairs.py)

from compare.analyse import align  # noqa: E402
from compare.analyse.asked import asked  # noqa: E402
from compare.analyse.request_match import request_scores  # noqa: E402
from compare.model import Status  # noqa: E402

FILES = sorted(hard_pairs.CASES.glob("*.yaml"))


def test_the_set_holds_at_least_40_hand_written_pairs_of_every_kind():
    kinds = [e[4] for path in FILES for e in hard_pairs.run_case(path)[0]]
    assert len(kinds) >= 40
    for kind in (
        "look-alike",
        "split",
        "merge",
        "move",
        "passive-active",
        "synonyms",
        "purpose-moved",
        "nominal-verbal",
    ):
        assert kind in kinds


def test_status_f1_per_status_and_no_look_alike_paired(capsys):
    table, micro, paired, _ = hard_pairs.scores()
    with capsys.disabled():
        print("\n" + "\n".join(f"{s}: P={p:.3f} R={r:.3f} F1={f:.3f} n={n}" for s, (p, r, f, n) in table.items()))
    assert micro >= 0.97
    assert paired == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_splits_and_merges_are_named(path):
    expected, found, _ = hard_pairs.run_case(path)
    for old_ref, new_ref, status, other, _ in expected:
        if other:
            assert (old_ref, new_ref, status, other) in found


def test_a_refused_look_alike_says_which_objects_differ():
    _, _, changes = hard_pairs.run_case(hard_pairs.CASES / "international_cooperation.yaml")
    dropped = next(c for c in changes if c.from_ref == "3(e)")
    assert dropped.status == Status.DROPPED
    assert "same frame, different object" in dropped.match_reason
    assert "'a study of the costs'" in dropped.match_reason and "'a questionnaire'" in dropped.match_reason


def test_a_matched_rewording_names_the_words_that_carried_it():
    _, _, changes = hard_pairs.run_case(hard_pairs.CASES / "international_cooperation.yaml")
    reworded = next(c for c in changes if c.from_ref == "3(a)")
    assert reworded.status == Status.MODIFIED and reworded.match_reason.startswith("same request:")
    assert "'designation'" in reworded.match_reason


def test_nominal_and_verbal_requests_share_their_terms_and_different_objects_do_not():
    texts = [
        "States parties were encouraged to consider the establishment of focal points for asset recovery;",
        "States parties were encouraged to establish focal points for asset recovery;",
        "States parties were encouraged to consider establishing a network of prosecutors;",
        "States parties were encouraged to consider establishing a database of laws;",
    ]
    assert asked(texts[0]).object_terms == asked(texts[1]).object_terms
    scores = request_scores(texts, texts)
    assert scores.agreement[0, 1] > 0.9
    assert scores.agreement[2, 3] < 0.45


def test_paragraphs_are_never_judged_by_request():
    """Only recommendations are refused on what they ask: deliberations keep the text score alone."""
    case = hard_pairs.yaml.safe_load((hard_pairs.CASES / "international_cooperation.yaml").read_text(encoding="utf-8"))

    def paragraphs(meeting_id, units):
        m = hard_pairs.meeting(meeting_id, case["body"], units)
        return dataclasses.replace(m, units=tuple(dataclasses.replace(u, is_recommendation=False) for u in m.units))

    changes = align.align_pair(paragraphs("old", case["old"]), paragraphs("new", case["new"]))
    paired = next(c for c in changes if c.from_ref == "3(e)")
    assert (paired.to_ref, paired.status, paired.match_reason) == ("3(e)", Status.MODIFIED, "")
