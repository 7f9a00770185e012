"""Tracked-changes runs: exactly what saving writes, with each change narrowed to what moved."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from copydesk.checks.apply import apply_edits
from copydesk.checks.model import Edit
from copydesk.checks.tracked import Mark, Run, corrected_text, original_text, tracked_runs


def test_runs_show_deletions_and_insertions_in_place():
    text = "TOon the border.. Smithsaid so."
    edits = [
        Edit(0, 4, "On", "word.stray-fragment"),
        Edit(15, 2, ".", "punct.double"),
        Edit(18, 9, "Smith said", "word.glued"),
    ]
    runs = tracked_runs(text, edits)
    assert runs == [
        Run(Mark.DELETED, "TOon", "word.stray-fragment"),
        Run(Mark.INSERTED, "On", "word.stray-fragment"),
        Run(Mark.KEPT, " the border."),
        Run(Mark.DELETED, ".", "punct.double"),
        Run(Mark.KEPT, " Smith"),
        Run(Mark.INSERTED, " ", "word.glued"),
        Run(Mark.KEPT, "said so."),
    ]
    assert corrected_text(runs) == "On the border. Smith said so."
    assert original_text(runs) == text


def test_no_edit_is_one_kept_run_and_overlaps_resolve_as_saving_does():
    assert tracked_runs("Plain text.", []) == [Run(Mark.KEPT, "Plain text.")]
    text = "abc def"
    edits = [Edit(0, 3, "xyz", "a"), Edit(1, 3, "", "b")]  # the second overlaps: skipped
    assert corrected_text(tracked_runs(text, edits)) == apply_edits(text, edits).text


@st.composite
def text_and_edits(draw):
    text = draw(st.text(alphabet="ab .\n", max_size=30))
    edits = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        edits.append(Edit(start, end - start, draw(st.text(alphabet="ab .", max_size=4)), "r"))
    return text, edits


@given(text_and_edits())
def test_runs_always_rebuild_both_texts(case):
    text, edits = case
    runs = tracked_runs(text, edits)
    assert corrected_text(runs) == apply_edits(text, edits).text
    assert original_text(runs) == text
    assert all(r.text for r in runs)
