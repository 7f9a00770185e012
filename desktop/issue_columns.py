"""How wide the issue list's columns are: the message is what a person reads, so it stretches.

Line and Decision are as wide as the widest thing they can show (every status word,
so "superseded" is never cut to "supers…" after a decision elsewhere changes it), and
the Message takes the rest, never less than ``MESSAGE_SHARE`` of what Rule, Message and
Suggestion share, so the Decision stays in view without a horizontal scroll bar.  The
Rule column is shown when it fits whole beside a suggestion of a word or two; in a narrower panel
(1366×768) it is left out rather than cut to a stub: the rule is in each row's tooltip,
the filter box and the detail's title.  A suggestion too long for its column is cut in
the middle, so both what it replaces and what with stay in view.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

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


class ElideDelegate(QStyledItemDelegate):
    """Draws a column's cells elided where it says (the table has one mode for all)."""

    def __init__(self, mode: Qt.TextElideMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = self.mode  # type: ignore[attr-defined]
