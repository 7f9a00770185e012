"""A new user's second trial of the window: what a person reads in it, pinned by tests.

The issue list at 1366×768 and 1600×1000 (the message readable, the decision in view,
"superseded" whole), the save commands named for what they do, a query's detail after
an edit inside it, and the sample article offered by an empty window.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from copydesk.checks.review import ItemStatus
from copydesk.desktop.dialogs import DiffDialog
from copydesk.desktop.issue_columns import DECISION, LINE, MESSAGE, RULE, SUGGESTION
from tests.desktop.conftest import TEH, wait_checked

pytestmark = pytest.mark.gui

LONG = "A sentence opens with a lower-case word after a full stop: capitalise it"


def _leading(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in regex.finditer(r"(?m)^ +", text):
        yield ctx.issue(m.start(), m.end() - m.start(), "Space at the start of the line", [""])


def _caption(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in regex.finditer(r"(?m)^ *Photo:[^\n]*\n", text):
        yield ctx.issue(m.start(), m.end() - m.start(), "Photo caption left in the text", [""])


def _lower(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in regex.finditer(r"(?<=\. )the\b", text):
        yield ctx.issue(m.start(), 3, LONG, ["The"])


LEADING = Check("space.leading", Category.WHITESPACE, "leading space", _leading)
CAPTION = Check("layout.caption", Category.LAYOUT, "caption", _caption)
LOWER = Check("case.sentence-start", Category.CASE, "lower-case start", _lower)

ARTICLE = (
    "Kim arrived on Tuesday. the trip took a day.\n"
    " Photo: North Korean leader Kim Jong Un in Vladivostok, 12 September\n"
    "He met Putin. the talks lasted hours.\n"
)


def _open(qtbot, make_window, tmp_path, size: tuple[int, int]):
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, "utf-8")
    w = make_window(checks=(LEADING, CAPTION, LOWER))
    w.resize(*size)
    w.open_paths([str(path)])
    wait_checked(qtbot, w)
    qtbot.waitUntil(lambda: w.size().width() == size[0])
    return w, w.current


def _cell_text_fits(table, col: int, text: str) -> bool:
    # The cell's margins take a few pixels on each side of the text.
    return table.columnWidth(col) >= table.fontMetrics().horizontalAdvance(text) + 6


@pytest.mark.parametrize("size", [(1366, 768), (1600, 1000)])
def test_the_message_is_readable_and_the_decision_in_view(qtbot, make_window, tmp_path, size):
    w, fr = _open(qtbot, make_window, tmp_path, size)
    table = w.issue_panel.table
    header = table.horizontalHeader()
    room = table.viewport().width()

    def laid_out() -> bool:
        last = header.sectionViewportPosition(DECISION) + header.sectionSize(DECISION)
        return 0 < last <= room

    qtbot.waitUntil(laid_out)
    # The message is the widest column, well over a third of the list: its title whole.
    message = table.columnWidth(MESSAGE)
    shown = [c for c in (LINE, RULE, SUGGESTION, DECISION) if not header.isSectionHidden(c)]
    assert all(message > table.columnWidth(c) for c in shown), [
        table.columnWidth(c) for c in range(5)
    ]
    assert message >= room * 0.4
    assert _cell_text_fits(table, MESSAGE, "Message")
    assert _cell_text_fits(table, MESSAGE, "Space at the start of the line")
    # The decision: right of the message, inside the list, with no scroll bar to reach it.
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionViewportPosition(DECISION) + table.columnWidth(DECISION) <= room
    for word in ("Decision", "superseded", "kept as is", "accepted", "rejected"):
        assert _cell_text_fits(table, DECISION, word), word
    # The rule is never a stub: shown whole, or left to the tooltip and the detail.
    if not header.isSectionHidden(RULE):
        assert _cell_text_fits(table, RULE, "case.sentence-start")
    model = w.issue_panel.proxy
    for row in range(model.rowCount()):
        tip = model.data(model.index(row, MESSAGE), Qt.ItemDataRole.ToolTipRole)
        assert fr.items[row].issue.rule in tip  # the rule, even when its column is left out


def test_superseded_is_shown_whole_after_a_caption_is_removed(qtbot, make_window, tmp_path):
    w, fr = _open(qtbot, make_window, tmp_path, (1366, 768))
    leading = next(it for it in fr.items if it.issue.rule == "space.leading")
    caption = next(it for it in fr.items if it.issue.rule == "layout.caption")
    w.select_item(caption)
    w.accept_current()
    panel = w.issue_panel
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of_key(leading.key), 0))
    cell = panel.proxy.index(row.row(), DECISION)
    assert panel.proxy.data(cell) == "superseded"
    rect = panel.table.visualRect(cell)
    assert rect.right() <= panel.table.viewport().width()
    assert rect.width() >= panel.table.fontMetrics().horizontalAdvance("superseded") + 6


def test_a_wide_issue_panel_shows_the_rule_whole(qtbot, make_window, tmp_path):
    w, _fr = _open(qtbot, make_window, tmp_path, (1600, 1000))
    files, text, issues = w.splitter.sizes()
    w.splitter.setSizes([files, text - 400, issues + 400])  # the editor drags the divider
    table = w.issue_panel.table
    qtbot.waitUntil(lambda: not table.horizontalHeader().isSectionHidden(RULE))
    assert _cell_text_fits(table, RULE, "case.sentence-start")
    assert table.columnWidth(MESSAGE) >= table.viewport().width() * 0.4


# Saving: the names say what is written, and where.


def _menu_items(w, title: str) -> list[str]:
    menu = next(a.menu() for a in w.menuBar().actions() if a.text().replace("&", "") == title)
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_save_commands_say_corrected_copy(qtbot, make_window, tmp_path):
    w, _fr = _open(qtbot, make_window, tmp_path, (1366, 768))
    items = _menu_items(w, "File")
    assert "Save Corrected Copy…" in items and "Save All Corrected Copies…" in items
    assert "Show Changes…" in items and "Save Over Original…" in items
    assert not any(i in ("Save File…", "Save All…") for i in items)
    native = QKeySequence.SequenceFormat.NativeText
    assert w.act_save.shortcut().toString(native) == QKeySequence("Ctrl+S").toString(native)
    assert w.act_save_all.shortcut().toString(native) == QKeySequence("Ctrl+Shift+S").toString(
        native
    )
    assert ("Save All Corrected Copies", w.act_save_all.shortcut().toString(native)) in (
        w.shortcut_rows()
    )


def _real_dialog(w, monkeypatch, answer):
    """Use the real changes dialog; record what it showed and answer it."""
    del w.confirm_diff
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        return answer

    monkeypatch.setattr(DiffDialog, "exec", exec_)
    return seen


def test_show_changes_is_titled_for_the_changes_and_its_button_says_where(
    qtbot, make_window, tmp_path, monkeypatch
):
    w, fr = _open(qtbot, make_window, tmp_path, (1366, 768))
    w.output_dir = tmp_path / "story-corrected"
    w.select_item(next(it for it in fr.items if it.issue.rule == "case.sentence-start"))
    w.accept_current()
    seen = _real_dialog(w, monkeypatch, DiffDialog.DialogCode.Rejected)
    w.act_diff.trigger()
    dialog = seen[0]
    assert dialog.windowTitle() == "Changes in story.txt"
    assert "Save to" not in dialog.windowTitle()
    assert dialog.save_button.text() == "Save Corrected Copy to “story-corrected”"
    assert str(tmp_path / "story-corrected") in dialog.target_label.text()
    assert dialog.close_button.text().replace("&", "") == "Close"
    assert not (tmp_path / "story-corrected" / "story.txt").exists()  # Close saves nothing
    monkeypatch.setattr(DiffDialog, "exec", lambda d: DiffDialog.DialogCode.Accepted)
    w.act_diff.trigger()  # its save button saves the copy, the original untouched
    saved = (tmp_path / "story-corrected" / "story.txt").read_text("utf-8")
    assert "day.\n" in saved and ". The trip" in saved
    assert (tmp_path / "story.txt").read_text("utf-8") == ARTICLE


def test_saving_asks_with_a_dialog_named_for_the_save(qtbot, make_window, tmp_path, monkeypatch):
    w, _fr = _open(qtbot, make_window, tmp_path, (1366, 768))
    (tmp_path / "other.txt").write_text("He left. the end.\n", "utf-8")
    w.open_paths([str(tmp_path / "other.txt")])
    wait_checked(qtbot, w)
    w.output_dir = tmp_path / "out"
    seen = _real_dialog(w, monkeypatch, DiffDialog.DialogCode.Rejected)
    w.act_save.trigger()
    w.act_save_all.trigger()
    w.act_save_over.trigger()
    titles = [d.windowTitle() for d in seen]
    buttons = [d.save_button.text() for d in seen]
    assert titles[0].startswith("Save Corrected Copy of ")
    assert buttons[0] == "Save Corrected Copy to “out”"
    assert titles[1] == "Save All Corrected Copies"
    assert buttons[1] == "Save 2 Corrected Copies to “out”"
    assert buttons[2] == "Save Over Original"
    assert "original files" in seen[2].target_label.text()
    assert not (tmp_path / "out").exists()  # every one cancelled


# A query's detail after an edit inside its text.

JOB20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment>
        <source>北京市政府周一宣布，将投资1200万元修建新公园。</source>
        <target>The Beijing municipal government, under pressure from residents, business \
groups and environmental organisations across the city for many months, announced on Monday \
that it will invest 13 million yuan to build a new park.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""


def test_a_units_query_quotes_the_target_as_edited(qtbot, make_window, tmp_path):
    from copydesk.checks.registry import REGISTRY
    from copydesk.checks.settings import LanguageToolSettings, Settings

    xlf = tmp_path / "job20.xlf"
    xlf.write_text(JOB20, "utf-8")
    checks = [c for c in REGISTRY.all() if c.id in ("bilingual.numbers", "bilingual.addition")]
    w = make_window(checks, Settings(languagetool=LanguageToolSettings(enabled=False)))
    w.open_paths([str(xlf)])
    wait_checked(qtbot, w)
    fr, panel = w.current, w.issue_panel
    number = next(it for it in fr.items if it.issue.rule == "bilingual.numbers")
    addition = next(it for it in fr.items if it.issue.rule == "bilingual.addition")
    w.select_item(number)
    # the issue quotes the whole figure, "13 million": the editor types the right one
    assert fr.text[number.issue.offset : number.issue.end] == "13 million"
    panel.replacement.setEditText("12 million")
    w.accept_current()
    w.select_item(addition)
    assert "12 million" in panel.context.text() and "13 million" not in panel.context.text()
    assert "12 million" in panel.replacement.currentText()
    assert "13" not in panel.replacement.currentText()
    assert "the text below is the text now, with that fix" in panel.message.text()
    assert w.bilingual_view.highlighted("target") == [fr.corrected_targets()["u1"]]
    w.accept_current()  # Keep, with the text the box shows
    assert fr.status(addition) == ItemStatus.KEPT
    assert "12 million" in fr.corrected_targets()["u1"]
    # The figure's own detail still quotes what it was found on, and the edit.
    w.select_item(number)
    assert ">13 million<" in panel.context.text()
    assert panel.replacement.currentText() == "12 million"


def test_a_plain_files_query_quotes_its_sentence_as_edited(qtbot, make_window, tmp_path):
    def sentence(text: str, ctx: CheckContext) -> Iterator[Issue]:
        for m in regex.finditer(r"We saw [^.]*\.", text):
            yield ctx.issue(m.start(), m.end() - m.start(), "Who saw it?", [])

    query = Check("test.who", Category.STYLE, "who", sentence)
    path = tmp_path / "x.txt"
    path.write_text("We saw teh cat.\n", "utf-8")
    w = make_window(checks=(TEH, query))
    w.open_paths([str(path)])
    wait_checked(qtbot, w)
    fr, panel = w.current, w.issue_panel
    w.select_item(next(it for it in fr.items if it.issue.rule == "test.teh"))
    w.accept_current()
    who = next(it for it in fr.items if it.issue.rule == "test.who")
    w.select_item(who)
    assert "the cat" in panel.context.text() and "teh" not in panel.context.text()
    assert panel.replacement.currentText() == "We saw the cat."
    row = panel.proxy.mapFromSource(panel.model.index(panel.model.row_of_key(who.key), 0))
    assert "the·cat" in panel.proxy.index(row.row(), SUGGESTION).data()
    w.accept_current()
    assert fr.status(who) == ItemStatus.KEPT
    assert fr.corrected().text == "We saw the cat.\n"


# The empty window offers the sample article that `copydesk start` checks without a display.


def test_an_empty_window_offers_the_sample_article(qtbot, make_window):
    from copydesk.cli import sample_article

    w = make_window()
    page = w.start_page
    assert page.isVisible() and not w.view.isVisible()
    assert w.sample_button.isVisible() and w.sample_button.text() == "Open the Sample Article"
    qtbot.mouseClick(w.sample_button, Qt.MouseButton.LeftButton)
    wait_checked(qtbot, w)
    assert [f.name for f in w.session.files] == [sample_article().name]
    fr = w.current
    # A copy in the data folder: a corrected copy saved beside it stays out of the package.
    assert fr.path != sample_article() and fr.path.read_bytes() == sample_article().read_bytes()
    assert w.view.isVisible() and not page.isVisible()
    assert w.view.toPlainText() == fr.text
    w.close_batch()
    assert page.isVisible() and not w.view.isVisible()


def test_the_help_menu_opens_the_sample_too(qtbot, make_window):
    w = make_window()
    menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Help")
    names = {a.text().replace("&", ""): a for a in menu.actions()}
    action = names["Open the Sample Article"]
    action.trigger()
    assert [f.name for f in w.session.files] == ["sample-article.txt"]
    wait_checked(qtbot, w)


def test_start_without_a_display_checks_that_sample(monkeypatch, capsys):
    from copydesk import cli

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    assert cli.main(["start"]) == 0
    captured = capsys.readouterr()
    assert f"No display found: checking the sample article {cli.sample_article()}" in (captured.err)
    assert "sample-article.txt" in captured.out
    # ... and says what to do next with one's own files
    assert captured.err.rstrip().endswith(cli.next_steps(cli.command_name()))
    assert "copydesk check" in cli.NEXT_STEPS and "copydesk fix --output" in cli.NEXT_STEPS


def test_the_next_step_names_the_program_as_it_was_started(monkeypatch, tmp_path):
    # the README's first command leaves .venv inactive: "copydesk" alone is unknown there
    from copydesk import cli

    program = tmp_path / ".venv" / "bin" / "copydesk"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli.sys, "argv", [str(program), "start"])
    monkeypatch.setattr(cli.shutil, "which", lambda name: None)
    assert cli.command_name() == ".venv/bin/copydesk"
    assert "`.venv/bin/copydesk check FILE-OR-FOLDER`" in cli.next_steps(cli.command_name())
    assert "`.venv/bin/copydesk fix --output FOLDER" in cli.next_steps(cli.command_name())
    # ... and "copydesk" when that name on PATH is this program
    monkeypatch.setattr(cli.shutil, "which", lambda name: str(program))
    assert cli.command_name() == "copydesk"


def test_a_po_files_sentence_long_unit_ids_leave_the_message_its_room(qtbot, make_window, tmp_path):
    from copydesk.checks.registry import REGISTRY
    from copydesk.checks.settings import LanguageToolSettings, Settings

    po = tmp_path / "app.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n\n'
        'msgid "Il treno parte alle 8:15 dal binario 4 della stazione centrale di Milano."\n'
        'msgstr "The train leaves at 8:45 from platform 4 of the central station of Milan ."\n',
        "utf-8",
    )
    checks = [c for c in REGISTRY.all() if c.id in ("bilingual.numbers", "punct.space-before")]
    w = make_window(checks, Settings(languagetool=LanguageToolSettings(enabled=False)))
    w.resize(1366, 768)
    w.open_paths([str(po)])
    wait_checked(qtbot, w)
    table = w.issue_panel.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(MESSAGE) > header.sectionSize(LINE))
    assert table.model().index(0, LINE).data().startswith("Il treno parte")  # the msgid
    others = [table.columnWidth(c) for c in (LINE, RULE, SUGGESTION, DECISION)]
    assert table.columnWidth(MESSAGE) > max(others)
    assert table.columnWidth(MESSAGE) >= table.viewport().width() * 0.35
    assert table.columnWidth(LINE) < table.viewport().width() / 5
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionViewportPosition(DECISION) + table.columnWidth(DECISION) <= (
        table.viewport().width()
    )
