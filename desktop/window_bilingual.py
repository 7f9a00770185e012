"""A bilingual file in the window: the current unit's source and target side by side.

Above the text pane (which shows the file's targets, one unit a paragraph) the
:class:`~copydesk.desktop.bilingual_view.BilingualView` shows the unit of the
current issue: the issue marked on its side, its figure, name or fragment marked
on the other.  The target shown is the one the accepted fixes make, so accepting
a fix changes it at once.  The review layer (:mod:`copydesk.checks.review_bilingual`)
says what to show; this section only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from copydesk.checks.review import FileReview, ReviewItem
from copydesk.checks.review_bilingual import BilingualReview
from copydesk.desktop.bilingual_view import BilingualView
from copydesk.desktop.textview import document_font
from copydesk.desktop.window_base import WindowBase


class WindowBilingual(WindowBase):
    """The side-by-side unit view, shown for bilingual files only."""

    bilingual_view: BilingualView
    centre_split: QSplitter

    def _with_bilingual(self, text_pane: QWidget) -> QWidget:
        """The text pane with the side-by-side view above it (hidden for plain files)."""
        self.bilingual_view = BilingualView()
        for pane in (self.bilingual_view.source, self.bilingual_view.target):
            pane.setFont(document_font())  # read as the text below is
        self.bilingual_view.setObjectName("bilingual-view")
        self.bilingual_view.hide()
        self.centre_split = QSplitter(Qt.Orientation.Vertical)
        self.centre_split.addWidget(self.bilingual_view)
        self.centre_split.addWidget(text_pane)
        # Units are mostly a sentence or two: a third of the height, the text pane the rest.
        self.centre_split.setStretchFactor(0, 1)
        self.centre_split.setStretchFactor(1, 2)
        self.centre_split.setChildrenCollapsible(False)
        return self.centre_split

    def show_bilingual_file(self, fr: FileReview | None) -> None:
        """Show the side-by-side view for a bilingual file; typing is off for one."""
        bilingual = isinstance(fr, BilingualReview)
        shown_before = self.bilingual_view.isVisibleTo(self)
        self.bilingual_view.setVisible(bilingual)
        if bilingual and not shown_before:
            total = sum(self.centre_split.sizes()) or self.centre_split.height()
            self.centre_split.setSizes([total // 3, total - total // 3])
        if bilingual and self.act_edit_text.isChecked():
            self.act_edit_text.setChecked(False)
            self.toggle_edit_mode()
        if bilingual:
            self.show_unit(None)

    def show_unit(self, it: ReviewItem | None) -> None:
        """The unit of ``it`` (or the file's first unit), its issue and counterparts marked."""
        fr = self.current
        if not isinstance(fr, BilingualReview):
            return
        if it is None or it not in fr.items:
            if fr.units:
                self.bilingual_view.show_unit(fr.units[0], None)
            return
        unit, issue, echoes = fr.shown_unit(it)
        self.bilingual_view.show_unit(unit, issue, echoes)
