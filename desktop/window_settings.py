"""Settings, LanguageTool status, recent files, file choosers, About and the shortcut list."""

from __future__ import annotations

import html
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from copydesk.about import components
from copydesk.checks.registry import REGISTRY
from copydesk.checks.service import LANGUAGETOOL, ServiceState, ServiceStatus
from copydesk.checks.settings import Settings, save_settings
from copydesk.desktop import workers
from copydesk.desktop.dialogs import SettingsDialog
from copydesk.desktop.textview import document_font
from copydesk.desktop.window_base import WindowBase

MAX_RECENT = 10


# Articles and the bilingual formats the review layer reads (checks/bilingual/loader.py).
OPEN_FILTER = (
    "Articles and translations (*.txt *.md *.xlf *.xliff *.sdlxliff *.tmx *.po *.csv *.tsv)"
    ";;Articles (*.txt *.md)"
    ";;Translations (*.xlf *.xliff *.sdlxliff *.tmx *.po *.csv *.tsv)"
    ";;All files (*)"
)


class WindowSettings(WindowBase):
    """Settings, LanguageTool status, recent files, About and the shortcut list."""

    # Whether the message bar has said why LanguageTool is unavailable (once per settings).
    _lt_reported = False

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
        self._inputs_key = None  # resolve the glossaries again before the next check
        self._lt_reported = False  # new settings: say again if LanguageTool cannot run
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
        if status.state == ServiceState.UNAVAILABLE:
            self._say_unavailable(status)
        elif status.state in (ServiceState.READY, ServiceState.OFF):
            # No longer true; a later failure is news again. (Starting again, as a check
            # may make it, changes nothing: the line stays until it runs.)
            self._lt_reported = False
            if self.message_bar.note:
                self.message_bar.set_note("")

    def _say_unavailable(self, status: ServiceStatus) -> None:
        """Say once why LanguageTool cannot run, as the command line does on every run.

        A red word in the status bar, with the reason in its tooltip, was all the window
        showed: an editor could not tell grammar issues were missing, nor how to fix it.
        """
        if self._lt_reported:
            return
        self._lt_reported = True
        # The command line's words (frontend/languagetool_cli.py), the reason after them.
        self.message_bar.set_note(
            f"{LANGUAGETOOL.name} unavailable (the other checks still run): {status.message}"
        )

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
        paths, _ = QFileDialog.getOpenFileNames(self, "Open files", "", OPEN_FILTER)
        if paths:
            self.open_paths(paths)

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
