"""A bilingual file is re-checked after a decision, as an article is.

A fix in a unit's target can reveal the next artifact there: the mojibake repair turns
``March.â€œWe`` into ``March.“We``, where a space is missing.  ``copydesk fix`` finds
it in its next pass over the units; the window now finds it after the decision, on a
worker, without F5, and places it on the working text inside its own unit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.checks.review import ItemStatus
from copydesk.checks.review_bilingual import BilingualReview
from copydesk.cli import main
from copydesk.desktop.issuepanel import REVEALED
from tests.desktop.conftest import accept_every_safe_fix, file_tree, recheck_window, wait_rechecked

pytestmark = pytest.mark.gui

MOJIBAKE = "\u00e2\u20ac\u0153"  # “ read as Windows-1252
HASKEL = (
    "Haskel said that his priority would be the areas hit by the floods in"
    f" March.{MOJIBAKE}We will rebuild every house,\u201d he said."
)
PO = f'''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: en\\n"

msgid "Haskel dijo que reconstruiría las zonas afectadas por las inundaciones de marzo."
msgstr "{HASKEL}"

msgid "La participación fue del 64 por ciento."
msgstr "Turnout was 64 percent , up from 58 percent."
'''
XLIFF = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="zh-CN" target-language="en-US" datatype="plaintext" original="a.txt">
    <body>
      <trans-unit id="t1">
        <source>市长说：道路将关闭到星期五。</source>
        <target>The mayor said:{MOJIBAKE}The road stays closed until Friday.\u201d</target>
      </trans-unit>
      <trans-unit id="t2">
        <source>公司去年售出了1,200辆汽车。</source>
        <target>The company sold 1,300 cars last year .</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""
TSV = (
    "id\tsource\ttarget\n"
    f"u1\t他来了。\tHe came on Sunday.. {MOJIBAKE}It is over,\u201d he said.\n"
    "u2\t他们卖了1,200辆车。\tThey sold  1,300 cars.\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "job"
    d.mkdir()
    (d / "news.po").write_text(PO, "utf-8")
    (d / "mayor.xlf").write_text(XLIFF, "utf-8")
    (d / "pairs.tsv").write_text(TSV, "utf-8")
    return d


def test_accepting_every_safe_fix_saves_what_fix_writes(
    qtbot, capsys, folder: Path, tmp_path: Path
) -> None:
    cli_out = tmp_path / "cli-out"
    assert main(["fix", "--no-languagetool", "-o", str(cli_out), str(folder)]) in (0, 1)
    capsys.readouterr()
    assert "March. \u201cWe will" in (cli_out / "news.po").read_text("utf-8")
    assert "said: \u201cThe road" in (cli_out / "mayor.xlf").read_text("utf-8")

    w = recheck_window(qtbot, [folder])
    assert all(isinstance(f, BilingualReview) for f in w.session.files)
    passes = accept_every_safe_fix(qtbot, w)
    assert passes >= 2  # the second pass holds the fixes the first one revealed
    w.output_dir = tmp_path / "gui-out"
    assert w.save_all()
    assert file_tree(tmp_path / "gui-out") == file_tree(cli_out)


def test_a_revealed_issue_is_listed_in_its_unit_without_f5(qtbot, folder: Path) -> None:
    w = recheck_window(qtbot, [folder / "news.po"])
    fr = w.session.files[0]
    assert isinstance(fr, BilingualReview)
    repair = next(it for it in fr.items if it.issue.matched(fr.text) == MOJIBAKE)
    later = [(it.key, it.issue) for it in fr.items if fr.unit_of(it).target != HASKEL]
    assert later  # the second unit's issues: no fix there, so the same after the re-check
    w.select_item(repair)
    w.accept_current(repair.issue.replacements[0])
    wait_rechecked(qtbot, w)

    revealed = next(it for it in fr.items if it.issue.rule == "punct.missing-space")
    assert fr.unit_of(revealed).target == HASKEL  # in its own unit, over the repair
    assert MOJIBAKE in revealed.issue.matched(fr.text)
    assert revealed.issue.replacements[0].endswith(" \u201c")
    assert revealed.issue.safe and fr.is_open(revealed)
    assert w.issue_panel.model.rowCount() == len(fr.items)
    w.select_item(revealed)
    assert REVEALED in w.issue_panel.message.text()
    assert [(it.key, it.issue) for it in fr.items if fr.unit_of(it).target != HASKEL] == later

    w.accept_current(revealed.issue.replacements[0])
    wait_rechecked(qtbot, w)
    assert fr.status(repair) == ItemStatus.SUPERSEDED
    assert "March. \u201cWe will" in fr.corrected().text
    shown, _ui, _echoes = w.current.shown_unit(revealed)
    assert "March. \u201cWe will" in shown.target  # the side-by-side view shows it too
    # Undo both: nothing reveals the missing space any more; it goes.
    w.undo_stack.undo()
    wait_rechecked(qtbot, w)
    w.undo_stack.undo()
    wait_rechecked(qtbot, w)
    assert not any(it.issue.rule == "punct.missing-space" for it in fr.items)
    assert fr.corrected().text == fr.text


def test_a_query_the_fixes_settle_goes_without_f5(qtbot, folder: Path) -> None:
    # "”" reads as a quote never opened until the repair and the space it reveals make
    # ` “We`: the query goes with those fixes, and comes back when they are undone.
    w = recheck_window(qtbot, [folder / "news.po"])
    fr = w.session.files[0]

    def quotes() -> list[str]:
        return [it.issue.matched(fr.text) for it in fr.items if "Unclosed" in it.issue.rule]

    assert quotes() == ["\u201d"]
    for rule in ("encoding.mojibake", "punct.missing-space"):
        fix = next(it for it in fr.items if it.issue.rule == rule)
        w.select_item(fix)
        w.accept_current(fix.issue.replacements[0])
        wait_rechecked(qtbot, w)
    assert quotes() == []
    w.undo_stack.undo()
    wait_rechecked(qtbot, w)
    assert quotes() == ["\u201d"]
