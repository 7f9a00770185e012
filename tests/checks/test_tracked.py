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


def test_typed_edits_are_shown_as_changes_beside_the_accepted_fixes():
    # Trial 21: the Tracked Changes view left out what the editor typed (Ctrl+T).
    from copydesk.checks.tracked import TYPED_RULE, with_typed

    untyped = "The mayor of Quellby said teh plan was good.\n"
    text = "The new mayor of Quellby said teh plan was fine.\n"
    at = text.index("teh")
    runs = with_typed(tracked_runs(text, [Edit(at, 3, "the", "test.teh")]), untyped, text)
    changed = [(r.mark, r.text, r.rule) for r in runs if r.mark != Mark.KEPT]
    assert changed == [
        (Mark.INSERTED, " new", TYPED_RULE),
        (Mark.DELETED, "teh", "test.teh"),
        (Mark.INSERTED, "the", "test.teh"),
        (Mark.DELETED, "good", TYPED_RULE),
        (Mark.INSERTED, "fine", TYPED_RULE),
    ]
    assert corrected_text(runs) == "The new mayor of Quellby said the plan was fine.\n"
    assert original_text(runs) == untyped


def test_nothing_typed_leaves_the_runs_as_they_were():
    from copydesk.checks.tracked import with_typed

    text = "The mayor of Quellby said teh plan was good.\n"
    runs = tracked_runs(text, [Edit(text.index("teh"), 3, "the", "test.teh")])
    assert with_typed(runs, text, text) == runs
    deleted = "The mayor said teh plan was good.\n"  # a typed deletion only
    typed = with_typed(tracked_runs(deleted, []), text, deleted)
    assert [(r.mark, r.text) for r in typed if r.mark != Mark.KEPT] == [
        (Mark.DELETED, " of Quellby")
    ]
    assert corrected_text(typed) == deleted and original_text(typed) == text
