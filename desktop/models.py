"""Item models for the file list and the issue list (QtCore/QtGui only, no widgets)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from copydesk.checks.decisions import Verdict
from copydesk.checks.model import Category
from copydesk.checks.review import FileReview, FileState, ReviewItem
from copydesk.checks.review_batch import ReviewBatch as Session
from copydesk.checks.review_bilingual import BilingualReview

Index = QModelIndex | QPersistentModelIndex

# Light backgrounds that keep black text readable (contrast above 12:1), each with a
# darker tone of the same hue for the underline and the current issue.
CATEGORY_COLOURS: dict[Category, str] = {
    Category.WHITESPACE: "#cfe3ff",
    Category.PUNCTUATION: "#ffe0b2",
    Category.CASE: "#e6d8f7",
    Category.ENCODING: "#ffcdd2",
    Category.LAYOUT: "#dfd3cc",
    Category.WORD: "#fff3a0",
    Category.PRONOUN: "#f8c8dc",
    Category.REPETITION: "#c4ebe6",
    Category.CONSISTENCY: "#dcefc8",
    Category.GRAMMAR: "#c5ecfb",
    Category.SPELLING: "#ffd6c7",
    Category.STYLE: "#e4e4e4",
}


def category_colour(category: Category | str) -> QColor:
    return QColor(CATEGORY_COLOURS.get(Category(category), "#e4e4e4"))


STATE_COLOURS: dict[FileState, str] = {
    FileState.UNCHECKED: "#6b6b6b",
    FileState.CHECKING: "#1f5fa8",
    FileState.TO_REVIEW: "#9a5a00",
    FileState.DONE: "#2e7d32",
    FileState.SAVED: "#2e7d32",
    FileState.ERROR: "#b71c1c",
}

ItemRole = Qt.ItemDataRole.UserRole + 1
CategoryRole = Qt.ItemDataRole.UserRole + 2
RuleRole = Qt.ItemDataRole.UserRole + 3
OpenRole = Qt.ItemDataRole.UserRole + 4
FileRole = Qt.ItemDataRole.UserRole + 5


QUERY = "query: no change proposed"


def shown(s: str) -> str:
    """A short one-line rendering of a match or replacement; every whitespace made visible.

    A fix that adds, removes or doubles a space or a line break must be seen as such:
    spaces show as ``·``, line breaks as ``↵``, tabs as ``→``, no-break spaces as ``°``.
    """
    if s == "":
        return "(delete)"
    s = s.replace("\n", "↵").replace("\t", "→").replace(" ", "·").replace("\u00a0", "°")
    return s if len(s) <= 60 else s[:57] + "…"


class _HeaderedTableModel(QAbstractTableModel):
    """A table whose columns are named by ``HEADERS``."""

    HEADERS: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None


class FileListModel(_HeaderedTableModel):
    """The files of the session: name, open issues, state."""

    HEADERS = ("File", "Open", "State")

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._rows: dict[int, int] = {}

    # Methods

    def reset(self) -> None:
        self.beginResetModel()
        self._rows = {id(f): row for row, f in enumerate(self.session.files)}
        self.endResetModel()

    def all_changed(self) -> None:
        if self.session.files:
            last = self.index(len(self.session.files) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def file_changed(self, fr: FileReview) -> None:
        row = self.row_of(fr)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def row_of(self, fr: FileReview) -> int:
        row = self._rows.get(id(fr), -1)
        if 0 <= row < len(self.session.files) and self.session.files[row] is fr:
            return row
        self._rows = {id(f): r for r, f in enumerate(self.session.files)}
        return self._rows.get(id(fr), -1)

    # Model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.session.files)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        fr = self.session.files[index.row()]
        col = index.column()
        state = fr.state
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return fr.name + (" *" if fr.dirty else "")
            if col == 1:
                return "" if not fr.checked else str(fr.open_count())
            return str(state)
        if role == Qt.ItemDataRole.ToolTipRole:
            if fr.error:
                return fr.error
            tip = str(fr.path)
            if fr.doc is not None:
                tip += f"\n{fr.doc.encoding_label}"
            if fr.failures:
                tip += "\n" + "\n".join(f"{f.check_id} failed: {f.error}" for f in fr.failures)
            if fr.saved_to:
                tip += f"\nsaved to {fr.saved_to}"
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            return QColor(STATE_COLOURS[state])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == FileRole:
            return fr
        return None


class IssueModel(_HeaderedTableModel):
    """The issues of one file, in text order, with their decision."""

    HEADERS = ("Line", "Rule", "Message", "Suggestion", "Decision")

    def __init__(self) -> None:
        super().__init__()
        self.file: FileReview | None = None

    # Methods

    def set_file(self, fr: FileReview | None) -> None:
        self.beginResetModel()
        self.file = fr
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # A bilingual file's issues are placed by unit (the segment id), not by line.
        if (
            section == 0
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and isinstance(self.file, BilingualReview)
        ):
            return "Unit"
        return super().headerData(section, orientation, role)

    def refresh(self) -> None:
        if self.file is not None and self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(self.HEADERS) - 1)
            )

    def item(self, row: int) -> ReviewItem | None:
        if self.file is None or not 0 <= row < len(self.file.items):
            return None
        return self.file.items[row]

    def row_of_key(self, key: str) -> int:
        if self.file is not None:
            for row, it in enumerate(self.file.items):
                if it.key == key:
                    return row
        return -1

    # Model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.file is None:
            return 0
        return len(self.file.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        fr = self.file
        if fr is None or not index.isValid():
            return None
        it = fr.items[index.row()]
        issue = it.issue
        col = index.column()
        decision = fr.decision(it)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0 and isinstance(fr, BilingualReview):
                return fr.unit_issue(issue).unit  # the side is in the tooltip and the detail
            if col == 0:
                return fr.position(issue)[0]
            if col == 1:
                return issue.rule
            if col == 2:
                return issue.message
            if col == 3:
                matched = shown(_matched(fr, it))
                if decision is not None and decision.verdict == Verdict.REJECTED:
                    return matched
                if decision is not None and decision.replacement is not None:
                    return f"{matched} → {shown(decision.replacement)}"
                if issue.replacements:
                    return f"{matched} → {shown(issue.replacements[0])}"
                return f"{matched} ({QUERY})"
            if col == 4:
                return str(fr.status(it))  # open, accepted, …, or superseded by a larger fix
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return category_colour(issue.category)
        if role == Qt.ItemDataRole.ForegroundRole and decision is not None:
            return QColor("#2e7d32") if decision.verdict != Verdict.REJECTED else QColor("#808080")
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{issue.rule} ({issue.category}): {issue.message}"
            if isinstance(fr, BilingualReview) and fr.unit_issue(issue).side == "source":
                tip += "\n(in the unit's source)"
            if issue.replacements:
                tip += "\nSuggestions: " + ", ".join(shown(r) for r in issue.replacements)
            if col == 3:  # the cell whole: a long one is cut on each side of its arrow
                tip = f"{self.data(index, Qt.ItemDataRole.DisplayRole)}\n{tip}"
            return tip
        if role == ItemRole:
            return it
        if role == CategoryRole:
            return str(issue.category)
        if role == RuleRole:
            return issue.rule
        if role == OpenRole:
            return fr.is_open(it)
        return None


def _matched(fr: FileReview, it: ReviewItem) -> str:
    """The issue's text as it reads now (a fix accepted inside it applied); in the
    source for an issue a bilingual check shows there."""
    if isinstance(fr, BilingualReview):
        ui = fr.unit_issue(it)
        if ui.side == "source":
            return ui.issue.matched(fr.unit_of(it).source)
    return fr.current_matched(it)


class IssueFilterProxy(QSortFilterProxyModel):
    """Filters the issue list by category, rule, and whether decided issues show."""

    def __init__(self) -> None:
        super().__init__()
        self.category = ""
        self.rule = ""
        self.show_decided = True

    def set_filter(self, category: str, rule: str, show_decided: bool) -> None:
        self.beginFilterChange()
        self.category, self.rule, self.show_decided = category, rule, show_decided
        self.endFilterChange()

    def matches(self, item: ReviewItem) -> bool:
        """True when the category and rule filters let ``item`` through."""
        if self.category and str(item.issue.category) != self.category:
            return False
        return not self.rule or item.issue.rule == self.rule

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.category and model.data(index, CategoryRole) != self.category:
            return False
        if self.rule and model.data(index, RuleRole) != self.rule:
            return False
        return self.show_decided or bool(model.data(index, OpenRole))
