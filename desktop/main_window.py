"""The main window: file list | document | issues, with menus, toolbar and status bar."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from importlib.resources import files
from pathlib import Path

import PySide6
from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, qVersion
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from checks.about import components
from checks.apply import apply_edits
from checks.decisions import Decision, Verdict
from checks.document import DocumentError
from checks.engine import Engine, FileResult
from checks.files import OutputPlanError
from checks.model import Edit, Issue, Location
from checks.registry import REGISTRY
from checks.report import write_report
from checks.service import LANGUAGETOOL, ServiceState, ServiceStatus
from checks.settings import Settings, config_dir, load_settings, save_settings
from desktop import workers
from desktop.commands import DecideCommand, DecisionChange, TextEditCommand
from desktop.dialogs import DiffDialog, SettingsDialog
from desktop.issuepanel import IssuePanel
from desktop.models import FileListModel, FileRole
from desktop.session import FileReview, ReviewItem, Session, backup_path, kept
from desktop.signals import AppSignals
from desktop.textview import DocumentView, document_font

EngineFactory = Callable[[Settings], Engine]
Shortcut = QKeySequence | QKeySequence.StandardKey | str

MAX_RECENT = 10
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


class MessageBar(QWidget):
    """A dismissable banner for errors and warnings; never a modal box for a file problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton("✕")
        close.setFlat(True)
        close.setFixedWidth(28)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        # Its text's height, never more: a Preferred bar took a third of a tall window.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAutoFillBackground(True)
        self.setStyleSheet("MessageBar{background:#fff4ce;border-bottom:1px solid #e0c060}")
        self.messages: list[str] = []
        self.hide()

    def show_messages(self, messages: Iterable[str]) -> None:
        self.messages = list(messages)
        if not self.messages:
            return
        shown = self.messages[:6]
        more = len(self.messages) - len(shown)
        text = "\n".join(shown) + (f"\n… and {more} more" if more > 0 else "")
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings | None = None,
        engine_factory: EngineFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        warning = None
        if settings is None:
            settings, warning = load_settings()
        self.settings = settings
        self.engine_factory: EngineFactory = engine_factory or (lambda s: Engine(s))
        self.engine = self.engine_factory(self.settings)
        self.signals = AppSignals(self)
        self.session = Session()
        self.undo_stack = QUndoStack(self)
        self.qsettings = QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
        self.output_dir: Path | None = None
        self.current: FileReview | None = None
        self.job: workers.CheckJob | None = None
        self._generation = 0
        self._jobs: list[workers.QRunnable] = []  # keep Python jobs alive until they finish
        self._pending_recheck: set[int] = set()
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(1200)
        self._recheck_timer.timeout.connect(self._recheck_pending)
        # Counting every file's open issues after each result would be quadratic in a
        # big batch: coalesce the status-bar counts.
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(150)
        self._counts_timer.timeout.connect(self._update_counts)

        self.setWindowTitle("copydesk")
        self.setWindowIcon(QIcon(str(files("resources") / "icons" / "copydesk.svg")))
        self.setAcceptDrops(True)
        self.resize(1440, 880)
        self._build_ui()
        self._build_actions()
        self._build_menus()
        self._connect()
        self._restore_geometry()
        self._update_actions()
        self._update_counts()
        self._unsubscribe_lt = LANGUAGETOOL.subscribe(self.signals.serviceStatus.emit)
        self._show_service(LANGUAGETOOL.status)
        self._warm_up_languagetool()
        if warning:
            self.message_bar.show_messages([warning])

    # Methods: building

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
        centre_layout.addWidget(self.view)

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

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: Shortcut | Sequence[Shortcut] | None = None,
        tip: str = "",
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            keys: Sequence[Shortcut] = (
                shortcut if isinstance(shortcut, list | tuple) else [shortcut]  # type: ignore[list-item]
            )
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_open = self._action(
            "&Open Files…", self.choose_files, QKeySequence.StandardKey.Open,
            "Open one or more text files", sp.SP_DialogOpenButton,
        )  # fmt: skip
        self.act_open_folder = self._action(
            "Open &Folder…", self.choose_folder, "Ctrl+Shift+O",
            "Open every .txt and .md file in a folder", sp.SP_DirOpenIcon,
        )  # fmt: skip
        self.act_recheck = self._action(
            "&Re-check All", self.recheck_all, "F5", "Check every file again", sp.SP_BrowserReload
        )
        self.act_cancel = self._action("Cancel Check", self.cancel_check, "Ctrl+.", "Stop checking")
        self.act_save = self._action(
            "&Save File…", self.save_current, QKeySequence.StandardKey.Save,
            "Review and save this file's corrected copy to the output folder",
            sp.SP_DialogSaveButton,
        )  # fmt: skip
        self.act_save_all = self._action(
            "Save &All…", self.save_all, "Ctrl+Shift+S",
            "Review and save every file's corrected copy to the output folder",
        )  # fmt: skip
        self.act_save_over = self._action(
            "Save Over Original…", self.save_over_original, None,
            "Replace the original file (a .bak backup is kept)",
        )  # fmt: skip
        self.act_output = self._action(
            "Output Folder…", self.choose_output_dir, None, "Where corrected copies are saved"
        )
        self.act_diff = self._action(
            "Show &Changes…", self.show_current_diff, "Ctrl+D", "Original against corrected text"
        )
        self.act_report = self._action(
            "&Export Report…", self.choose_report, "Ctrl+E",
            "Write the accepted changes of all files as HTML or CSV", sp.SP_FileDialogDetailedView,
        )  # fmt: skip
        self.act_quit = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)

        self.act_undo = self.undo_stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.act_undo.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.act_redo = self.undo_stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        # The toolbar gets short fixed labels; the menu items say what would be undone.
        self.tool_undo = QAction(self.act_undo.icon(), "Undo", self)
        self.tool_undo.triggered.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.tool_undo.setEnabled)
        self.tool_undo.setEnabled(False)
        self.tool_redo = QAction(self.act_redo.icon(), "Redo", self)
        self.tool_redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canRedoChanged.connect(self.tool_redo.setEnabled)
        self.tool_redo.setEnabled(False)
        self.undo_stack.undoTextChanged.connect(lambda t: self.tool_undo.setToolTip(f"Undo {t}"))
        self.undo_stack.redoTextChanged.connect(lambda t: self.tool_redo.setToolTip(f"Redo {t}"))
        self.act_edit_text = self._action(
            "Edit Text &Directly", self.toggle_edit_mode, "Ctrl+T",
            "Type in the document; the file is re-checked when you pause",
        )  # fmt: skip
        self.act_edit_text.setCheckable(True)
        self.act_settings = self._action(
            "&Settings…", self.open_settings, "Ctrl+,", "Checks, glossary, LanguageTool"
        )

        self.act_next = self._action(
            "&Next Issue", self.next_issue, ["F8", "Alt+Down"], "Go to the next open issue",
            sp.SP_ArrowDown,
        )  # fmt: skip
        self.act_prev = self._action(
            "&Previous Issue", self.previous_issue, ["Shift+F8", "Alt+Up"],
            "Go to the previous open issue", sp.SP_ArrowUp,
        )  # fmt: skip
        self.act_accept = self._action(
            "&Accept", self.accept_current, ["Ctrl+Return", "Ctrl+Enter"],
            "Accept the chosen replacement and go to the next issue", sp.SP_DialogApplyButton,
        )  # fmt: skip
        self.act_reject = self._action(
            "&Reject", self.reject_current, ["Ctrl+Backspace"],
            "Ignore this issue and go to the next one", sp.SP_DialogCancelButton,
        )  # fmt: skip
        self.act_edit_replacement = self._action(
            "Edit Replacement", self.edit_replacement, "F2", "Type your own replacement"
        )
        self.act_rule_file_accept = self._action(
            "Accept Rule in File", lambda: self.decide_rule(True, batch=False)
        )
        self.act_rule_file_reject = self._action(
            "Reject Rule in File", lambda: self.decide_rule(False, batch=False)
        )
        self.act_rule_batch_accept = self._action(
            "Accept Rule in All Files", lambda: self.decide_rule(True, batch=True)
        )
        self.act_rule_batch_reject = self._action(
            "Reject Rule in All Files", lambda: self.decide_rule(False, batch=True)
        )
        self.act_mono = self._action("&Monospace Font", self.toggle_monospace)
        self.act_mono.setCheckable(True)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu("&File")
        menu.addActions([self.act_open, self.act_open_folder])
        self.recent_menu = menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        menu.addActions([self.act_recheck, self.act_cancel])
        menu.addSeparator()
        menu.addActions([self.act_diff, self.act_save, self.act_save_all, self.act_save_over])
        menu.addAction(self.act_output)
        menu.addAction(self.act_report)
        menu.addSeparator()
        menu.addAction(self.act_quit)

        menu = self.menuBar().addMenu("&Edit")
        menu.addActions([self.act_undo, self.act_redo])
        menu.addSeparator()
        menu.addAction(self.act_edit_text)
        menu.addSeparator()
        menu.addAction(self.act_settings)

        menu = self.menuBar().addMenu("Re&view")
        menu.addActions([self.act_next, self.act_prev, self.act_accept, self.act_reject])
        menu.addAction(self.act_edit_replacement)
        menu.addSeparator()
        menu.addActions([self.act_rule_file_accept, self.act_rule_file_reject])
        menu.addActions([self.act_rule_batch_accept, self.act_rule_batch_reject])

        menu = self.menuBar().addMenu("&View")
        menu.addAction(self.act_mono)

        menu = self.menuBar().addMenu("&Help")
        menu.addAction("Keyboard Shortcuts", self.show_shortcuts)
        menu.addAction("&About copydesk", self.show_about)

        tools = QToolBar("Main")
        tools.setObjectName("main-toolbar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.setMovable(False)
        tools.addActions([self.act_open, self.act_open_folder, self.act_recheck])
        tools.addSeparator()
        tools.addActions([self.act_prev, self.act_next, self.act_accept, self.act_reject])
        tools.addSeparator()
        tools.addActions([self.tool_undo, self.tool_redo])
        tools.addSeparator()
        tools.addActions([self.act_save, self.act_report])
        self.addToolBar(tools)

    def _connect(self) -> None:
        self.file_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_file(self._file_at(cur))
        )
        self.issue_panel.itemSelected.connect(self._on_item_selected)
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
        out = self.qsettings.value("output_dir")
        if isinstance(out, str) and out:
            self.output_dir = Path(out)

    # Methods: opening and checking

    def open_paths(self, paths: Iterable[str | Path]) -> list[FileReview]:
        """Open files and folders; problems show in the message bar, never as a crash."""
        names = [str(p) for p in paths]
        try:
            added, errors = self.session.open_paths(names)
        except OSError as exc:
            self.message_bar.show_messages([f"Cannot open: {exc}"])
            return []
        self.files_model.reset()
        for p in names:
            self._add_recent(p)
        if errors:
            self.message_bar.show_messages(errors)
        readable = [f for f in added if f.doc is not None]
        if not added and not errors:
            self.message_bar.show_messages([f"No .txt or .md files in {', '.join(names)}"])
        if readable:
            self.start_check(None)
        if self.current is None and added:
            self._select_file(readable[0] if readable else added[0])
        self._update_counts()
        self._update_actions()
        return added

    def start_check(self, targets: Iterable[FileReview] | None) -> None:
        """Check ``targets`` (None: every file) in the background, the whole batch as context."""
        wanted = {id(f) for f in (targets if targets is not None else self.session.readable())}
        if self.job is not None:
            # Fold the unfinished part of the running job into the new one.
            wanted |= {id(f) for f in self.session.files if f.checking}
            self.job.cancel()
        files = [f for f in self.session.readable() if id(f) in wanted]
        if not files:
            return
        self._generation += 1
        members = self.session.members()
        paths = None if len(files) == len(members) else [str(f.path) for f in files]
        job = workers.CheckJob(self._generation, self.engine, members, paths)
        job.signals.filesDone.connect(self._on_files_done)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        for f in files:
            f.checking = True
        self.files_model.all_changed()
        self.job = job
        self._jobs.append(job)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.setFormat(f"Checking %v of {len(files)}")
        self.progress.show()
        self.cancel_button.show()
        workers.start(job)
        self._update_actions()

    def cancel_check(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.statusBar().showMessage("Cancelling…")

    def recheck_all(self) -> None:
        self.start_check(None)

    @property
    def checking(self) -> bool:
        return self.job is not None

    # Methods: showing

    def show_file(self, fr: FileReview | None) -> None:
        if fr is self.current and fr is not None:
            return
        self.current = fr
        self.view.show_file(fr)
        self.issue_panel.set_file(fr)
        if fr is None:
            self.doc_title.setText("No file open")
        else:
            label = fr.doc.encoding_label if fr.doc else "not readable"
            self.doc_title.setText(f"{fr.name}  ·  {label}")
            if fr.error:
                self.message_bar.show_messages([fr.error])
            self.view.setReadOnly(not self.act_edit_text.isChecked() or fr.doc is None)
        self._update_actions()

    def _file_at(self, index: QModelIndex) -> FileReview | None:
        fr = self.files_model.data(index, FileRole)
        return fr if isinstance(fr, FileReview) else None

    def _select_file(self, fr: FileReview) -> None:
        row = self.files_model.row_of(fr)
        if row >= 0:
            self.file_view.setCurrentIndex(self.files_model.index(row, 0))

    def go_to_location(self, loc: Location) -> None:
        fr = self.session.by_path(loc.path)
        if fr is None:
            self.statusBar().showMessage(f"{loc.path} is not open", 5000)
            return
        self._select_file(fr)
        for it in fr.items:
            if it.issue.offset <= loc.offset < max(it.issue.end, it.issue.offset + 1):
                self.issue_panel.select_key(it.key)
                return
        # No issue there (the other spelling may be the right one): show the place itself.
        self.view.show_offset(loc.offset)

    def location_label(self, loc: Location) -> str:
        """``name:line`` of a place in another file (its line in that file's text now)."""
        fr = self.session.by_path(loc.path)
        if fr is None:
            return Path(loc.path).name
        return f"{fr.name}:{fr.line_of(min(loc.offset, len(fr.text)))}"

    def select_item(self, it: ReviewItem) -> None:
        self.issue_panel.select_key(it.key)

    # Methods: deciding

    def current_item(self) -> ReviewItem | None:
        return self.issue_panel.current_item()

    def decide(self, it: ReviewItem, decision: Decision | None, label: str) -> None:
        fr = self.current
        if fr is None:
            return
        change = DecisionChange(fr, it.key, fr.decision(it), decision)
        self.undo_stack.push(DecideCommand(self.signals, [change], label))

    def accept_current(self, replacement: str | None = None) -> None:
        it = self.current_item()
        if it is None:
            return
        if replacement is None:
            replacement = self.issue_panel.chosen_replacement()
        if replacement is None:
            self.statusBar().showMessage("Nothing to apply: type a replacement first (F2)", 5000)
            return
        fr = self.current
        if fr is not None and replacement == it.issue.matched(fr.text):
            # Nothing would change (a flag-only issue, or the text typed back): keep it as is.
            self.decide(it, kept(replacement), f"Keep {it.issue.rule}")
            self.next_issue()
            return
        verdict = Verdict.ACCEPTED if replacement in it.issue.replacements else Verdict.EDITED
        if not self._accept_without_overlap(it, Decision(verdict, replacement)):
            return
        if (
            fr is not None
            and verdict == Verdict.EDITED
            and "\n" not in replacement
            and _BLANK_LINE.search(it.issue.matched(fr.text))
        ):
            self.message_bar.show_messages(
                [
                    f"Your replacement at line {fr.line_of(it.issue.offset)} has no line break"
                    " where the text had a blank line: it joins two paragraphs. Ctrl+Z undoes it."
                ]
            )
        self.next_issue()

    def _accept_without_overlap(self, it: ReviewItem, decision: Decision) -> bool:
        """Record ``decision`` unless its edit would be skipped when saving; True when recorded.

        Overlapping edits cannot both be applied (checks.apply skips the later
        one), so the window never shows both as accepted: an accepted fix that
        lies inside the new one is replaced by it (one undo step); any other
        overlap is refused with a message naming the fix in the way.
        """
        fr = self.current
        if fr is None or decision.replacement is None:
            return False
        label = f"Accept {it.issue.rule}"
        conflicts = fr.conflicting_items(it.issue.edit(decision.replacement), exclude=it.key)
        inside = [
            c
            for c in conflicts
            if it.issue.offset <= c.issue.offset and c.issue.end <= it.issue.end
        ]
        if len(inside) != len(conflicts):
            other = next(c for c in conflicts if c not in inside)
            self.message_bar.show_messages(
                [
                    f"Not accepted: {it.issue.rule} at line {fr.line_of(it.issue.offset)} overlaps"
                    f" the accepted fix {other.issue.rule} at line"
                    f" {fr.line_of(other.issue.offset)}; undo that one first."
                ]
            )
            return False
        changes = [DecisionChange(fr, c.key, fr.decision(c), None) for c in inside]
        changes.append(DecisionChange(fr, it.key, fr.decision(it), decision))
        if inside:
            label += f" (replaces {', '.join(c.issue.rule for c in inside)})"
            self.message_bar.show_messages(
                [
                    f"{it.issue.rule} at line {fr.line_of(it.issue.offset)} covers the accepted"
                    f" fix {c.issue.rule} at line {fr.line_of(c.issue.offset)}: that fix is"
                    " undone and replaced by this one (Ctrl+Z brings it back)."
                    for c in inside
                ]
            )
        self.undo_stack.push(DecideCommand(self.signals, changes, label))
        return True

    def _accept_typed(self) -> None:
        """Enter in the replacement box: accept, then give the keys back to the issue list.

        Left in the box, Ctrl+Z would undo the typing instead of the decision.
        """
        self.accept_current()
        self.issue_panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject_current(self) -> None:
        it = self.current_item()
        if it is None:
            return
        self.decide(it, Decision(Verdict.REJECTED), f"Reject {it.issue.rule}")
        self.next_issue()

    def edit_replacement(self) -> None:
        if self.current_item() is not None:
            self.issue_panel.replacement.setFocus()
            line_edit = self.issue_panel.replacement.lineEdit()
            if line_edit is not None:
                line_edit.selectAll()

    def decide_rule(self, accept: bool, *, batch: bool, rule: str | None = None) -> int:
        """Accept (first replacement) or reject every open issue of a rule; one undo step."""
        if rule is None:
            it = self.current_item()
            if it is None:
                return 0
            rule = it.issue.rule
        files = None if batch else ([self.current] if self.current else [])
        changes = []
        overlapping = 0
        pending: dict[int, list[Edit]] = {}
        for fr, item in self.session.items_of_rule(rule, files):
            if not fr.is_open(item):
                continue
            if accept and not item.issue.replacements:
                continue
            if accept:
                edit = item.issue.edit(item.issue.replacements[0])
                mine = pending.setdefault(id(fr), [])
                # An edit that could not be applied with one already accepted stays open.
                if fr.conflicting_items(edit) or any(
                    apply_edits(fr.text, [e, edit]).skipped for e in mine
                ):
                    overlapping += 1
                    continue
                mine.append(edit)
            decision = (
                Decision(Verdict.ACCEPTED, item.issue.replacements[0])
                if accept
                else Decision(Verdict.REJECTED)
            )
            changes.append(DecisionChange(fr, item.key, None, decision))
        if overlapping:
            self.message_bar.show_messages(
                [
                    f"{overlapping} × {rule} left open: each overlaps a fix already accepted;"
                    " decide them one by one."
                ]
            )
        if changes:
            verb = "Accept" if accept else "Reject"
            where = "all files" if batch else "file"
            label = f"{verb} {len(changes)} × {rule} in {where}"
            self.undo_stack.push(DecideCommand(self.signals, changes, label))
            self.statusBar().showMessage(label, 5000)
        return len(changes)

    def next_issue(self) -> None:
        self._step(+1)

    def previous_issue(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        """Go to the next (or previous) open issue the filters show, on into the next files."""
        fr = self.current
        if fr is None:
            return
        it = self.current_item()
        items = fr.items
        pos = next((i for i, x in enumerate(items) if it is not None and x.key == it.key), None)
        if pos is None:
            pos = -1 if direction > 0 else len(items)
        rng = range(pos + 1, len(items)) if direction > 0 else range(pos - 1, -1, -1)
        wanted = self.issue_panel.proxy.matches
        for i in rng:
            if fr.is_open(items[i]) and wanted(items[i]):
                self.issue_panel.select_key(items[i].key)
                return
        files = self.session.files
        start = files.index(fr)
        order = files[start + 1 :] if direction > 0 else list(reversed(files[:start]))
        for other in order:
            candidates = [x for x in other.items if other.is_open(x) and wanted(x)]
            if candidates:
                self._select_file(other)
                self.issue_panel.select_key(candidates[0 if direction > 0 else -1].key)
                return
        self.statusBar().showMessage("No more open issues", 4000)

    # Methods: editing text

    def toggle_edit_mode(self) -> None:
        on = self.act_edit_text.isChecked()
        self.view.setReadOnly(not on or self.current is None or self.current.doc is None)
        self.statusBar().showMessage(
            "Editing the text: the typed text becomes the file's text; it is re-checked as"
            " you pause"
            if on
            else "Text is read-only; decide with Accept / Reject",
            6000,
        )
        if on:
            self.view.setFocus()

    def _schedule_recheck(self, fr: FileReview) -> None:
        self._pending_recheck.add(id(fr))
        self._recheck_timer.start()

    def _recheck_pending(self) -> None:
        files = [f for f in self.session.files if id(f) in self._pending_recheck]
        self._pending_recheck.clear()
        if files:
            self.start_check(files)

    # Methods: saving

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_unsaved(self, count: int) -> str:
        """'save', 'discard' or 'cancel' when closing with unsaved decisions (tests replace it)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Unsaved decisions")
        box.setText(f"{count} file(s) have decisions that are not saved.")
        box.setInformativeText("Save the corrected copies before closing?")
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def confirm_diff(self, files: Sequence[FileReview], target: str) -> bool:
        """Show original against corrected text; True to go on saving (tests replace it)."""
        return DiffDialog(files, target, self).exec() == DiffDialog.DialogCode.Accepted

    def effective_output_dir(self) -> Path | None:
        return self.output_dir or self.session.default_output_dir()

    def save_current(self) -> bool:
        return self.save_files([self.current] if self.current else [])

    def save_all(self) -> bool:
        return self.save_files(self.session.readable())

    def save_files(
        self, files: Sequence[FileReview], *, overwrite: bool = False, reviewed: bool = False
    ) -> bool:
        """Show the diff (unless ``reviewed``), then save; True when every file was saved."""
        files = [f for f in files if f.doc is not None]
        if not files:
            return True
        out = self.effective_output_dir()
        target = "the original files (with .bak backups)" if overwrite else str(out)
        if not reviewed and not self.confirm_diff(files, target):
            return False
        skipped = [
            f"{fr.name}:{fr.line_of(e.offset)} {e.rule}"
            for fr in files
            for e in fr.corrected().skipped
        ]
        errors: list[str] = []
        blocked = None if overwrite else self._output_blocked(out)
        targets: dict[FileReview, Path] = {}
        if blocked is None and not overwrite and out is not None:
            # Every target is planned before anything is written: a refusal writes nothing.
            try:
                targets = self.session.plan_targets(out)
            except OutputPlanError as exc:
                blocked = str(exc)
        if blocked is not None:
            errors.append(blocked)
        saved = 0
        for fr in files if blocked is None else []:
            try:
                fr.save(targets.get(fr), overwrite=overwrite)
                saved += 1
            except (DocumentError, OSError) as exc:
                errors.append(str(exc))
            self.files_model.file_changed(fr)
        where = "over the originals" if overwrite else f"to {out}"
        messages: list[str] = []
        if errors and not saved:
            status = f"Nothing saved: {errors[0]}"
            messages += [f"{status} (your decisions are kept; fix it and save again)", *errors[1:]]
        elif errors:
            status = f"Saved {saved} of {len(files)} file(s) {where}; {len(errors)} not saved"
            messages += [
                f"{len(errors)} file(s) not saved (your decisions are kept; fix the problem"
                " and save again):",
                *errors,
            ]
        else:
            status = f"Saved {saved} file(s) {where}"
        if skipped:
            messages += [
                "These accepted fixes overlap another accepted fix and are NOT in the saved"
                " text (undo one of each pair to choose):",
                *skipped,
            ]
        if messages:
            self.message_bar.show_messages(messages)
        self.statusBar().showMessage(status, 8000)
        self._update_counts()
        return not errors

    @staticmethod
    def _output_blocked(out: Path | None) -> str | None:
        """Why nothing can be saved into ``out`` (a file sits where a folder must be), or None."""
        if out is None:
            return "no output folder chosen (File > Output Folder…)"
        for p in (out, *out.parents):
            if p.exists():
                if p.is_dir():
                    return None
                return (
                    f"{p} is a file, not a folder; choose another output folder"
                    " (File > Output Folder…)"
                )
        return None

    def save_over_original(self) -> bool:
        if self.current is None:
            return False
        if not self.ask(
            "Overwrite the original?",
            f"Replace {self.current.path} with the corrected text?\n"
            f"The original is kept as {backup_path(self.current.path).name} next to it.",
        ):
            return False
        return self.save_files([self.current], overwrite=True)

    def choose_output_dir(self) -> None:
        start = str(self.effective_output_dir() or Path.home())
        path = QFileDialog.getExistingDirectory(self, "Output folder", start)
        if not path:
            return
        try:
            self.session.plan_targets(Path(path))
        except OutputPlanError as exc:
            self.message_bar.show_messages([f"Output folder not changed: {exc}"])
            return
        self.output_dir = Path(path)
        self.qsettings.setValue("output_dir", path)

    def show_current_diff(self) -> None:
        fr = self.current
        if fr is None or fr.doc is None:
            return
        # The same dialog Ctrl+S shows: its Save button saves, as Ctrl+S would.
        if self.confirm_diff([fr], str(self.effective_output_dir())):
            self.save_files([fr], reviewed=True)

    def export_report(self, path: Path) -> bool:
        try:
            write_report(path, self.session.report_rows())
        except (OSError, ValueError) as exc:
            self.message_bar.show_messages([f"Report not written: {exc}"])
            return False
        self.statusBar().showMessage(f"Report written to {path}", 8000)
        return True

    def choose_report(self) -> None:
        start = str((self.effective_output_dir() or Path.home()) / "copydesk-report.html")
        path, _ = QFileDialog.getSaveFileName(
            self, "Export report", start, "HTML (*.html);;CSV (*.csv)"
        )
        if path:
            self.export_report(Path(path))

    # Methods: settings, recent files, status

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, REGISTRY.all(), self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.apply_settings(dialog.result_settings())

    def apply_settings(self, settings: Settings) -> None:
        try:
            save_settings(settings)
        except OSError as exc:
            self.message_bar.show_messages([f"Settings not saved: {exc}"])
        self.settings = settings
        self.engine = self.engine_factory(settings)
        self._show_service(LANGUAGETOOL.status)
        self._warm_up_languagetool()
        if self.session.readable():
            self.start_check(None)

    def _warm_up_languagetool(self) -> None:
        warm = LANGUAGETOOL.warm_up
        if warm is None or not self.settings.languagetool.enabled:
            return
        settings = self.settings
        job = workers.CallJob(lambda: warm(settings))
        job.signals.error.connect(
            lambda msg: self._show_service(ServiceStatus(ServiceState.UNAVAILABLE, msg))
        )
        job.signals.finished.connect(lambda: self._jobs.remove(job) if job in self._jobs else None)
        self._jobs.append(job)
        workers.start(job)

    def _show_service(self, status: ServiceStatus) -> None:
        if not self.settings.languagetool.enabled:
            status = ServiceStatus(ServiceState.OFF, "turned off in Settings")
        colour = {
            ServiceState.READY: "#2e7d32",
            ServiceState.STARTING: "#1f5fa8",
            ServiceState.UNAVAILABLE: "#b71c1c",
        }.get(status.state, "#6b6b6b")
        self.lt_label.setText(f'LanguageTool: <span style="color:{colour}">{status.state}</span>')
        self.lt_label.setToolTip(status.line(LANGUAGETOOL.name))

    def _add_recent(self, path: str) -> None:
        full = str(Path(path).resolve())
        recent = [p for p in self._recent() if p != full]
        self.qsettings.setValue("recent", [full, *recent][:MAX_RECENT])

    def _recent(self) -> list[str]:
        value = self.qsettings.value("recent") or []
        return [str(v) for v in (value if isinstance(value, list) else [value])]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for p in self._recent():
            action = self.recent_menu.addAction(p)
            action.triggered.connect(lambda _c=False, p=p: self.open_paths([p]))
        if not self.recent_menu.actions():
            self.recent_menu.addAction("(none)").setEnabled(False)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Open files", "", "Text (*.txt *.md);;All files (*)"
        )
        if paths:
            self.open_paths(paths)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Open folder")
        if path:
            self.open_paths([path])

    def about_html(self) -> str:
        rows = [
            *components(self.settings),
            ("Qt (PySide6)", f"{qVersion()} ({PySide6.__version__})"),
        ]
        table = "".join(
            f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in rows
        )
        return (
            "<h3>copydesk</h3><p>Finds and fixes the artifacts of machine translation and "
            "scraping in articles; every fix is shown for approval before anything is saved.</p>"
            f"<table cellpadding='3'>{table}</table>"
        )

    def show_about(self) -> None:
        QMessageBox.about(self, "About copydesk", self.about_html())

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every action with a shortcut, under a fixed name (not "Undo Accept 14 × …")."""
        fixed = {
            id(self.act_undo): "Undo",
            id(self.act_redo): "Redo",
            id(self.act_accept): "Accept / Keep",
        }
        rows = []
        for a in self.actions():
            keys = a.shortcuts()
            if not keys:
                continue
            name = fixed.get(id(a)) or a.text().replace("&", "").rstrip("…")
            native = QKeySequence.SequenceFormat.NativeText
            rows.append((name, ", ".join(k.toString(native) for k in keys)))
        return rows

    def show_shortcuts(self) -> None:
        table = "".join(
            f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(keys)}</b></td></tr>"
            for name, keys in self.shortcut_rows()
        )
        QMessageBox.information(
            self, "Keyboard shortcuts", f"<table cellpadding='3'>{table}</table>"
        )

    def toggle_monospace(self) -> None:
        self.view.setFont(document_font(self.act_mono.isChecked()))

    def _update_counts(self) -> None:
        files = self.session.files
        open_total = sum(f.open_count() for f in files)
        decided = sum(len(f.store.decisions) for f in files)
        self.counts_label.setText(
            f"{len(files)} file(s) · {open_total} open · {decided} decided"
            + (
                f" · {len(self.session.dirty_files())} unsaved"
                if self.session.dirty_files()
                else ""
            )
        )

    def _update_actions(self) -> None:
        has_file = self.current is not None and self.current.doc is not None
        for a in (self.act_save, self.act_save_over, self.act_diff, self.act_edit_text):
            a.setEnabled(has_file)
        has_any = bool(self.session.readable())
        for a in (self.act_save_all, self.act_report, self.act_recheck):
            a.setEnabled(has_any)
        self.act_cancel.setEnabled(self.checking)

    # Events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        dirty = self.session.dirty_files()
        if dirty:
            answer = self.ask_unsaved(len(dirty))
            if answer == "cancel" or (answer == "save" and not self.save_files(dirty)):
                event.ignore()
                return
        if self.job is not None:
            self.job.cancel()
        self._unsubscribe_lt()
        self.qsettings.setValue("geometry", self.saveGeometry())
        self.qsettings.setValue("splitter", self.splitter.saveState())
        self.qsettings.sync()
        event.accept()

    # Private Slots

    def _on_files_done(
        self, generation: int, results: list[tuple[str, FileResult, list[tuple[Issue, str]]]]
    ) -> None:
        if generation != self._generation:
            return
        for text, result, keyed in results:
            self._take_result(text, result, keyed)
        self._counts_timer.start()

    def _take_result(self, text: str, result: FileResult, keyed: list[tuple[Issue, str]]) -> None:
        fr = self.session.by_path(result.path)
        if fr is None:
            return
        if fr.text != text:
            # Edited while being checked: these offsets are stale.
            fr.checking = False
            self._schedule_recheck(fr)
            return
        keep = self.current_item() if fr is self.current else None
        fr.set_keyed(keyed, result.failures)
        # An early result: shown now, while the grammar engines still check this file.
        fr.checking = not result.complete
        self.files_model.file_changed(fr)
        if fr is self.current:
            self.view.refresh_highlights()
            self.issue_panel.reload(keep)
        elif self.current is None:
            self._select_file(fr)
        if result.failures:
            self.message_bar.show_messages(
                [f"{fr.name}: check {f.check_id} failed: {f.error}" for f in result.failures]
            )

    def _on_progress(self, generation: int, done: int, total: int, path: str) -> None:
        if generation != self._generation:
            return
        self.progress.setValue(done)
        self.statusBar().showMessage(f"Checked {Path(path).name}", 2000)

    def _on_finished(self, generation: int, cancelled: bool) -> None:
        job = next((j for j in self._jobs if getattr(j, "generation", None) == generation), None)
        if job is not None:
            self._jobs.remove(job)
        if generation != self._generation:
            return
        self.job = None
        for f in self.session.files:
            f.checking = False
        self.files_model.all_changed()
        self.progress.hide()
        self.cancel_button.hide()
        checked = sum(1 for f in self.session.files if f.checked)
        self.statusBar().showMessage(
            "Check cancelled; unchecked files stay unchecked (F5 checks again)"
            if cancelled
            else f"Checked {checked} file(s)",
            6000,
        )
        self._update_actions()

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.message_bar.show_messages([f"Checking stopped by an internal error: {message}"])

    def _on_item_selected(self, it: ReviewItem | None) -> None:
        self.view.show_item(it)
        flag_only = it is not None and not it.issue.replacements
        self.act_accept.setText("&Keep" if flag_only else "&Accept")

    def _on_files_changed(self, files: list[FileReview]) -> None:
        for fr in files:
            self.files_model.file_changed(fr)
        if self.current is not None and any(f is self.current for f in files):
            keep = self.current_item()
            if keep is not None and self.current.items and keep not in self.current.items:
                # The items were rebuilt (a text edit): keep the selection by key.
                self.issue_panel.reload(keep)
            else:
                self.issue_panel.refresh()
            self.view.current = self.current_item()
            self.view.refresh_highlights()
        self._update_counts()

    def _on_text_typed(self, offset: int, removed: int, inserted: str) -> None:
        fr = self.current
        if fr is None:
            return
        cmd = TextEditCommand(
            self.signals, fr, offset, fr.text[offset : offset + removed], inserted
        )
        self.undo_stack.push(cmd)
        self.issue_panel.reload(None)
        self.view.refresh_highlights()
        self._schedule_recheck(fr)

    def _on_text_edited(self, fr: FileReview) -> None:
        self.files_model.file_changed(fr)
        if fr is self.current:
            scroll = self.view.verticalScrollBar().value()
            self.view.show_file(fr)
            self.view.verticalScrollBar().setValue(scroll)
            self.issue_panel.reload(None)
        else:
            self._select_file(fr)
        self._schedule_recheck(fr)
        self._update_counts()
