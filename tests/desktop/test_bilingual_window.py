"""Bilingual files in the window, used as an editor would: open, look, decide, save.

An XLIFF with a changed figure opens with its unit's source and target side by
side, both figures marked; a fix accepted changes the target shown; the copy saved
differs from the original only inside that target.  A folder brings in XLIFF, PO,
an article pair and a plain article, the same set the command line takes; the
command line's ``fix`` and the window write the same bytes for the same decisions.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from copydesk.checks.decisions import Verdict
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_fix import accept_fixes, check_batch
from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.cli import main
from tests.desktop.conftest import wait_checked

pytestmark = pytest.mark.gui

DATA = Path(__file__).parents[1] / "checks" / "bilingual" / "data"

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="a.txt">
    <body>
      <trans-unit id="t1">
        <source>公司去年售出了1,200辆汽车。</source>
        <target>The company sold 1,300 cars last year .</target>
      </trans-unit>
      <trans-unit id="t2">
        <source>他工作了360天。</source>
        <target>He worked for 360 days &amp; nights.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

RULES = ("bilingual.numbers", "punct.space-before")


def _checks() -> list:
    return [c for c in REGISTRY.all() if c.id in RULES]


def _settings() -> Settings:
    return Settings(languagetool=LanguageToolSettings(enabled=False))


def _select(window, rule: str):
    """Click the issue of ``rule`` in the issue list."""
    for it in window.current.items:
        if it.issue.rule == rule:
            assert window.issue_panel.select_key(it.key)
            return it
    raise AssertionError(f"no {rule} issue listed")


def test_open_see_side_by_side_accept_and_save_as(make_window, qtbot, tmp_path):
    src = tmp_path / "job"
    src.mkdir()
    xlf = src / "job.xlf"
    xlf.write_text(XLIFF, "utf-8")
    window = make_window(_checks(), _settings())
    window.open_paths([str(xlf)])
    wait_checked(qtbot, window)
    assert window.current is not None and window.current.path == xlf
    assert window.bilingual_view.isVisible()
    model = window.issue_panel.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Unit"

    number = _select(window, "bilingual.numbers")
    assert model.data(model.index(model.file.items.index(number), 0)) == "t1"
    view = window.bilingual_view
    assert view.source_label.text() == "Source [t1]"
    assert view.source.toPlainText() == "公司去年售出了1,200辆汽车。"
    assert view.highlighted("target") == ["1,300"]  # the issue, on its side
    assert view.highlighted("source") == ["1,200"]  # the figure it was compared with

    _select(window, "punct.space-before")
    window.accept_current()
    assert view.target.toPlainText() == "The company sold 1,300 cars last year."
    assert window.issue_panel.model.file.corrected_targets() == {
        "t1": "The company sold 1,300 cars last year."
    }

    out = tmp_path / "out"
    window.output_dir = out
    assert window.save_current()
    saved = (out / "job.xlf").read_text("utf-8")
    assert saved == XLIFF.replace("last year .</target>", "last year.</target>")
    assert xlf.read_text("utf-8") == XLIFF  # the original untouched

    report = tmp_path / "review.json"
    assert window.export_report(report)
    rows = json.loads(report.read_text("utf-8"))["issues"]
    assert {(r["unit"], r["rule"], r["outcome"]) for r in rows} == {
        ("t1", "bilingual.numbers", "open"),
        ("t1", "punct.space-before", "accepted"),
    }


def _folder(tmp_path: Path) -> Path:
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "job.xlf").write_text(XLIFF, "utf-8")
    shutil.copy(DATA / "sample.po", d / "app.po")
    (d / "story.txt").write_text("They sold 1,300 cars.\n", "utf-8")
    (d / "story.zh.txt").write_text("他们卖了1,200辆车。\n", "utf-8")
    (d / "plain.txt").write_text("The ferry left on time .\n", "utf-8")
    (d / "notes.csv").write_text("name,count\nferries,3\n", "utf-8")  # no source/target
    return d


def test_open_folder_takes_bilingual_files_and_pairs(make_window, qtbot, tmp_path):
    d = _folder(tmp_path)
    window = make_window(_checks(), _settings())
    window.open_paths([str(d)])
    wait_checked(qtbot, window)
    kinds = {f.path.name: type(f).__name__ for f in window.session.files}
    assert kinds == {
        "job.xlf": "BilingualReview",
        "app.po": "BilingualReview",
        "story.txt": "BilingualReview",  # story.zh.txt is its source, not an article
        "plain.txt": "FileReview",
    }
    assert any("notes.csv: no source and target columns; skipped" in m
               for m in window.message_bar.messages)  # fmt: skip
    story = window.session.by_path(str(d / "story.txt"))
    assert story is not None and [it.issue.rule for it in story.items] == ["bilingual.numbers"]
    window._select_file(story)
    assert window.bilingual_view.isVisible()
    plain = window.session.by_path(str(d / "plain.txt"))
    assert plain is not None
    window._select_file(plain)
    assert not window.bilingual_view.isVisible()


def test_cli_check_takes_the_same_set_from_a_folder(tmp_path, capsys):
    d = _folder(tmp_path)
    code = main(["check", "--format", "json", "--no-languagetool", "--rules", ",".join(RULES),
                 str(d)])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 1
    listed = json.loads(captured.out)["files"]
    files = {Path(f["path"]).name: f.get("format", "text") for f in listed}
    assert files == {"job.xlf": "xliff-1.2", "app.po": "po", "story.txt": "paired-text",
                     "plain.txt": "text"}  # fmt: skip
    assert "notes.csv: no source and target columns; skipped" in captured.err


def test_cli_fix_and_window_save_the_same_bytes(make_window, qtbot, tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "job.xlf").write_text(XLIFF, "utf-8")
    shutil.copy(DATA / "sample.po", src / "app.po")
    cli_out = tmp_path / "cli"
    args = ["fix", "--all", "-o", str(cli_out), "--no-languagetool", "--rules", ",".join(RULES)]
    assert main([*args, str(src)]) == 0
    capsys.readouterr()

    window = make_window(_checks(), _settings())
    window.open_paths([str(src)])
    wait_checked(qtbot, window)
    for fr in window.session.files:
        window._select_file(fr)
        for it in list(fr.items):
            if it.issue.replacements and fr.is_open(it):
                window.issue_panel.select_key(it.key)
                window.accept_current()
    window.output_dir = tmp_path / "gui"
    assert window.save_all()
    for name in ("job.xlf", "app.po"):
        gui = (tmp_path / "gui" / name).read_bytes()
        assert gui == (cli_out / name).read_bytes()
        assert gui != (src / name).read_bytes()


def test_decisions_survive_a_recheck(tmp_path):
    xlf = tmp_path / "job.xlf"
    xlf.write_text(XLIFF, "utf-8")
    batch = ReviewBatch(remember=False)
    (fr,), loaded = batch.open_loaded([xlf])
    assert not loaded.errors
    engine = Engine(_settings(), checks=_checks())
    check_batch(engine, batch)
    assert accept_fixes(fr, apply_all=True) == []
    before = dict(fr.store.decisions)
    check_batch(engine, batch)  # the same issues come back under the same keys
    assert dict(fr.store.decisions) == before
    assert fr.corrected_targets() == {"t1": "The company sold 1,300 cars last year."}
    keys = [it.key for it in fr.items]
    assert all(k.startswith("t1\x1e") for k in keys)


MISSING = XLIFF.replace(
    "<source>他工作了360天。</source>", "<source>他工作了360天，走了500公里。</source>"
)


def test_a_query_on_the_source_cannot_be_rewritten_from_the_box(make_window, qtbot, tmp_path):
    """A figure missing from the target is shown on the source side; its span in the text is
    the whole target unit, so typing a word there would replace the unit: the box is off."""
    xlf = tmp_path / "job.xlf"
    xlf.write_text(MISSING, "utf-8")
    window = make_window(_checks(), _settings())
    window.open_paths([str(xlf)])
    wait_checked(qtbot, window)
    fr = window.current
    missing = next(
        it for it in fr.items
        if it.issue.rule == "bilingual.numbers" and fr.unit_issue(it).side == "source"
    )  # fmt: skip
    assert window.issue_panel.select_key(missing.key)
    box = window.issue_panel.replacement
    assert not box.isEnabled()
    window.accept_current()  # Keep: noted for the author, the target unchanged
    assert fr.corrected_targets() == {}
    decision = fr.decision(missing)
    assert decision is not None and decision.verdict == Verdict.REJECTED  # kept as is
    # A target-side issue still takes a typed replacement.
    _select(window, "punct.space-before")
    assert box.isEnabled()


def test_a_table_with_only_its_header_is_a_note_in_the_window(make_window, qtbot, tmp_path):
    # As check and fix say it: one line, nothing opened for it, the rest checked.
    d = tmp_path / "in"
    d.mkdir()
    (d / "todo.csv").write_text("source,target\n", "utf-8")
    (d / "plain.txt").write_text("The ferry left on time .\n", "utf-8")
    window = make_window(_checks(), _settings())
    window.open_paths([str(d)])
    wait_checked(qtbot, window)
    assert [f.path.name for f in window.session.files] == ["plain.txt"]
    assert f"{d / 'todo.csv'}: only a header, no rows; nothing to check" in (
        window.message_bar.messages
    )
