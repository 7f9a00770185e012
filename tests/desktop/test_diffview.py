from copydesk.checks.fixer import Change
from copydesk.desktop.diffview import diff_html, inline_diff


def test_inline_diff_marks_deletions_and_insertions():
    out = inline_diff("saw teh cat", "saw the cat")
    assert "line-through" in out and "saw " in out
    assert ">e<" in out or ">he<" in out or ">the<" in out


def test_diff_html_lists_changed_lines_with_context_and_changes():
    original = "Title\n\nFirst teh line.\nSecond line.\n"
    corrected = "Title\n\nFirst the line.\nSecond line.\n"
    out = diff_html("a.txt", original, corrected, [Change("test.teh", 3, "teh", "the")])
    assert "a.txt" in out and "1 accepted change(s)" in out
    assert "Second line." in out  # context after the change
    assert "Title" not in out  # unchanged lines far away are left out
    assert "test.teh" in out


def test_removed_blank_lines_are_visible():
    out = diff_html("b.txt", "One.\n\n\n\nTwo.\n", "One.\n\nTwo.\n", [])
    assert "↵" in out


def test_a_paragraph_after_removed_blank_lines_is_shown_changed_in_place():
    # Trial 3: with blank lines removed above it, "TOon the border" → "On the border" was
    # drawn as the whole paragraph inserted, then the whole old one struck through.
    original = (
        "Title\n\nHe said.\n\n\n\nTOon the border, soldiersguarded it.\n\n"
        'Mykhailenko said "no,"he said.\n\nEnd.\n'
    )
    corrected = (
        "Title\n\nHe said.\n\nOn the border, soldiers guarded it.\n\n"
        'Mykhailenko said "no," he said.\n\nEnd.\n'
    )
    out = diff_html("c.txt", original, corrected, [])
    assert "the border, soldiers" in out  # the unchanged words are shown once, unmarked
    assert out.count("border") == 1 and out.count("Mykhailenko") == 1
