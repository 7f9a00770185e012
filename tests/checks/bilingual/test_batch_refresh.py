"""A decision in one bilingual file refreshes the batch-wide issues of the others.

All the bilingual files' units are one batch: a batch check's issue in one file reads
the others' units, so the files a re-check after a decision takes in
(``ReviewBatch.recheck_after``) are every bilingual file, not the decided one alone.
The plain files are a batch of their own, refreshed the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Engine
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import REGISTRY, Check
from copydesk.checks.review import FileReview
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_bilingual import BilingualReview, iter_rechecks
from copydesk.checks.review_decide import plan_accept

SOURCE = "会议将于明天上午举行。"


def _word(text: str, ctx: CheckContext) -> Iterator[Issue]:
    at = text.find("conference")
    if at >= 0:
        yield ctx.issue(at, len("conference"), "Use the house word", ["meeting"])


WORD = Check("test.house-word", Category.WORD, "house word", _word)


def _open(tmp_path: Path, *checks: Check) -> tuple[ReviewBatch, BilingualReview, BilingualReview]:
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    a.write_text(f"id\tsource\ttarget\nu1\t{SOURCE}\tThe conference is tomorrow morning.\n")
    b.write_text(f"id\tsource\ttarget\nu1\t{SOURCE}\tThe meeting is tomorrow morning.\n")
    batch = ReviewBatch(remember=False)
    (fa, fb), _loaded = batch.open_loaded([a, b])
    assert isinstance(fa, BilingualReview) and isinstance(fb, BilingualReview)
    return batch, fa, fb


def _rules(fr: BilingualReview) -> list[str]:
    return sorted(it.issue.rule for it in fr.items)


def _recheck(batch: ReviewBatch, engine: Engine, files: list[BilingualReview]) -> None:
    """What the window's check after a decision does: the files asked for are checked,
    every bilingual file their batch."""
    rechecks = batch.bilingual_rechecks()
    found = iter_rechecks(engine, rechecks, targets={str(f.path) for f in files})
    batch.take_rechecked(rechecks, found)


def test_a_decision_in_one_file_refreshes_the_batch_issues_of_the_other(tmp_path: Path) -> None:
    engine = Engine(checks=[WORD, REGISTRY.get("bilingual.consistency")])
    batch, fa, fb = _open(tmp_path)
    batch.check_bilingual(engine)
    # One source translated two ways: "conference" (a) sorts first, so b is the odd one.
    assert _rules(fa) == ["test.house-word"]
    assert _rules(fb) == ["bilingual.consistency"]
    (item,) = fa.items
    plan_accept(fa, item, "meeting").apply()
    _recheck(batch, engine, [fa])  # the decided file alone, as the window did
    assert _rules(fb) == ["bilingual.consistency"]  # stale: a no longer differs
    again = batch.recheck_after([fa], engine)
    assert again == [fa, fb]
    _recheck(batch, engine, again)  # type: ignore[arg-type]
    assert _rules(fb) == []  # both now say "meeting": nothing batch-wide is left


def test_without_a_batch_check_only_the_decided_file_is_checked_again(tmp_path: Path) -> None:
    """The near miss: no batch check runs, so the other file cannot change."""
    engine = Engine(checks=[WORD])
    batch, fa, _fb = _open(tmp_path)
    batch.check_bilingual(engine)
    (item,) = fa.items
    plan_accept(fa, item, "meeting").apply()
    assert batch.recheck_after([fa], engine) == [fa]


def test_a_plain_file_decided_does_not_check_the_bilingual_files(tmp_path: Path) -> None:
    """The near miss: a plain file is no member of the bilingual files' batch."""
    engine = Engine(checks=[WORD, REGISTRY.get("bilingual.consistency")])
    batch, fa, fb = _open(tmp_path)
    plain = tmp_path / "c.txt"
    plain.write_text("The conference is tomorrow morning.\n")
    (fc,), _ = batch.open_loaded([plain])
    assert batch.recheck_after([fc], engine) == [fc]
    batch.check_bilingual(engine)
    assert batch.recheck_after([fa], engine) == [fa, fb]  # b's batch issue reads a


def test_a_bilingual_file_no_batch_issue_ties_to_the_decided_one_is_not_checked_again(
    tmp_path: Path,
) -> None:
    """The near miss: b's batch issue reads a, not the other way round; re-checking every
    bilingual file after each decision is slow with LanguageTool on."""
    engine = Engine(checks=[WORD, REGISTRY.get("bilingual.consistency")])
    batch, fa, fb = _open(tmp_path)
    batch.check_bilingual(engine)
    assert _rules(fa) == ["test.house-word"] and not any(it.issue.related for it in fa.items)
    assert batch.recheck_after([fb], engine) == [fb]


def _open_plain(tmp_path: Path) -> tuple[ReviewBatch, FileReview, FileReview]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(
        "Governor Yegor Morozov met the mayor.. Morozov said the port would open. Morozov "
        "left on Friday.\n"
    )
    b.write_text("Governor Yegor Morosov arrived on Monday.\n")
    batch = ReviewBatch(remember=False)
    (fa, fb), _errors = batch.open_paths([a, b])
    return batch, fa, fb


def test_a_decision_in_a_plain_file_checks_the_plain_files_whose_batch_issue_reads_it(
    tmp_path: Path,
) -> None:
    """trial21: a plain file's decision re-checked only that file, so another article's
    name-variant issue that counts the decided article's spellings was not refreshed."""
    engine = Engine(checks=[REGISTRY.get("punct.double"), REGISTRY.get("consistency.name-variant")])
    batch, fa, fb = _open_plain(tmp_path)
    batch.recheck(engine)
    (variant,) = fb.items
    assert variant.issue.rule == "consistency.name-variant"
    assert {loc.path for loc in variant.issue.related} == {str(fa.path)}
    (period,) = fa.items
    plan_accept(fa, period, period.issue.replacements[0]).apply()
    assert batch.recheck_after([fa], engine) == [fa, fb]
    # the near misses: b's issue reads a, not the other way round; no batch check, no b
    assert batch.recheck_after([fb], engine) == [fb]
    only_periods = Engine(checks=[REGISTRY.get("punct.double")])
    assert batch.recheck_after([fa], only_periods) == [fa]
