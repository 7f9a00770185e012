"""A bilingual review's snapshot: what a check on another thread reads, and the basis it reports.

The window's worker checks the snapshot taken when the check started; the review may
change meanwhile (here: its accepted fix committed into the target).  The result is
placed in the snapshot's text, and the review's basis tells it is no longer current.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from copydesk.checks.bilingual.model import Unit
from copydesk.checks.engine import Engine
from copydesk.checks.model import Issue
from copydesk.checks.registry import REGISTRY
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_bilingual import UnitLayout, check_reviews, check_snapshots
from copydesk.checks.review_decide import plan_accept
from copydesk.checks.settings import LanguageToolSettings, Settings

TSV = (
    "id\tsource\ttarget\nu1\t他们卖了1,200辆车。\tThey sold  1,300 cars.\nu2\t他来了。\tHe  came.\n"
)


def _engine() -> Engine:
    rules = ("bilingual.numbers", "space.double")
    return Engine(Settings(languagetool=LanguageToolSettings(enabled=False)),
                  checks=[c for c in REGISTRY.all() if c.id in rules])  # fmt: skip


def _spans(text: str, issues: Iterable[Issue]) -> list[tuple[str, str]]:
    return sorted((i.rule, i.matched(text)) for i in issues)


def test_a_snapshot_is_checked_as_it_was_taken(tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text(TSV, "utf-8")
    batch = ReviewBatch(remember=False)
    (fr,), _loaded = batch.open_loaded([path])
    engine = _engine()
    batch.take_results(check_reviews(engine, [fr]))
    double = next(it for it in fr.items if it.issue.rule == "space.double")
    plan_accept(fr, double, " ").apply()
    snap = fr.snapshot()
    assert fr.basis() == snap.layout  # decisions change no target: still current
    fr.commit()
    assert fr.basis() != snap.layout
    assert fr.units[0].target == "They sold 1,300 cars."

    (result,) = check_snapshots(engine, [snap])
    # Placed in the text the snapshot holds, not in the review's new one.
    assert _spans(snap.layout.text, result.issues) == [
        ("bilingual.numbers", "1,300"), ("space.double", "  "), ("space.double", "  "),
    ]  # fmt: skip
    keyed = snap.layout.keyed(result.issues)
    assert sorted(k.split("\x1e")[0] for _i, k in keyed) == ["u1", "u1", "u2"]
    (now,) = check_reviews(engine, [fr])
    assert _spans(fr.text, now.issues) == [("bilingual.numbers", "1,300"), ("space.double", "  ")]


def test_layouts_that_join_to_one_text_are_different_bases() -> None:
    # A blank line moved from one target into the next: the same working text, but the
    # second unit starts elsewhere, so issues placed by one layout are wrong in the other.
    one = UnitLayout.of([Unit("a", "甲", "A\n\nB"), Unit("b", "乙", "C")])
    two = UnitLayout.of([Unit("a", "甲", "A"), Unit("b", "乙", "B\n\nC")])
    assert one.text == two.text
    assert one != two
    assert (one.starts, two.starts) == ((0, 6), (0, 3))
    assert one == UnitLayout.of([Unit("a", "甲", "A\n\nB"), Unit("b", "乙", "C")])
