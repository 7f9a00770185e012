"""A bilingual file re-checked as its accepted fixes leave it (``BilingualRecheck``).

The units are checked with the targets ``commit`` would make; what is found is placed
back on the working layout unit by unit, never across the blank line into the next
unit; an issue shown in the source is placed as a first check places it, and is not
taken for one revealed by a fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from copydesk.checks.bilingual.runner import source_issue
from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Engine
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_bilingual import BilingualReview, SourceSide
from copydesk.checks.review_decide import plan_accept

TSV = "id\tsource\ttarget\nu1\t雨。\tIt  rained\nu2\t日。\tNext day  sun.\n"


def _stop(text: str, ctx: CheckContext) -> Iterator[Issue]:
    if text[-1:].isalpha():  # a target with no full stop: one is put at its end
        yield ctx.issue(len(text), 0, "No full stop", ["."], safe=True)


def _double(text: str, ctx: CheckContext) -> Iterator[Issue]:
    at = text.find("  ")
    if at >= 0:
        yield ctx.issue(at, 2, "Two spaces", [" "], safe=True)


def _rain(text: str, ctx: CheckContext) -> Iterator[Issue]:
    # Shown in the source while the target lacks its full stop (found from both sides).
    if "雨" in ctx.source and not text.endswith("."):
        yield source_issue(ctx, 0, 1, "Rain, and no full stop")


CHECKS = [
    Check("test.stop", Category.PUNCTUATION, "full stop", _stop),
    Check("test.double", Category.WHITESPACE, "two spaces", _double),
    Check("test.rain", Category.CONSISTENCY, "rain", _rain, bilingual=True),
]


def _open(tmp_path: Path) -> tuple[ReviewBatch, BilingualReview, Engine]:
    path = tmp_path / "t.tsv"
    path.write_text(TSV, "utf-8")
    batch = ReviewBatch(remember=False)
    (fr,), _loaded = batch.open_loaded([path])
    assert isinstance(fr, BilingualReview)
    engine = Engine(checks=CHECKS)
    batch.check_bilingual(engine)
    return batch, fr, engine


def _accept(fr: BilingualReview, rule: str, unit: str | None = None) -> None:
    for it in [it for it in fr.items if it.issue.rule == rule]:
        if unit is None or fr.unit_of(it).id == unit:
            plan_accept(fr, it, it.issue.replacements[0]).apply()


def test_the_units_checked_are_the_ones_commit_makes(tmp_path: Path) -> None:
    _batch, fr, _engine = _open(tmp_path)
    _accept(fr, "test.stop")
    _accept(fr, "test.double")
    recheck = fr.recheck()
    assert recheck.basis() == fr.layout
    targets = {u.id: u.target for u in recheck.snapshot.layout.units}
    assert targets == {"u1": "It rained.", "u2": "Next day sun."}
    assert targets == {u.id: u.target for u in fr.units} | fr.corrected_targets()
    assert recheck.snapshot.layout.text == recheck.corrected == fr.corrected().text


def test_a_source_side_query_the_fix_settles_goes(tmp_path: Path) -> None:
    batch, fr, engine = _open(tmp_path)
    assert {it.issue.rule for it in fr.items} == {"test.stop", "test.double", "test.rain"}
    _accept(fr, "test.stop")
    assert fr.needs_recheck()
    batch.check_bilingual(engine)
    # The stop is in: the query shown in the source is settled, the fix stays accepted.
    assert sorted(it.issue.rule for it in fr.items) == ["test.double", "test.double", "test.stop"]
    assert not fr.needs_recheck()
    assert fr.found_after == set()


def test_a_source_side_issue_is_not_found_after_a_fix(tmp_path: Path) -> None:
    batch, fr, engine = _open(tmp_path)
    _accept(fr, "test.double", "u1")  # in u1, whose query stays (no full stop yet)
    batch.check_bilingual(engine)
    rain = next(it for it in fr.items if it.issue.rule == "test.rain")
    assert isinstance(rain.issue, SourceSide)
    # Over u1's whole working target, as the first check placed it; found before the fix.
    assert (rain.issue.offset, rain.issue.length) == (0, len("It  rained"))
    assert rain.key not in fr.found_after
    assert fr.found_after == set()


def test_what_is_found_is_placed_inside_its_own_unit(tmp_path: Path) -> None:
    _batch, fr, _engine = _open(tmp_path)
    _accept(fr, "test.stop")  # an insertion at the very end of u1's target
    recheck = fr.recheck()
    corrected = recheck.snapshot.layout
    u2 = corrected.starts[1]
    found = [
        # over the full stop just put in: against the target's end no span of the
        # working text holds that insertion, so it is left for the next check
        Issue(len("It  rained"), 1, "test.after", Category.PUNCTUATION, "m", ("!",)),
        # in u2, which no fix changed: the same place in the working text
        Issue(u2 + 5, 3, "test.in-u2", Category.WORD, "m", ("dat",)),
    ]
    placed = recheck.placed(found)
    spans = [(s, s + len(u.target)) for u, s in zip(fr.units, fr.unit_starts, strict=True)]
    for issue in placed:
        assert any(lo <= issue.offset and issue.end <= hi for lo, hi in spans), issue
    by_rule = {i.rule: i for i in placed}
    assert "test.after" not in by_rule
    assert by_rule["test.in-u2"].matched(fr.text) == "day"
    # A batch issue's other place (here "day"), moved back to the working text too.
    back = recheck.working_place(u2 + 5)
    assert fr.text[back : back + 3] == "day"
    assert recheck.working_place(len("It  rained")) == len("It  rained")  # in a fix: its start
