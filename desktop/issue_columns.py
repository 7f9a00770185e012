"""How wide the issue list's columns are: the message is what a person reads, so it stretches.

Line and Decision are as wide as the widest thing they can show (every status word,
so "superseded" is never cut to "supers…" after a decision elsewhere changes it), and
the Message takes the rest, never less than ``MESSAGE_SHARE`` of what Rule, Message and
Suggestion share, so the Decision stays in view without a horizontal scroll bar.  The
Rule column is shown when it fits whole beside a suggestion of a word or two; in a narrower panel
(1366×768) it is left out rather than cut to a stub: the rule is in each row's tooltip,
the filter box and the detail's title.  A suggestion too long for its column is cut on
each side of its arrow, so what it replaces, the arrow and what with all stay in view,
and each side keeps the part that differs with as much around it as fits
(``environmentalstudy → environmental·study`` as ``…entalstudy → …ental·study``, never
``en…dy → en…dy``); the cell's tooltip gives it whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

LINE, RULE, MESSAGE, SUGGESTION, DECISION = range(5)
MESSAGE_SHARE = 0.6  # of the width Rule, Message and Suggestion share
RULE_CAP, SUGGESTION_CAP = 220, 240  # wider than this they would only crowd the message
# A unit id can be a whole sentence (a PO file's msgid): cut, the detail names it whole.
LINE_CAP = 72
SUGGESTION_MIN = 120  # room for "old → new" of a word or two before the rule gets any


@dataclass(frozen=True)
class Wants:
    """The width each column's content asks for (pixels, margins included)."""

    line: int
    rule: int
    suggestion: int
    decision: int


def column_widths(room: int, wants: Wants) -> dict[int, int]:
    """Widths of the columns but the message (which stretches); 0 for one left out."""
    rule, suggestion = min(wants.rule, RULE_CAP), min(wants.suggestion, SUGGESTION_CAP)
    line = min(wants.line, LINE_CAP)
    shared = max(0, room - line - wants.decision)
    spare = shared - int(shared * MESSAGE_SHARE)  # what rule and suggestion may take
    if rule + min(suggestion, SUGGESTION_MIN) > spare:
        rule = 0
    suggestion = min(suggestion, spare - rule)
    return {LINE: line, RULE: rule, SUGGESTION: suggestion, DECISION: wants.decision}


ARROW = " → "  # between what a suggestion replaces and what with (the model writes it)


def elide_suggestion(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` cut to ``width`` pixels on each side of its arrow, the arrow kept."""
    if width <= 0 or metrics.horizontalAdvance(text) <= width or ARROW not in text:
        return text
    old, new = text.split(ARROW, 1)
    room = width - metrics.horizontalAdvance(ARROW)
    focused = _around_difference(metrics, old, new, room)
    if focused is not None:
        return focused[0] + ARROW + focused[1]
    wide_old, wide_new = metrics.horizontalAdvance(old), metrics.horizontalAdvance(new)
    middle = Qt.TextElideMode.ElideMiddle
    if wide_old <= room // 2:  # a short side is shown whole; the other takes the rest
        new = metrics.elidedText(new, middle, room - wide_old)
    elif wide_new <= room // 2:
        old = metrics.elidedText(old, middle, room - wide_new)
    else:
        old = metrics.elidedText(old, middle, room // 2)
        new = metrics.elidedText(new, middle, room - room // 2)
    return old + ARROW + new


CONTEXT_CAP = 40  # characters of context either side of a difference, at most


def _shared(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start."""
    return next(
        (n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _window(s: str, lo: int, hi: int) -> str:
    lo, hi = max(0, lo), min(len(s), hi)
    return ("…" if lo > 0 else "") + s[lo:hi] + ("…" if hi < len(s) else "")


def _around_difference(
    metrics: QFontMetrics, old: str, new: str, room: int
) -> tuple[str, str] | None:
    """Both sides cut to the part where they differ, with as much context after and
    before it as fits ``room`` (None: the differing parts alone do not fit)."""
    head = _shared(old, new)
    tail = _shared(old[head:][::-1], new[head:][::-1])

    def cut(left: int, right: int) -> tuple[str, str] | None:
        a = _window(old, head - left, len(old) - tail + right)
        b = _window(new, head - left, len(new) - tail + right)
        fits = metrics.horizontalAdvance(a) + metrics.horizontalAdvance(b) <= room
        return (a, b) if fits else None

    best, left, right = cut(0, 0), 0, 0
    grew = best is not None
    while grew:  # one more character after, then before, while they fit
        grew = False
        for more_left, more_right in ((0, 1), (1, 0)):
            wider = (left + more_left, right + more_right)
            if wider[0] > min(head, CONTEXT_CAP) or wider[1] > min(tail, CONTEXT_CAP):
                continue
            if (got := cut(*wider)) is not None:
                best, (left, right), grew = got, wider, True
    return best


class SuggestionDelegate(QStyledItemDelegate):
    """Draws the Suggestion column cut on each side of the arrow (:func:`elide_suggestion`)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        width = option.rect.width()  # type: ignore[attr-defined]
        if style is not None:
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, widget)
            width -= 2 * (margin + 1)
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        option.text = elide_suggestion(metrics, option.text, width)  # type: ignore[attr-defined]
