"""Show Changes counts the edits ``copydesk fix``'s report lists, revealed fixes included.

A fix revealed by another (the space missing after a repaired quote) is placed over the
repair it corrects and supersedes it: one edit of the working text.  ``fix`` made it in
two passes and its report lists both; so does Show Changes now, each on its own row.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTextBrowser

from copydesk.cli import main
from copydesk.desktop.dialogs import DiffDialog
from tests.desktop.conftest import recheck_window, wait_rechecked
from tests.desktop.test_recheck_after_fix import ELECTION, MOJIBAKE

pytestmark = pytest.mark.gui


def test_show_changes_counts_what_fix_reports(qtbot, capsys, tmp_path: Path) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    (src / "election.txt").write_text(ELECTION, "utf-8")
    report = tmp_path / "fix.json"
    args = ["fix", "--no-languagetool", "-o", str(tmp_path / "out"), "--report", str(report)]
    assert main([*args, str(src)]) in (0, 1)
    capsys.readouterr()
    rows = json.loads(report.read_text("utf-8"))["issues"]
    reported = Counter(r["rule"] for r in rows if r["outcome"] in ("accepted", "edited"))
    assert reported["encoding.mojibake"] == reported["punct.missing-space"] == 1

    w = recheck_window(qtbot, [src])
    fr = w.session.files[0]
    while w.accept_safe(batch=True):
        wait_rechecked(qtbot, w)
    assert fr.corrected().text == (tmp_path / "out" / "election.txt").read_text("utf-8")
    changes = fr.changes()
    assert Counter(c.rule for c in changes) == reported
    # The revealed fix's row reads from the repaired text, the repair's from the original.
    by_rule = {c.rule: c for c in changes}
    assert by_rule["encoding.mojibake"].before == MOJIBAKE
    assert MOJIBAKE not in by_rule["punct.missing-space"].before
    assert by_rule["punct.missing-space"].after.endswith(" \u201c")
    dialog = DiffDialog([fr], str(tmp_path / "gui-out"), w, showing=True)
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QTextBrowser).toPlainText()
    assert f"{sum(reported.values())} accepted change(s)." in shown
