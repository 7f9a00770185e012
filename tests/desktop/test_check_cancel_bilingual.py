"""Cancel reaches a check of bilingual files between units, not only between files."""

from __future__ import annotations

import pytest

from copydesk.checks.bilingual.model import BilingualDocument, Unit
from copydesk.checks.bilingual.runner import check_documents
from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Cancelled, Engine
from copydesk.checks.model import Category
from copydesk.checks.registry import Check
from copydesk.checks.review_bilingual import BilingualRecheck, BilingualSnapshot, UnitLayout
from copydesk.desktop.workers import CheckJob

pytestmark = pytest.mark.gui

UNITS = [Unit(str(n), f"源文本{n}。", f"Target text number {n}.") for n in range(1, 41)]


def _doc() -> BilingualDocument:
    text = "\n".join(u.target for u in UNITS)
    return BilingualDocument("job.xlf", "pairs", list(UNITS), b"", text, source_lang="zh")


def _counting_check(seen: list[str], after) -> Check:
    def count(text: str, ctx: CheckContext):
        seen.append(text)
        after()
        return iter(())

    return Check("test.count", Category.WORD, "counts the units checked", count)


def test_check_documents_stops_between_units_when_cancelled():
    seen: list[str] = []
    engine = Engine(checks=[_counting_check(seen, lambda: None)])
    with pytest.raises(Cancelled):
        check_documents(engine, [_doc()], cancelled=lambda: len(seen) >= 3)
    assert len(seen) == 3  # not the forty units


def test_a_cancelled_window_check_ends_inside_a_bilingual_file(qtbot):
    seen: list[str] = []
    job: list[CheckJob] = []
    engine = Engine(checks=[_counting_check(seen, lambda: job[0].cancel())])
    doc = _doc()
    snapshot = BilingualSnapshot("job.xlf", doc, UnitLayout.of(doc.units))
    job.append(CheckJob(1, engine, [], bilingual=[BilingualRecheck.unchanged(snapshot)]))
    finished: list[tuple[int, bool]] = []
    job[0].signals.finished.connect(lambda gen, cancelled: finished.append((gen, cancelled)))
    job[0].run()
    assert finished == [(1, True)]
    assert len(seen) == 1  # cancelled at the first unit, not after the file
