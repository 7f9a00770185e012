"""Fixtures for driving the real window: test-only checks so the issues are deterministic."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Engine
from copydesk.checks.model import Category, Issue, Location
from copydesk.checks.registry import Check
from copydesk.checks.settings import LanguageToolSettings, Settings

_TEH = regex.compile(r"\bteh\b")
_DOUBLE = regex.compile(r"(?<=\S)  (?=\S)")


def _teh(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _TEH.finditer(text):
        yield ctx.issue(m.start(), 3, "Typo: “teh”", ["the", "tea"])


def _double(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _DOUBLE.finditer(text):
        yield ctx.issue(m.start(), 2, "Two spaces between words", [" "], safe=True)


TEH = Check("test.teh", Category.SPELLING, "teh -> the", _teh)
DOUBLE = Check("test.double-space", Category.WHITESPACE, "two spaces -> one", _double)


def _slow(text: str, ctx: CheckContext) -> Iterator[Issue]:
    # Busy in Python (holding the GIL, as real checks do) for 20 ms per file.
    end = time.perf_counter() + 0.02
    while time.perf_counter() < end:
        sum(range(200))
    yield from _teh(text, ctx)


SLOW = Check("test.slow", Category.SPELLING, "teh, slowly", _slow)


@pytest.fixture
def make_window(qtbot, monkeypatch):
    """Build a MainWindow on explicit checks; prompts answered without modal dialogs."""
    from copydesk.desktop.main_window import MainWindow

    created = []

    def make(checks=(TEH, DOUBLE), settings: Settings | None = None):
        window = MainWindow(
            settings=settings or Settings(),
            engine_factory=lambda s: Engine(s, checks=list(checks)),
        )
        window.confirm_diff = lambda files, target, **_kw: True
        window.ask = lambda title, text: True
        window.ask_unsaved = lambda count: "discard"
        qtbot.addWidget(window)
        window.show()
        created.append(window)
        return window

    yield make
    for window in created:
        if window.job is not None:
            window.job.cancel()


def wait_checked(qtbot, window, timeout: int = 10000) -> None:
    qtbot.waitUntil(lambda: not window.checking, timeout=timeout)


def recheck_window(qtbot, paths: list[Path]):
    """A window on ``paths``, LanguageTool off, that saves without asking, once checked."""
    from copydesk.desktop.main_window import MainWindow

    w = MainWindow(settings=Settings(languagetool=LanguageToolSettings(enabled=False)))
    qtbot.addWidget(w)
    w.confirm_diff = lambda files, target, **_kw: True
    w.ask_unsaved = lambda count: "discard"  # closed with decisions unsaved: no prompt
    w.open_paths([str(p) for p in paths])
    wait_checked(qtbot, w, timeout=60000)
    return w


def wait_rechecked(qtbot, w) -> None:
    """Wait for the re-check a decision starts (off the UI thread) and its result."""
    qtbot.waitUntil(
        lambda: (
            not w.checking
            and not w._pending_recheck
            and not any(f.needs_recheck() for f in w.session.readable())
        ),
        timeout=60000,
    )


def accept_every_safe_fix(qtbot, w) -> int:
    """Review › Accept Safe Fixes in All Files, as often as the re-checks bring new ones
    (fix runs at most MAX_PASSES passes); the number of passes it took."""
    from copydesk.checks.fixer import MAX_PASSES

    passes = 0
    while w.accept_safe(batch=True):
        passes += 1
        assert passes <= MAX_PASSES
        wait_rechecked(qtbot, w)
    return passes


def file_tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _spelling_variants(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """Flags "Smyth" where another file of the batch spells the name "Smith"."""
    others = [
        Location(m.path, hit.start(), 5, "Smith")
        for m in ctx.batch.members
        if m.path != ctx.path
        for hit in regex.finditer(r"\bSmith\b", m.text)
    ]
    if not others:
        return
    for hit in regex.finditer(r"\bSmyth\b", text):
        yield ctx.issue(
            hit.start(), 5, "Spelled “Smith” elsewhere in the batch", ["Smith"], related=others
        )


VARIANT = Check(
    "test.variant", Category.CONSISTENCY, "name variants", _spelling_variants, scope="batch"
)
