"""The side-by-side view marks the issue on its side and the same text on the other."""

from copydesk.checks.bilingual.model import Unit
from copydesk.checks.bilingual.runner import UnitIssue, check_pair
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import REGISTRY
from copydesk.desktop.bilingual_view import BilingualView


def test_number_issue_marked_in_target_and_echoed_in_source(qtbot):
    view = BilingualView()
    qtbot.addWidget(view)
    unit = Unit("t1", "他卖了1,300辆车，不是1,200辆。", "He sold 1,300 cars, not 1,500.")
    (issue,) = check_pair(unit.source, unit.target, [REGISTRY.get("bilingual.numbers")])
    view.show_unit(unit, issue)
    assert view.source_label.text() == "Source [t1]"
    assert view.highlighted("target") == ["1,500"]
    assert view.highlighted("source") == []  # 1,500 is not in the source
    # An issue on the target's 1,300: the source's 1,300 is marked as its counterpart.
    other = Issue(offset=8, length=5, rule="x", category=Category.CONSISTENCY, message="m")
    view.mark(UnitIssue("t1", "target", other))
    assert view.highlighted("target") == ["1,300"]
    assert view.highlighted("source") == ["1,300"]


def test_source_side_issue_and_astral_text(qtbot):
    view = BilingualView()
    qtbot.addWidget(view)
    unit = Unit("u9", "𠮷野家有NASA的人。", "People from the agency were there.")
    (issue,) = [
        i for i in check_pair(unit.source, unit.target, [REGISTRY.get("bilingual.omission")])
    ]
    assert issue.side == "source"
    view.show_unit(unit, issue)
    assert view.highlighted("source") == ["NASA"]  # Qt positions past the astral 𠮷
    view.mark(None)
    assert view.highlighted("source") == [] and view.highlighted("target") == []
