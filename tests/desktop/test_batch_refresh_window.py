"""The window after a decision in one bilingual file: the others' batch-wide issues follow.

One source translated two ways across two files is a batch issue in the odd one out; a
fix in the other file that makes the two alike settles it, without F5 (the review
layer's ``ReviewBatch.recheck_after`` names every bilingual file to check again).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.checks.review_bilingual import BilingualReview
from copydesk.checks.settings import LanguageToolSettings, Settings

pytestmark = pytest.mark.gui

SOURCE = "会议将于明天上午举行。"
WAIT = 240_000  # ms: a machine shared with other runs can be slow to check


def _window(qtbot, paths: list[Path]):
    from copydesk.desktop.main_window import MainWindow

    w = MainWindow(settings=Settings(languagetool=LanguageToolSettings(enabled=False)))
    qtbot.addWidget(w)
    w.ask_unsaved = lambda count: "discard"
    w.open_paths([str(p) for p in paths])
    qtbot.waitUntil(lambda: not w.checking, timeout=WAIT)
    return w


def test_a_fix_in_one_file_settles_the_batch_issue_in_the_other(qtbot, tmp_path: Path) -> None:
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    a.write_text(f"id\tsource\ttarget\nu1\t{SOURCE}\tThe meeting is tomorrow mornign.\n")
    b.write_text(f"id\tsource\ttarget\nu1\t{SOURCE}\tThe meeting is tomorrow morning.\n")
    w = _window(qtbot, [a, b])
    fa, fb = w.session.files
    assert isinstance(fa, BilingualReview) and isinstance(fb, BilingualReview)
    assert "bilingual.consistency" in [it.issue.rule for it in fb.items]
    typo = next(it for it in fa.items if it.issue.matched(fa.text) == "mornign")
    w.select_item(typo)
    w.accept_current("morning")
    qtbot.waitUntil(
        lambda: not w.checking and not w._pending_recheck and not fa.needs_recheck(), timeout=WAIT
    )
    assert "bilingual.consistency" not in [it.issue.rule for it in fb.items]
    assert "bilingual.consistency" not in [it.issue.rule for it in fa.items]
