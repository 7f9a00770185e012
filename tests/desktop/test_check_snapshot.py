"""A check in the background reads a snapshot; its result is taken only if the file is unchanged.

The worker thread is held at a gate (a test check that waits on an event) while
the editor, on the UI thread, accepts a fix, undoes one, commits the accepted fix
into a unit's target, or types in a plain file; then it is let go.  The worker must
not have read the review itself, and the window must end with issues that point
at the text the file has now: a result of an unchanged file is taken, one of a
changed file is dropped and the file checked again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from copydesk.checks import review_bilingual
from copydesk.checks.bilingual.model import BilingualDocument
from copydesk.checks.bilingual.runner import BilingualResult
from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Engine
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import REGISTRY, Check
from copydesk.checks.review import FileReview
from copydesk.checks.review_bilingual import BilingualReview, check_reviews
from copydesk.checks.settings import LanguageToolSettings, Settings
from tests.desktop.conftest import TEH, wait_checked

pytestmark = pytest.mark.gui

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="a.txt">
    <body>
      <trans-unit id="t1">
        <source>公司去年售出了1,200辆汽车。</source>
        <target>The company sold 1,300 cars last year .</target>
      </trans-unit>
      <trans-unit id="t2">
        <source>他工作了360天。</source>
        <target>He worked for 360 days .</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

RULES = ("bilingual.numbers", "punct.space-before")
T1_FIXED = "The company sold 1,300 cars last year."


class Gate:
    """Holds the worker inside the check of ``note.txt`` once armed, until released."""

    def __init__(self) -> None:
        self.armed = False
        self.entered = threading.Event()
        self.release = threading.Event()
        self.check = Check("test.gate", Category.SPELLING, "waits at the gate", self._func)

    def _func(self, text: str, ctx: CheckContext) -> Iterator[Issue]:
        if self.armed and ctx.path.endswith("note.txt"):
            self.armed = False
            self.entered.set()
            # Bounded: a test that never lets go fails instead of hanging the suite.
            assert self.release.wait(10)
        return iter(())


@pytest.fixture
def gate() -> Gate:
    return Gate()


@pytest.fixture
def worker_reads(monkeypatch) -> list[str]:
    """Attributes of any bilingual review read off the main (UI) thread."""
    reads: list[str] = []
    main = threading.main_thread()

    def spy(self: BilingualReview, name: str) -> object:
        if threading.current_thread() is not main:
            reads.append(name)
        return object.__getattribute__(self, name)

    monkeypatch.setattr(BilingualReview, "__getattribute__", spy)
    return reads


@pytest.fixture
def checked_targets(monkeypatch) -> list[list[str]]:
    """The unit targets each bilingual check read, in order."""
    seen: list[list[str]] = []
    original = review_bilingual.iter_documents

    def recording(
        engine: Engine,
        docs: Sequence[BilingualDocument],
        cancelled: Callable[[], bool],
        targets: Collection[str] | None = None,
    ) -> Iterator[BilingualResult]:
        seen.append([u.target for d in docs for u in d.units])
        return original(engine, docs, cancelled, targets)

    monkeypatch.setattr(review_bilingual, "iter_documents", recording)
    return seen


def _settings() -> Settings:
    return Settings(languagetool=LanguageToolSettings(enabled=False))


def _open(make_window, qtbot, tmp_path: Path, gate: Gate, checks: list[Check]):
    folder = tmp_path / "job"
    folder.mkdir()
    (folder / "job.xlf").write_text(XLIFF, "utf-8")
    (folder / "note.txt").write_text("A teh note.\n", "utf-8")
    window = make_window([*checks, gate.check], _settings())
    window.open_paths([str(folder)])
    wait_checked(qtbot, window)
    # The re-check of a changed file is started by hand below, never by the clock.
    window._recheck_timer.setInterval(600_000)
    return window


def _bilingual(make_window, qtbot, tmp_path: Path, gate: Gate):
    checks = [c for c in REGISTRY.all() if c.id in RULES]
    window = _open(make_window, qtbot, tmp_path, gate, checks)
    fr = window.session.by_path(str(tmp_path / "job" / "job.xlf"))
    assert isinstance(fr, BilingualReview)
    window._select_file(fr)
    return window, fr, checks


def _select(window, fr: FileReview, rule: str, unit: str):
    for it in fr.items:
        if it.issue.rule == rule and fr.unit_issue(it).unit == unit:
            assert window.issue_panel.select_key(it.key)
            return it
    raise AssertionError(f"no {rule} issue in {unit}")


def _hold(window, qtbot, gate: Gate) -> None:
    """Check again (F5) and wait until the worker stands at the gate."""
    gate.armed = True
    window.recheck_all()
    qtbot.waitUntil(gate.entered.is_set, timeout=10000)
    assert window.checking


def _spans(fr: FileReview) -> list[tuple[int, int, str, str]]:
    return sorted((i.offset, i.length, i.rule, i.matched(fr.text)) for i in _issues(fr))


def _issues(fr: FileReview) -> list[Issue]:
    return [it.issue for it in fr.items]


def _fresh(fr: BilingualReview, checks: list[Check]) -> list[tuple[int, int, str, str]]:
    """The issues a check of the review as it is now finds, on this thread."""
    (result,) = check_reviews(Engine(_settings(), checks=checks), [fr])
    return sorted((i.offset, i.length, i.rule, i.matched(fr.text)) for i in result.issues)


def test_targets_changed_while_checked_drop_the_result_and_check_again(
    make_window, qtbot, tmp_path, gate, worker_reads, checked_targets
):
    window, fr, checks = _bilingual(make_window, qtbot, tmp_path, gate)
    before = [u.target for u in fr.units]
    _hold(window, qtbot, gate)

    # While the worker waits, a fix is accepted and becomes t1's target (the review
    # commits it, as ``copydesk fix`` does between passes): every offset after it moves.
    _select(window, fr, "punct.space-before", "t1")
    window.accept_current()
    fr.commit()
    window.signals.filesChanged.emit([fr])
    assert [u.target for u in fr.units] == [T1_FIXED, before[1]]
    gate.release.set()
    qtbot.waitUntil(lambda: not window.checking, timeout=10000)

    # The check read the file as it was when it started, and never the review itself.
    assert checked_targets[-1] == before
    assert worker_reads == []
    # Its result belongs to the old targets: not taken, the file waits for its re-check.
    assert not fr.checked and fr.items == []
    assert id(fr) in window._pending_recheck and window._recheck_timer.isActive()

    window._recheck_timer.stop()
    window._recheck_pending()
    wait_checked(qtbot, window)
    assert checked_targets[-1] == [T1_FIXED, before[1]]
    assert fr.checked
    assert _spans(fr) == _fresh(fr, checks)
    # t1's space is gone; t2's is still flagged, where it is in the text now.
    spaces = [i for i in _issues(fr) if i.rule == "punct.space-before"]
    assert [(fr.unit_issue(i).unit, i.matched(fr.text)) for i in spaces] == [("t2", " ")]
    assert fr.text[spaces[0].offset :] == " ."
    assert worker_reads == []


def test_decisions_taken_while_checked_keep_the_result(
    make_window, qtbot, tmp_path, gate, worker_reads, checked_targets
):
    window, fr, checks = _bilingual(make_window, qtbot, tmp_path, gate)
    text = fr.text
    _hold(window, qtbot, gate)

    # While the worker waits: accept t1's fix, accept t2's, undo the last one.
    _select(window, fr, "punct.space-before", "t1")
    window.accept_current()
    _select(window, fr, "punct.space-before", "t2")
    window.accept_current()
    window.undo_stack.undo()
    gate.release.set()
    wait_checked(qtbot, window)

    assert worker_reads == []
    # Decisions change no target: the result is the file's, taken, not dropped (a
    # dropped one waits for the typing timer) ...
    assert fr.text == text and fr.checked
    assert not window._recheck_timer.isActive()
    assert checked_targets[-1] == [u.target for u in fr.units]
    # ... and the units as the decisions leave them are checked next, at once, for what
    # the fix reveals (as after any decision).
    qtbot.waitUntil(
        lambda: not window.checking and not window._pending_recheck and not fr.needs_recheck(),
        timeout=10000,
    )
    assert checked_targets[-1] == [T1_FIXED, fr.units[1].target]
    assert fr.text == text and fr.checked
    assert _spans(fr) == _fresh(fr, checks)
    assert fr.corrected_targets() == {"t1": T1_FIXED}
    t1 = _select(window, fr, "punct.space-before", "t1")
    assert fr.applies(t1)
    assert window.bilingual_view.target.toPlainText() == T1_FIXED


def test_text_typed_while_checked_drops_the_result_and_checks_again(
    make_window, qtbot, tmp_path, gate
):
    window = _open(make_window, qtbot, tmp_path, gate, [TEH])
    fr = window.session.by_path(str(tmp_path / "job" / "note.txt"))
    assert fr is not None
    window._select_file(fr)
    assert [i.matched(fr.text) for i in _issues(fr)] == ["teh"]
    _hold(window, qtbot, gate)

    window.act_edit_text.setChecked(True)
    window.toggle_edit_mode()
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(0)
    cursor.insertText("Yes, teh cat. ")
    assert fr.text == "Yes, teh cat. A teh note.\n"
    gate.release.set()
    qtbot.waitUntil(lambda: not window.checking, timeout=10000)

    # The result of the old text was not taken: the issue kept is the moved one.
    assert [(i.offset, i.matched(fr.text)) for i in _issues(fr)] == [(16, "teh")]
    assert id(fr) in window._pending_recheck
    window._recheck_timer.stop()
    window._recheck_pending()
    wait_checked(qtbot, window)
    assert [(i.offset, i.matched(fr.text)) for i in _issues(fr)] == [(5, "teh"), (16, "teh")]
