"""The fixer applies safe fixes until none is left, and --all in a single pass."""

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Engine
from copydesk.checks.fixer import MAX_PASSES, fix_text
from copydesk.checks.model import Category
from copydesk.checks.registry import Check


def _reveal(text: str, ctx: CheckContext):
    # Each fix of "xx" leaves an "x" that a second pass must fix: "xxx" -> "xx" -> "x".
    i = text.find("xx")
    return [ctx.issue(i, 2, "doubled x", ["x"], safe=True)] if i >= 0 else []


def _engine() -> Engine:
    return Engine(checks=[Check("test.reveal", Category.STYLE, "d", _reveal)])


def test_safe_fixes_are_applied_until_no_safe_fix_is_left():
    outcome = fix_text(_engine(), "axxxb")
    assert outcome.text == "axb"
    assert [c.before for c in outcome.changes] == ["xx", "xx"]
    assert outcome.remaining == []


def test_passes_are_bounded():
    text = "a" + "x" * (MAX_PASSES + 3) + "b"
    outcome = fix_text(_engine(), text)
    assert len(outcome.changes) == MAX_PASSES
    assert outcome.remaining  # what is left is reported, not silently dropped


def test_apply_all_is_one_pass():
    outcome = fix_text(_engine(), "axxxb", apply_all=True)
    assert outcome.text == "axxb"
    assert len(outcome.remaining) == 1
