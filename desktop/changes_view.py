"""The corrected text as a copy editor reads it: tracked changes in place, or clean.

Three ways to look at a file: the original with its issues highlighted (the
:class:`copydesk.desktop.textview.DocumentView`), the corrected text with every accepted
fix tracked in place as Word shows it (deleted text struck through in red,
inserted text underlined in green), and the clean corrected text. This widget
draws the last two; the runs come from :func:`copydesk.checks.tracked.tracked_runs`, so
what it shows is what saving writes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtWidgets import QTextBrowser, QWidget

from copydesk.checks.tracked import Mark, Run, corrected_text, tracked_runs, with_typed
from copydesk.desktop.session import FileReview
from copydesk.desktop.textview import document_font


class TextMode(StrEnum):
    ORIGINAL = "Original"
    TRACKED = "Tracked changes"
    CORRECTED = "Corrected"


_STYLE = {
    Mark.DELETED: "color:#b71c1c;background:#fdecea;text-decoration:line-through",
    Mark.INSERTED: "color:#1b5e20;background:#e3f2e5;text-decoration:underline",
}


def _visible(text: str, mark: Mark) -> str:
    """A changed run's HTML; a change of spaces or line breaks only is drawn with marks."""
    if text.strip():
        return html.escape(text)
    marks = text.replace(" ", "·").replace("\t", "→").replace("\u00a0", "°")
    # An inserted line break still breaks the line; a deleted one only shows its mark.
    return html.escape(marks.replace("\n", "↵\n" if mark == Mark.INSERTED else "↵"))


def tracked_html(runs: Sequence[Run]) -> str:
    """The runs as HTML for a QTextBrowser, line breaks and spaces kept."""
    parts = []
    for run in runs:
        if run.mark == Mark.KEPT:
            parts.append(html.escape(run.text))
        else:
            title = html.escape(f"{run.mark}: {run.rule}", quote=True)
            body = _visible(run.text, run.mark)
            parts.append(f'<span style="{_STYLE[run.mark]}" title="{title}">{body}</span>')
    return f'<div style="white-space:pre-wrap">{"".join(parts)}</div>'


class ChangesView(QTextBrowser):
    """Read-only: the tracked or the clean corrected text of one file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(document_font())
        self.setOpenLinks(False)
        self.document().setDocumentMargin(12)
        self.mode = TextMode.TRACKED
        self.runs: list[Run] = []

    def show_file(self, fr: FileReview | None, mode: TextMode) -> None:
        runs = []
        if fr is not None:
            runs = tracked_runs(fr.text, fr.accepted_edits(), whole=fr.whole_texts())
            runs = with_typed(runs, fr.untyped, fr.text)  # the editor's own edits too
        self.show_runs(runs, mode)

    def show_runs(self, runs: Sequence[Run], mode: TextMode) -> None:
        self.mode, self.runs = mode, list(runs)
        if mode == TextMode.TRACKED:
            self.setHtml(tracked_html(self.runs))
        else:
            self.setPlainText(corrected_text(self.runs))

    def change_count(self) -> int:
        return sum(run.mark == Mark.INSERTED or run.mark == Mark.DELETED for run in self.runs)
