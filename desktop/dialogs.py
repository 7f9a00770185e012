"""Dialogs: the changes (shown before saving, or by Show Changes), and the settings."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copydesk.checks.registry import Check
from copydesk.checks.review import FileReview
from copydesk.checks.settings import Settings
from copydesk.desktop.diffview import diff_html


class DiffDialog(QDialog):
    """Original against corrected text, and a button that saves the corrected copies.

    Opened by Show Changes (``showing``: titled for the changes, closed with Close) or
    before saving (titled for the save, Cancel saves nothing); either way the save
    button says where it writes.
    """

    def __init__(
        self,
        files: Sequence[FileReview],
        target: str,
        parent: QWidget | None,
        *,
        showing: bool = False,
        overwrite: bool = False,
    ) -> None:
        super().__init__(parent)
        files = [fr for fr in files if fr.doc is not None]
        self.setWindowTitle(_diff_title(files, showing=showing))
        self.resize(900, 650)
        layout = QVBoxLayout(self)
        where = "over the original files (a .bak backup of each is kept)" if overwrite else target
        self.target_label = QLabel(
            f"Original against corrected text. Saving writes {_copies(files)} to:"
            f" <b>{html.escape(where)}</b>"
        )
        self.target_label.setWordWrap(True)
        layout.addWidget(self.target_label)
        browser = self.browser = QTextBrowser()
        # Named alike in the diff and the list: a line, or a bilingual file's unit.
        parts = [diff_html(fr.name, fr.doc.text, fr.corrected().text, fr.labelled_changes(),
                           fr.line_label)
                 for fr in files if fr.doc is not None]  # fmt: skip
        browser.setHtml("<hr>".join(parts))
        skipped = [f"{fr.name}:{fr.edit_line(e)} {e.rule}"
                   for fr in files for e in fr.corrected().skipped]  # fmt: skip
        self.skipped_label = QLabel()
        self.skipped_label.setWordWrap(True)
        self.skipped_label.setStyleSheet("color:#b71c1c")
        if skipped:
            self.skipped_label.setText(
                "Not applied (overlaps another accepted fix): " + "; ".join(skipped)
            )
        self.skipped_label.setVisible(bool(skipped))
        layout.addWidget(self.skipped_label)
        layout.addWidget(browser)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            _save_text(files, target, overwrite=overwrite),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setToolTip(f"Write the corrected text to {where}")
        self.close_button = buttons.addButton(
            QDialogButtonBox.StandardButton.Close if showing
            else QDialogButtonBox.StandardButton.Cancel
        )  # fmt: skip
        if not showing:
            self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _copies(files: Sequence[FileReview]) -> str:
    return "the corrected copy" if len(files) == 1 else f"{len(files)} corrected copies"


def _diff_title(files: Sequence[FileReview], *, showing: bool) -> str:
    if showing:
        return f"Changes in {files[0].name}" if len(files) == 1 else "Changes"
    one = len(files) == 1
    return f"Save Corrected Copy of {files[0].name}" if one else "Save All Corrected Copies"


def _save_text(files: Sequence[FileReview], target: str, *, overwrite: bool) -> str:
    """The save button's words: what it writes and where (the folder's name; the label
    above gives the whole path)."""
    if overwrite:
        return "Save Over Original" if len(files) == 1 else "Save Over Originals"
    what = "Save Corrected Copy" if len(files) == 1 else f"Save {len(files)} Corrected Copies"
    folder = Path(target).name or target
    return f"{what} to “{folder}”"


def _path_field(
    form: QFormLayout, label: str, value: str, placeholder: str, browse: Callable[[], None]
) -> QLineEdit:
    """A row of the form: a path to type, and a Browse… button beside it."""
    row = QHBoxLayout()
    edit = QLineEdit(value)
    edit.setPlaceholderText(placeholder)
    button = QPushButton("Browse…")
    button.clicked.connect(browse)
    row.addWidget(edit)
    row.addWidget(button)
    form.addRow(label, row)
    return edit


class SettingsDialog(QDialog):
    """Which checks run, the glossary, LanguageTool; saved with copydesk.checks.settings."""

    def __init__(self, settings: Settings, checks: Sequence[Check], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.resize(640, 560)
        self._checks = list(checks)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Checks (a category box turns its whole family on or off):"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Check", "Description"])
        self.tree.setColumnWidth(0, 260)
        selection = settings.rule_selection()
        by_cat: dict[str, QTreeWidgetItem] = {}
        for chk in sorted(self._checks, key=lambda c: (str(c.category), c.id)):
            parent_item = by_cat.get(str(chk.category))
            if parent_item is None:
                parent_item = QTreeWidgetItem(self.tree, [str(chk.category), ""])
                parent_item.setFlags(
                    parent_item.flags()
                    | Qt.ItemFlag.ItemIsAutoTristate
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                by_cat[str(chk.category)] = parent_item
            on = selection.runs(chk)  # an ignored sub-rule leaves its check ticked
            item = QTreeWidgetItem(parent_item, [chk.id, chk.description])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, chk.id)
        self.tree.expandAll()
        layout.addWidget(self.tree)

        form = QFormLayout()
        self.glossary = _path_field(form, "Glossary file:", settings.glossary, "none", self._browse)
        self.languagetool = QCheckBox("Use LanguageTool for grammar (needs Java 17)")
        self.languagetool.setChecked(settings.languagetool.enabled)
        form.addRow("Grammar:", self.languagetool)
        self._add_languagetool_fields(form, settings)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a00")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._base = settings
        self._validate()

    def _add_languagetool_fields(self, form: QFormLayout, settings: Settings) -> None:
        """Where LanguageTool runs: a server URL, or the folder a local server starts from."""
        lt = settings.languagetool
        self.lt_url = QLineEdit(lt.server_url)
        self.lt_url.setPlaceholderText("empty: start a local server")
        self.lt_url.textChanged.connect(self._validate)
        form.addRow("LanguageTool server URL:", self.lt_url)
        self.lt_folder = _path_field(
            form,
            "LanguageTool folder:",
            lt.path,
            "empty: the default cache folder",
            self._browse_lt_folder,
        )
        self.lt_public = QCheckBox("Allow the public LanguageTool service (sends the text out)")
        self.lt_public.setChecked(lt.allow_public_api)
        form.addRow("", self.lt_public)

    def _validate(self) -> None:
        url = self.lt_url.text().strip()
        bad = bool(url) and not url.lower().startswith(("http://", "https://"))
        self.problem.setText("The server URL must start with http:// or https://" if bad else "")
        self.problem.setVisible(bad)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setEnabled(not bad)

    def _browse_lt_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "LanguageTool folder", self.lt_folder.text())
        if path:
            self.lt_folder.setText(path)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Glossary file", "", "Glossary (*.toml *.csv *.txt)"
        )
        if path:
            self.glossary.setText(path)

    def result_settings(self) -> Settings:
        """The settings as the dialog shows them: unticked checks go to ``ignore``."""
        off: list[str] = []
        on: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            cat = self.tree.topLevelItem(i)
            assert cat is not None
            for j in range(cat.childCount()):
                item = cat.child(j)
                assert item is not None
                check_id = str(item.data(0, Qt.ItemDataRole.UserRole))
                target = on if item.checkState(0) == Qt.CheckState.Checked else off
                target.append(check_id)
        by_id = {c.id: c for c in self._checks}
        # Keep the user's select list, but make sure a default-off check ticked here runs.
        select = list(self._base.select)
        if select:
            select += [c for c in on if not by_id[c].matches(select)]
        else:
            extra = [c for c in on if not by_id[c].default_enabled]
            if extra:
                select = [c.id for c in self._checks if c.default_enabled] + extra
        s = Settings.from_json(self._base.to_json())
        s.select = select
        # Ignored sub-rules (``grammar.harper.SpellCheck``) of checks still ticked stay ignored.
        base = self._base.rule_selection()
        s.ignore = off + [r for c in on for r in base.ignored_sub_rules(by_id[c])]
        s.glossary = self.glossary.text().strip()
        s.languagetool.enabled = self.languagetool.isChecked()
        s.languagetool.server_url = self.lt_url.text().strip()
        s.languagetool.path = self.lt_folder.text().strip()
        s.languagetool.allow_public_api = self.lt_public.isChecked()
        return s
