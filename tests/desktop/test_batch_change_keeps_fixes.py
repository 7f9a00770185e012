"""Issue 14 item 2: an accepted fix stays applied when the batch changes under it."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from tests.desktop.conftest import TEH, wait_checked


def _lonely(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """Flags a glued "Portside" while no other file of the batch has it (as glued checks do)."""
    if any("Portside" in m.text for m in ctx.batch.members if m.path != ctx.path):
        return
    for m in regex.finditer(r"\bPortside\b", text):
        yield ctx.issue(m.start(), 8, "Glued words?", ["Port side"])


LONELY = Check("test.lonely", Category.SPELLING, "glued words", _lonely, scope="batch")
TEXT = "The ferry left the Portside quay.\n"


def test_accepted_fix_survives_a_batch_change(qtbot, make_window, tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    a = tmp_path / "one" / "a.txt"
    a.write_text(TEXT, "utf-8")
    (tmp_path / "two" / "copy.txt").write_text(TEXT, "utf-8")
    w = make_window(checks=(TEH, LONELY))
    w.open_paths([a])
    wait_checked(qtbot, w)
    fr = w.current
    assert [it.issue.rule for it in fr.items] == ["test.lonely"]
    w.issue_panel.select_key(fr.items[0].key)
    w.accept_current()
    assert fr.corrected().text == "The ferry left the Port side quay.\n"
    # A folder holding a copy of the same article.  A check reads the batch as the
    # accepted fixes leave it (as `fix` does in its next pass): a.txt reads "Port side"
    # there, so the copy's "Portside" is alone and flagged, and a.txt's fix stays.
    w.open_paths([tmp_path / "two"])
    wait_checked(qtbot, w)
    copy = w.session.files[1]
    assert [it.issue.rule for it in copy.items] == ["test.lonely"]
    w.recheck_all()
    wait_checked(qtbot, w)
    assert fr.corrected().text == "The ferry left the Port side quay.\n"
    assert str(fr.status(fr.items[0])) == "accepted"
    w.output_dir = tmp_path / "out"
    assert w.save_files([fr])
    assert (tmp_path / "out" / "a.txt").read_text("utf-8").endswith("Port side quay.\n")
    # Undo still takes it out.
    w.undo_stack.undo()
    assert fr.corrected().text == TEXT
