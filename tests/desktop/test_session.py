"""The Qt-free review core: decisions, corrected text, direct edits."""

from __future__ import annotations

from copydesk.checks.context import Batch, BatchMember
from copydesk.checks.decisions import Decision, Verdict
from copydesk.checks.document import Document
from copydesk.checks.engine import Engine
from copydesk.checks.files import InputFile
from copydesk.desktop.session import FileReview, FileState
from tests.desktop.conftest import DOUBLE, TEH


def review(text, tmp_path):
    fr = FileReview(InputFile(tmp_path / "t.txt", tmp_path), Document.from_text(text))
    engine = Engine(checks=[TEH, DOUBLE])
    member = BatchMember(str(fr.path), text)
    fr.set_issues(engine.check_member(member, Batch([member])).issues)
    return fr


def test_corrected_text_applies_only_accepted(tmp_path):
    fr = review("A teh.  B teh.\n", tmp_path)
    assert [i.issue.rule for i in fr.items] == ["test.teh", "test.double-space", "test.teh"]
    assert fr.state == FileState.TO_REVIEW
    fr.set_decision(fr.items[0].key, Decision(Verdict.ACCEPTED, "the"))
    fr.set_decision(fr.items[1].key, Decision(Verdict.REJECTED))
    fr.set_decision(fr.items[2].key, Decision(Verdict.EDITED, "tea"))
    assert fr.corrected().text == "A the.  B tea.\n"
    assert fr.open_count() == 0 and fr.state == FileState.DONE
    assert [(c.rule, c.before, c.after) for c in fr.changes()] == [
        ("test.teh", "teh", "the"),
        ("test.teh", "teh", "tea"),
    ]


def test_direct_edit_moves_later_issues_and_drops_touched_ones(tmp_path):
    text = "One teh here. " + "x" * 40 + " two teh there.\n"
    fr = review(text, tmp_path)
    second = fr.items[1]
    fr.set_decision(second.key, Decision(Verdict.ACCEPTED, "the"))
    fr.replace_text(0, 3, "Uno")  # touches nothing: same length
    assert len(fr.items) == 2
    fr.replace_text(4, 3, "the")  # the editor fixes the first typo by hand
    assert [i.issue.offset for i in fr.items] == [second.issue.offset]
    fr.replace_text(0, 0, "New: ")
    assert fr.items[0].issue.offset == second.issue.offset + 5
    assert fr.decision(fr.items[0]) == Decision(Verdict.ACCEPTED, "the")
    assert fr.corrected().text == "New: Uno the here. " + "x" * 40 + " two the there.\n"


def test_items_at_finds_the_issue_under_a_point(tmp_path):
    fr = review("A teh.  B\n", tmp_path)
    assert [i.issue.rule for i in fr.items_at(3)] == ["test.teh"]
    assert [i.issue.rule for i in fr.items_at(6)] == ["test.double-space"]
    assert fr.items_at(0) == []
