"""The issue panel: filters, the issue table, and the detail box with the decision buttons."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from copydesk.checks.model import Category, Location
from copydesk.checks.review import FileReview, ItemStatus, ReviewItem, is_kept, verdict_label
from copydesk.checks.review_bilingual import BilingualReview, SourceSide
from copydesk.checks.review_decide import accept_verb
from copydesk.checks.textpos import context_window
from copydesk.desktop.issue_columns import (
    DECISION,
    LINE,
    MESSAGE,
    RULE,
    SUGGESTION,
    SuggestionDelegate,
    Wants,
    column_widths,
)
from copydesk.desktop.models import (
    QUERY,
    CategoryRole,
    IssueFilterProxy,
    IssueModel,
    ItemRole,
    RuleRole,
    category_colour,
    shown,
)

_VISIBLE_SPACE = {"↵": "\n", "·": " ", "→": "\t"}
STALE = "Found before you accepted a fix inside it"
# An issue a re-check found in the text a fix left (a space missing after a repaired quote).
REVEALED = "Found again after you accepted a fix inside it"


def fixed_inside_note(found_after: bool, rules: Sequence[str]) -> str:
    """The note after the message of an issue holding accepted fixes, in plain words: which
    fixes, and what the text below and accepting this issue mean."""
    named = ", ".join(dict.fromkeys(rules))
    if found_after:
        return (
            f"({REVEALED} ({named}): the text below is what is left of it, and accepting it"
            " keeps that fix.)"
        )
    return f"({STALE} ({named}): the text below is the text now, with that fix.)"


def _place(fr: FileReview, it: ReviewItem) -> tuple[str, str, int, int]:
    """Where the issue is said to be, and the text (with its span) its context comes from,
    as the accepted fixes leave it: for a bilingual file its unit's side."""
    issue = it.issue
    if isinstance(fr, BilingualReview):
        ui = fr.unit_issue(issue)
        where = f"unit {ui.unit}" + (" (source)" if ui.side == "source" else "")
    else:
        where = f"line {fr.position(issue)[0]}"
    text, start, end = fr.context_of(it)
    return where, text, start, end


class IssuePanel(QWidget):
    itemSelected = Signal(object)  # ReviewItem or None
    acceptRequested = Signal()  # Return in the replacement box
    acceptVerb = Signal(str)  # what Accept does now: "Accept", "Keep" or "Apply edit"
    relatedActivated = Signal(object)  # Location

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = IssueModel()
        self.proxy = IssueFilterProxy()
        self.proxy.setSourceModel(self.model)
        # "name:line" of another file's place; the window knows the files (see MainWindow).
        self.describe_location: Callable[[Location], str] = lambda loc: Path(loc.path).name
        self._build()

    # Methods

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 1)
        layout.addWidget(self._build_detail(), 0)
        self.show_item(None)

    def _build_filters(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        self.category_box = QComboBox()
        self.category_box.setToolTip("Show only issues of this category")
        self.rule_box = QComboBox()
        self.rule_box.setToolTip("Show only issues of this rule")
        self.rule_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.decided_box = QCheckBox("Decided")
        self.decided_box.setToolTip("Also list issues already accepted or rejected")
        self.decided_box.setChecked(True)
        filters.addWidget(self.category_box, 1)
        filters.addWidget(self.rule_box, 2)
        filters.addWidget(self.decided_box)
        for box in (self.category_box, self.rule_box):
            box.currentIndexChanged.connect(self._apply_filter)
        self.decided_box.toggled.connect(self._apply_filter)
        return filters

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LINE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DECISION, QHeaderView.ResizeMode.Fixed)
        self.table.setItemDelegateForColumn(SUGGESTION, SuggestionDelegate(self.table))
        self.table.viewport().installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.fit_columns()
        return self.table

    def _build_detail(self) -> QGroupBox:
        detail = self._detail = QGroupBox("Issue")
        grid = QGridLayout(detail)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setFrameShape(QFrame.Shape.StyledPanel)
        self.context.setMargin(6)
        self.replacement = QComboBox()
        self.replacement.setEditable(True)
        self.replacement.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.replacement.setToolTip("Choose a suggestion or type your own (F2)")
        line_edit = self.replacement.lineEdit()
        assert line_edit is not None  # an editable combo box has one
        line_edit.returnPressed.connect(self._on_return)
        # Typing over a query (or a suggestion) makes Accept an edit: the button says so.
        self.replacement.editTextChanged.connect(self._show_verb)
        # Ctrl+Z the box has nothing to undo for goes on to the window's (the decisions').
        line_edit.installEventFilter(self)
        self.replacement.installEventFilter(self)
        self._return_taken = False
        self.accept_button = QPushButton("Accept")
        self.reject_button = QPushButton("Reject")
        self.rule_file_accept = QPushButton("Accept rule in file")
        self.rule_file_reject = QPushButton("Reject rule in file")
        self.rule_batch_accept = QPushButton("Accept rule in all files")
        self.rule_batch_reject = QPushButton("Reject rule in all files")
        self.related = QListWidget()
        self.related.setMinimumHeight(90)  # scrolls: every place is listed, none cut off
        self.related.itemActivated.connect(self._on_related)
        self.related_label = QLabel("Also involved (double-click a place to go there):")
        grid.addWidget(self.title, 0, 0, 1, 4)
        grid.addWidget(self.message, 1, 0, 1, 4)
        grid.addWidget(self.context, 2, 0, 1, 4)
        grid.addWidget(QLabel("Replace with:"), 3, 0)
        grid.addWidget(self.replacement, 3, 1, 1, 3)
        grid.addWidget(self.accept_button, 4, 0, 1, 2)
        grid.addWidget(self.reject_button, 4, 2, 1, 2)
        grid.addWidget(self.rule_file_accept, 5, 0, 1, 2)
        grid.addWidget(self.rule_file_reject, 5, 2, 1, 2)
        grid.addWidget(self.rule_batch_accept, 6, 0, 1, 2)
        grid.addWidget(self.rule_batch_reject, 6, 2, 1, 2)
        grid.addWidget(self.related_label, 7, 0, 1, 4)
        grid.addWidget(self.related, 8, 0, 1, 4)
        grid.setRowStretch(9, 1)
        return detail

    def set_file(self, fr: FileReview | None) -> None:
        self.model.set_file(fr)
        self._fill_filters()
        self.fit_columns()
        self.show_item(None)

    def fit_columns(self) -> None:
        """Share the list's width out: see :mod:`copydesk.desktop.issue_columns`."""
        table, header = self.table, self.table.horizontalHeader()
        pad = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        metrics = table.fontMetrics()

        def content(col: int) -> int:
            # The rows' widths (Qt samples a long list) or the title's, whichever is wider.
            rows = table.sizeHintForColumn(col) if self.proxy.rowCount() else 0
            return max(rows, header.sectionSizeHint(col))

        statuses = [str(s) for s in ItemStatus]
        decision = max(
            header.sectionSizeHint(DECISION),
            max(metrics.horizontalAdvance(s) for s in statuses) + pad,
        )
        wants = Wants(content(LINE), content(RULE), content(SUGGESTION), decision)
        for col, width in column_widths(table.viewport().width(), wants).items():
            header.setSectionHidden(col, width == 0)
            if width:
                header.resizeSection(col, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and watched in (self.replacement, self.replacement.lineEdit())
            and isinstance(event, QKeyEvent)
            and self._nothing_to_undo(event)
        ):
            # A line edit claims Ctrl+Z / Ctrl+Y even with no edit of its own to undo, so
            # the decision undo stack never heard them while the box had the focus (as it
            # keeps it after the toolbar's Accept).  Not claimed, the window's action runs.
            # The combo box hands this event to its line edit itself: both are watched.
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _nothing_to_undo(self, key: QKeyEvent) -> bool:
        """Whether ``key`` is Undo (Redo) and the box has no edit of its own to undo (redo)."""
        line = self.replacement.lineEdit()
        if line is None:
            return False
        if key.matches(QKeySequence.StandardKey.Undo):
            return not line.isUndoAvailable()
        if key.matches(QKeySequence.StandardKey.Redo):
            return not line.isRedoAvailable()
        return False

    def reload(self, keep: ReviewItem | None) -> None:
        """The file's issues changed: rebuild, keeping ``keep`` selected when it still exists."""
        key = keep.key if keep else None
        self.model.set_file(self.model.file)
        self._fill_filters()
        self.fit_columns()
        if key is not None and self.select_key(key):
            return
        self.show_item(None)

    def refresh(self) -> None:
        self.model.refresh()
        if not self.decided_box.isChecked():
            # Only the "hide decided" filter depends on decisions.
            self._apply_filter()
        self.show_item(self.current_item())

    def current_item(self) -> ReviewItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        it = self.proxy.data(index, ItemRole)
        return it if isinstance(it, ReviewItem) else None

    def select_key(self, key: str) -> bool:
        row = self.model.row_of_key(key)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            # Hidden by a filter: clear the filters so the issue can be shown.
            self.category_box.setCurrentIndex(0)
            self.rule_box.setCurrentIndex(0)
            self.decided_box.setChecked(True)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.show_item(self.current_item())
        return True

    def show_item(self, it: ReviewItem | None) -> None:
        fr = self.model.file
        enabled = it is not None and fr is not None
        for w in (
            self.accept_button,
            self.reject_button,
            self.replacement,
            self.rule_file_accept,
            self.rule_file_reject,
            self.rule_batch_accept,
            self.rule_batch_reject,
        ):
            w.setEnabled(enabled)
        self.replacement.clear()
        self.related.clear()
        self.related.setVisible(False)
        self.related_label.setVisible(False)
        self._detail.setTitle(self._position_label(it))
        if it is None or fr is None:
            self._show_none()
            return
        issue = it.issue
        self._show_text(fr, it)
        self._fill_replacement(fr, it)
        if isinstance(issue, SourceSide):
            # Its span in the text is the whole target unit: a word typed here would replace
            # the unit, so a query on the source is kept or rejected, not rewritten (the box
            # keeps the unit's text, which Keep gives back unchanged).
            self.replacement.setEnabled(False)
        self.accept_button.setEnabled(True)
        self._show_verb()
        self.accept_button.setToolTip(
            "Accept the chosen replacement"
            if issue.replacements
            else "Nothing to replace: note the issue and keep the text as it is"
            " (or type a replacement first)"
        )
        self.reject_button.setText("Reject" if issue.replacements else "Reject query")
        self.reject_button.setToolTip(
            "Keep the original text; the suggestion is wrong"
            if issue.replacements
            else "The query is a false alarm: nothing to note for the author"
        )
        if issue.related:
            self.related_label.setVisible(True)
            self.related.setVisible(True)
            self._fill_related(issue.related)

    def _show_none(self) -> None:
        """No issue: nothing of the last one shown (another file's text in the box, its
        decision on the button), the buttons named plainly and disabled."""
        self.title.setText("<i>No issue selected</i>")
        self.message.setText("")
        self.context.setText("")
        self.replacement.clearEditText()  # clear() empties the list, not what was typed
        self.accept_button.setText("Accept")
        self.accept_button.setToolTip("")
        self.reject_button.setText("Reject")
        self.reject_button.setToolTip("")
        self.acceptVerb.emit("Accept")

    def _show_verb(self) -> None:
        """Name Accept by what it would do with the replacement the box holds now."""
        it, fr = self.current_item(), self.model.file
        if it is None or fr is None:
            return
        verb = accept_verb(fr, it, self.chosen_replacement())
        decision = fr.decision(it)
        self.accept_button.setText(
            verb if decision is None else f"{verb} ({verdict_label(decision)})"
        )
        self.acceptVerb.emit(verb)

    def _show_text(self, fr: FileReview, it: ReviewItem) -> None:
        """The detail's title, message and the text around the issue as it reads now."""
        issue = it.issue
        where, text, start, end = _place(fr, it)
        colour = category_colour(issue.category).name()
        self.title.setText(
            f'<span style="background:{colour}">&nbsp;{html.escape(str(issue.category))}'
            f"&nbsp;</span> <b>{html.escape(issue.rule)}</b> · {html.escape(where)}"
            f" · confidence {issue.confidence:.0%}"
        )
        message = issue.message
        if not issue.replacements:
            message += f" ({QUERY.capitalize()}.)"
        if fr.fixes_inside(it) and not fr.applies(it):
            # The issue was found before a fix inside its text was accepted: what it
            # says may be out of date; the text quoted below is the text as it is now.
            rules = [e.rule for e in fr.fixes_inside(it)]
            message += f" {fixed_inside_note(it.key in fr.found_after, rules)}"
        self.message.setText(message)
        before, match, after = context_window(text, start, end, 60)
        # An ellipsis marks only a side where the quote is cut, not the text's own start
        # or end (a whole unit quoted reads as itself).
        self.context.setText(
            ("…" if start > len(before) else "")
            + html.escape(before).replace("\n", "↵ ")
            + f'<span style="background:{colour};font-weight:bold">'
            + html.escape(shown(match) if not match.strip() else match)
            + "</span>"
            + html.escape(after).replace("\n", "↵ ")
            + ("…" if end + len(after) < len(text) else "")
        )

    def _fill_replacement(self, fr: FileReview, it: ReviewItem) -> None:
        """The suggestions to choose from, the one decided on, or the text as it is."""
        issue = it.issue
        decision = fr.decision(it)
        choices = list(issue.replacements)
        chosen = None if decision is None or is_kept(decision) else decision.replacement
        if chosen is not None and chosen not in choices:
            choices.insert(0, chosen)
        for r in choices:
            self.replacement.addItem(shown(r) if not r.strip() else r, r)
        if chosen is not None:
            self.replacement.setCurrentIndex(choices.index(chosen))
        if not choices or is_kept(decision):
            # The text as it reads now: accepted unchanged it is a Keep, and a word typed
            # into it cannot bring back what a fix inside it corrected.
            self.replacement.setEditText(fr.current_matched(it))
            line_edit = self.replacement.lineEdit()
            if line_edit is not None:
                line_edit.setCursorPosition(0)  # a long sentence read from its start

    def _fill_related(self, related: Sequence[Location]) -> None:
        """Every other place, once each, grouped under its file in text order."""
        by_file: dict[str, dict[tuple[int, int], Location]] = {}
        for loc in related:
            by_file.setdefault(loc.path, {}).setdefault((loc.offset, loc.length), loc)
        for path in sorted(by_file):
            places = [by_file[path][k] for k in sorted(by_file[path])]
            header = QListWidgetItem(f"{Path(path).name} ({len(places)})")
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setToolTip(path)
            self.related.addItem(header)
            for loc in places:
                text = loc.text.replace("\n", "↵ ")
                entry = QListWidgetItem(f"    {self.describe_location(loc)}: {text}")
                entry.setToolTip(f"{path}\nDouble-click to go there")
                entry.setData(Qt.ItemDataRole.UserRole, loc)
                self.related.addItem(entry)

    def _position_label(self, it: ReviewItem | None) -> str:
        fr = self.model.file
        if fr is None or not fr.items:
            return "Issue"
        open_count = fr.open_count()
        if it is None:
            return f"{len(fr.items)} issues, {open_count} open"
        row = self.model.row_of_key(it.key)
        return f"Issue {row + 1} of {len(fr.items)} ({open_count} open)"

    def chosen_replacement(self) -> str | None:
        """The replacement as chosen or typed; None when there is no issue."""
        if self.current_item() is None:
            return None
        text = self.replacement.currentText()
        index = self.replacement.currentIndex()
        if index >= 0 and self.replacement.itemText(index) == text:
            data = self.replacement.itemData(index)
            if isinstance(data, str):
                return data
        if text and set(text) <= set(_VISIBLE_SPACE):
            # Typed with the visible-whitespace marks the list shows: turn them back.
            return "".join(_VISIBLE_SPACE[ch] for ch in text)
        return text

    def _fill_filters(self) -> None:
        fr = self.model.file
        cats = sorted({str(it.issue.category) for it in fr.items}) if fr else []
        rules = sorted({it.issue.rule for it in fr.items}) if fr else []
        for box, values, label in (
            (self.category_box, cats, "All categories"),
            (self.rule_box, rules, "All rules"),
        ):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(label, "")
            for v in values:
                box.addItem(v, v)
                if box is self.category_box:
                    box.setItemData(
                        box.count() - 1,
                        category_colour(Category(v)),
                        Qt.ItemDataRole.DecorationRole,
                    )
            idx = box.findData(keep)
            box.setCurrentIndex(max(0, idx))
            box.blockSignals(False)
        self._apply_filter()

    # Private Slots

    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            str(self.category_box.currentData() or ""),
            str(self.rule_box.currentData() or ""),
            self.decided_box.isChecked(),
        )

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        selection = self.table.selectionModel()
        if current.isValid() and not selection.isRowSelected(current.row(), current.parent()):
            # Focus entering the list makes its first row current without selecting it:
            # the detail showed that issue while the list drew only a cell frame, and F8
            # went on to the second as if the first had been skipped.  Current is selected.
            flags = QItemSelectionModel.SelectionFlag
            selection.select(current, flags.ClearAndSelect | flags.Rows)
        it = self.proxy.data(current, ItemRole) if current.isValid() else None
        self.show_item(it)
        self.itemSelected.emit(it)

    def _on_return(self) -> None:
        # QComboBox hands the Return its line edit ignored back to that line edit, so
        # one key press emits returnPressed twice; the second must not accept the
        # next issue too.
        if self._return_taken:
            return
        self._return_taken = True
        QTimer.singleShot(0, self._release_return)
        self.acceptRequested.emit()

    def _release_return(self) -> None:
        self._return_taken = False

    def _on_related(self, entry: QListWidgetItem) -> None:
        loc = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(loc, Location):
            self.relatedActivated.emit(loc)


__all__ = ["CategoryRole", "IssuePanel", "RuleRole"]
