"""The empty window: what to do first, and the sample article the project ships.

A window with no files shows, in place of the text, how to open articles,
translation files or a folder, and a button that opens the sample article:
the same file ``copydesk start`` checks where there is no display
(:func:`copydesk.cli.sample_article`), so a first try looks the same either way.
The window opens a copy of it in the data folder, so a corrected copy saved next
to it never goes into the installed package.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from copydesk.checks.review import FileReview
from copydesk.checks.settings import data_dir
from copydesk.desktop.window_base import WindowBase

SAMPLE_BUTTON = "Open the Sample Article"


def sample_copy() -> Path:
    """A fresh copy of the shipped sample article in the data folder (made as needed)."""
    from copydesk.cli import sample_article  # the one place that names the sample

    shipped = sample_article()
    copy = data_dir() / "sample" / shipped.name
    if not copy.exists() or copy.read_bytes() != shipped.read_bytes():
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shipped, copy)
    return copy


class WindowStart(WindowBase):
    """The page shown in place of the text while no file is open."""

    start_page: QWidget
    sample_button: QPushButton

    def _build_start_page(self) -> QWidget:
        page = self.start_page = QWidget()
        page.setObjectName("start-page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        # It asks for no more room than the text pane it stands in for: a small window
        # stays small (its lines wrap, its buttons may be cut in a very narrow one).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        page.setMinimumWidth(1)
        layout.addStretch(1)
        title = QLabel("<h2>Check articles and translations</h2>")
        title.setWordWrap(True)
        intro = QLabel(
            "Open the articles or translation files (XLIFF, TMX, PO, CSV/TSV) to check,"
            " or a whole folder; you can also drop them here. Every fix is shown for"
            " approval, and saving writes corrected copies: the originals stay as they are."
        )
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot in (
            ("Open Files…", self.choose_files),
            ("Open Folder…", self.choose_folder),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.sample_button = QPushButton(SAMPLE_BUTTON)
        self.sample_button.setToolTip(str(self._sample_path()))
        self.sample_button.clicked.connect(lambda _c=False: self.open_sample())
        sample = QLabel(
            "New to copydesk? Try it on the sample article it comes with: a short news"
            " story carrying the artifacts machine translation and scraping leave behind."
        )
        sample.setWordWrap(True)
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sample_button)
        sample_row.addStretch(1)
        for widget in (title, intro):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addSpacing(24)
        layout.addWidget(sample)
        layout.addLayout(sample_row)
        layout.addStretch(2)
        return page

    @staticmethod
    def _sample_path() -> Path:
        from copydesk.cli import sample_article

        return sample_article()

    def open_sample(self) -> list[FileReview]:
        """Open (a copy of) the shipped sample article, as ``copydesk start`` checks it."""
        try:
            path = sample_copy()
        except OSError as exc:
            self.message_bar.show_messages([f"Cannot open the sample article: {exc}"])
            return []
        return self.open_paths([path])

    def show_start_page(self, empty: bool) -> None:
        """The start page in place of the text (and the unit view) while no file is open."""
        self.start_page.setVisible(empty)
        self.centre_split.setVisible(not empty)
