from hypothesis import given
from hypothesis import strategies as st

from copydesk.checks.apply import apply_edits
from copydesk.checks.model import Edit


def test_no_edits_returns_the_same_string():
    text = "Kim arrived.  He left."
    result = apply_edits(text, [])
    assert result.text is text
    assert result.applied == () and result.skipped == ()


def test_edits_use_original_offsets_whatever_their_order():
    text = "aa bb cc"
    edits = [Edit(6, 2, "CCC", "r"), Edit(0, 2, "A", "r"), Edit(3, 2, "", "r")]
    assert apply_edits(text, edits).text == "A  CCC"


def test_overlapping_edit_is_skipped_and_reported():
    text = "hello world"
    first, second = Edit(0, 5, "HELLO", "a"), Edit(3, 5, "X", "b")
    result = apply_edits(text, [second, first])
    assert result.text == "HELLO world"
    assert result.applied == (first,)
    assert result.skipped == (second,)


def test_identical_edits_count_once_and_adjacent_edits_both_apply():
    text = "ab"
    result = apply_edits(text, [Edit(0, 1, "A"), Edit(0, 1, "A"), Edit(1, 1, "B")])
    assert result.text == "AB"
    assert len(result.applied) == 2 and not result.skipped


def test_two_insertions_at_one_point_conflict():
    result = apply_edits("ab", [Edit(1, 0, "x"), Edit(1, 0, "y")])
    assert result.text == "axb"
    assert len(result.skipped) == 1


def test_edit_outside_text_is_an_error():
    import pytest

    with pytest.raises(ValueError):
        apply_edits("abc", [Edit(2, 5, "")])


@given(st.text(min_size=1, max_size=60), st.data())
def test_non_overlapping_edits_match_a_slow_reference(text, data):
    cuts = sorted(data.draw(st.sets(st.integers(0, len(text)), max_size=6)))
    edits = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        edits.append(Edit(start, end - start, data.draw(st.text(max_size=3))))
    expected = text
    for e in sorted(edits, key=lambda e: e.offset, reverse=True):
        expected = expected[: e.offset] + e.replacement + expected[e.end :]
    assert apply_edits(text, edits).text == expected


def test_overlapping_deletions_delete_their_union():
    text = "Story.\n\nCaption line\n\nCopyright line"
    caption = Edit(8, len("Caption line\n\n"), "", "layout.caption")
    copyright_ = Edit(20, len("\n\nCopyright line"), "", "layout.copyright")
    result = apply_edits(text, [copyright_, caption])
    assert result.text == "Story.\n\n"
    assert result.merged == (copyright_,) and not result.skipped
    # A deletion overlapping a replacement is still a conflict.
    other = apply_edits(text, [caption, Edit(18, 4, "LINE", "x")])
    assert len(other.skipped) == 1
