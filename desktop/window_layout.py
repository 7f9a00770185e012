"""The window's widgets: file list | document | issues, the message bar and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from copydesk.desktop.issuepanel import IssuePanel
from copydesk.desktop.message_bar import MessageBar
from copydesk.desktop.models import FileListModel
from copydesk.desktop.textview import DocumentView
from copydesk.desktop.window_base import WindowBase


class WindowLayout(WindowBase):
    """The widgets and their wiring; window geometry kept between runs."""

    def _build_ui(self) -> None:
        self.files_model = FileListModel(self.session)
        self.file_view = QTreeView()
        self.file_view.setModel(self.files_model)
        self.file_view.setRootIsDecorated(False)
        self.file_view.setUniformRowHeights(True)
        self.file_view.setAlternatingRowColors(True)
        self.file_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.file_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.file_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: ResizeToContents would read every row on every update.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 48)
        header.resizeSection(2, 76)

        self.view = DocumentView()
        self.view.setAcceptDrops(False)
        self.issue_panel = IssuePanel()
        self.message_bar = MessageBar()

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        self.doc_title = QLabel("No file open")
        self.doc_title.setContentsMargins(8, 4, 8, 4)
        self.doc_title.setStyleSheet("font-weight:600")
        centre_layout.addWidget(self.doc_title)
        centre_layout.addWidget(self._with_bilingual(self._build_text_stack()))
        centre_layout.addWidget(self._build_start_page())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.file_view)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.issue_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([250, 640, 550])
        self.splitter.setChildrenCollapsible(False)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.message_bar)
        body_layout.addWidget(self.splitter)
        self.setCentralWidget(body)

        bar = self.statusBar()
        self.counts_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop checking (results so far are kept)")
        self.lt_label = QLabel()
        self.lt_label.setContentsMargins(8, 0, 4, 0)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.lt_label)
        self.progress.hide()
        self.cancel_button.hide()
        self._update_counts()

    def _connect(self) -> None:
        self.file_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._on_file_row(self._file_at(cur))
        )
        self.issue_panel.itemSelected.connect(self._on_item_selected)
        self.issue_panel.acceptVerb.connect(self._on_accept_verb)
        self.issue_panel.relatedActivated.connect(self.go_to_location)
        self.issue_panel.describe_location = self.location_label
        self.issue_panel.accept_button.clicked.connect(lambda: self.accept_current())
        self.issue_panel.acceptRequested.connect(self._accept_typed)
        self.issue_panel.reject_button.clicked.connect(lambda: self.reject_current())
        self.issue_panel.rule_file_accept.clicked.connect(self.act_rule_file_accept.trigger)
        self.issue_panel.rule_file_reject.clicked.connect(self.act_rule_file_reject.trigger)
        self.issue_panel.rule_batch_accept.clicked.connect(self.act_rule_batch_accept.trigger)
        self.issue_panel.rule_batch_reject.clicked.connect(self.act_rule_batch_reject.trigger)
        self.view.itemClicked.connect(lambda it: self.issue_panel.select_key(it.key))
        self.view.textTyped.connect(self._on_text_typed)
        self.cancel_button.clicked.connect(self.cancel_check)
        self.signals.filesChanged.connect(self._on_files_changed)
        self.signals.textEdited.connect(self._on_text_edited)
        self.signals.decisionUndone.connect(self._on_decision_undone)
        self.signals.serviceStatus.connect(self._show_service)
        self.signals.statusMessage.connect(lambda m: self.statusBar().showMessage(m, 6000))
        self.undo_stack.cleanChanged.connect(lambda _c: self._update_actions())

    def _restore_geometry(self) -> None:
        geometry = self.qsettings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.qsettings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        # One output folder for every batch (before output_dirs): it is no batch's choice.
        self.qsettings.remove("output_dir")
