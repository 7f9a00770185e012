"""The window's actions, menus and toolbar: what each command is called and its keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from copydesk.desktop.window_base import WindowBase

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class WindowActions(WindowBase):
    """Every QAction with its keys, the menus and the toolbar."""

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
        self._build_file_actions()
        self._build_undo_actions()
        self._build_review_actions()
        self._build_mode_actions()
        self._build_focus()
        self._build_batch_actions()

    def _build_file_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_open = self._action(
            "&Open Files…", self.choose_files, QKeySequence.StandardKey.Open,
            "Open articles or translation files (XLIFF, TMX, PO, CSV/TSV)", sp.SP_DialogOpenButton,
        )  # fmt: skip
        self.act_open_folder = self._action(
            "Open &Folder…", self.choose_folder, "Ctrl+Shift+O",
            "Open every article and translation file in a folder", sp.SP_DirOpenIcon,
        )  # fmt: skip
        self.act_recheck = self._action(
            "Re-chec&k All", self.recheck_all, "F5", "Check every file again", sp.SP_BrowserReload
        )
        self.act_cancel = self._action("Cancel Check", self.cancel_check, "Ctrl+.", "Stop checking")
        # Saving never touches the original (Save Over Original does, after asking): the
        # names say "corrected copy", and which files.
        self.act_save = self._action(
            "&Save Corrected Copy…", self.save_current, QKeySequence.StandardKey.Save,
            "Save this file's corrected copy to the output folder (its changes shown first)",
            sp.SP_DialogSaveButton,
        )  # fmt: skip
        self.act_save.setIconText("Save Copy")  # the toolbar's short label
        self.act_save_all = self._action(
            "Save &All Corrected Copies…", self.save_all, "Ctrl+Shift+S",
            "Save every file's corrected copy to the output folder (their changes shown first)",
        )  # fmt: skip
        self.act_save_over = self._action(
            "Save O&ver Original…", self.save_over_original, None,
            "Replace the original file (a .bak backup is kept)",
        )  # fmt: skip
        self.act_output = self._action(
            "Output Fol&der…", self.choose_output_dir, None, "Where corrected copies are saved"
        )
        self.act_diff = self._action(
            "Show &Changes…", self.show_current_diff, "Ctrl+D",
            "This file's original against its corrected text (you can save from there)",
        )  # fmt: skip
        self.act_report = self._action(
            "&Export Report…", self.choose_report, "Ctrl+E",
            "Write every issue of all files with its decision (HTML, CSV or JSON)",
            sp.SP_FileDialogDetailedView,
        )  # fmt: skip
        self.act_qa_report = self._action(
            "Export QA Re&port…", self.choose_qa_report, "Ctrl+Shift+E",
            "Issues grouped by check, with the queries left for the author (HTML)",
        )  # fmt: skip
        self.act_quit = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)

    def _build_undo_actions(self) -> None:
        sp = QStyle.StandardPixmap
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

    def _build_review_actions(self) -> None:
        sp = QStyle.StandardPixmap
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
            "Edit Replacemen&t", self.edit_replacement, "F2", "Type your own replacement"
        )
        self.act_rule_file_accept = self._action(
            "Accept Rule in &File", lambda: self.decide_rule(True, batch=False),
            ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"],
            "Accept every open issue of this rule in this file",
        )  # fmt: skip
        self.act_rule_file_reject = self._action(
            "R&eject Rule in File", lambda: self.decide_rule(False, batch=False),
            "Ctrl+Shift+Backspace", "Reject every open issue of this rule in this file",
        )  # fmt: skip
        self.act_rule_batch_accept = self._action(
            "Accept Rule in All Fi&les", lambda: self.decide_rule(True, batch=True),
            ["Alt+Shift+Return", "Alt+Shift+Enter"],
            "Accept every open issue of this rule in every file",
        )  # fmt: skip
        self.act_rule_batch_reject = self._action(
            "Reject Rule in All File&s", lambda: self.decide_rule(False, batch=True),
            "Alt+Shift+Backspace", "Reject every open issue of this rule in every file",
        )  # fmt: skip
        self.act_safe_file_accept = self._action(
            "Accept Safe Fixes in This File", lambda: self.accept_safe(batch=False), None,
            "Accept every open safe fix in this file, as copydesk fix would; queries stay open",
        )  # fmt: skip
        self.act_safe_batch_accept = self._action(
            "Accept Safe Fi&xes in All Files", lambda: self.accept_safe(batch=True), None,
            "Accept every open safe fix in every file, as copydesk fix would; queries stay open",
        )  # fmt: skip
        self.act_clear_decisions = self._action(
            "&Clear Decisions in File", self.clear_decisions, None,
            "Take back every decision in this file (remembered ones too); Ctrl+Z gives them back",
        )  # fmt: skip
        self.act_next_file = self._action(
            "Next File with &Issues", self.next_file, "Ctrl+F8",
            "Go to the next file that has open issues (wraps)",
        )  # fmt: skip
        self.act_prev_file = self._action(
            "Previous File with Iss&ues", lambda: self.next_file(-1), "Ctrl+Shift+F8",
            "Go to the previous file that has open issues (wraps)",
        )  # fmt: skip
        self.act_mono = self._action("&Monospace Font", self.toggle_monospace)
        self.act_mono.setCheckable(True)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu("&File")
        menu.addActions([self.act_new_batch, self.act_open, self.act_open_folder])
        self.recent_menu = menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        menu.addActions([self.act_recheck, self.act_cancel, self.act_close_batch])
        menu.addSeparator()
        menu.addActions([self.act_diff, self.act_save, self.act_save_all, self.act_save_over])
        menu.addAction(self.act_output)
        menu.addActions([self.act_report, self.act_qa_report])
        menu.addSeparator()
        menu.addAction(self.act_quit)

        menu = self.menuBar().addMenu("&Edit")
        menu.addActions([self.act_undo, self.act_redo])
        menu.addSeparator()
        menu.addAction(self.act_edit_text)
        menu.addSeparator()
        menu.addAction(self.act_settings)

        menu = self.menuBar().addMenu("&Review")
        menu.addActions([self.act_next, self.act_prev, self.act_accept, self.act_reject])
        menu.addAction(self.act_edit_replacement)
        menu.addSeparator()
        menu.addActions([self.act_rule_file_accept, self.act_rule_file_reject])
        menu.addActions([self.act_rule_batch_accept, self.act_rule_batch_reject])
        menu.addActions([self.act_safe_file_accept, self.act_safe_batch_accept])
        menu.addAction(self.act_clear_decisions)
        menu.addSeparator()
        menu.addActions([self.act_next_file, self.act_prev_file])
        menu.addSeparator()
        menu.addActions([self.act_focus, self.act_focus_off])

        menu = self.menuBar().addMenu("&View")
        menu.addActions(list(self.mode_actions.values()))
        menu.addSeparator()
        menu.addAction(self.act_mono)

        menu = self.menuBar().addMenu("&Help")
        menu.addAction("Open the &Sample Article", self.open_sample)
        menu.addSeparator()
        menu.addAction("&Keyboard Shortcuts", self.show_shortcuts)
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
        tools.addSeparator()
        tools.addWidget(self.mode_combo)
        self.addToolBar(tools)
