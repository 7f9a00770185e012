"""A fix can reveal the next artifact: the window re-checks after a decision, as `fix` does.

Accepting a mojibake repair turns ``March.â€œWe`` into ``March.“We``, where a space is
missing.  ``copydesk fix`` finds that in its next pass; the window listed it only after
F5, so its saved copy differed from ``fix``'s for the same "accept every safe fix".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.checks.review import ItemStatus
from copydesk.cli import main
from copydesk.desktop.issuepanel import REVEALED
from tests.desktop.conftest import (
    accept_every_safe_fix,
    file_tree,
    recheck_window,
    wait_checked,
    wait_rechecked,
)

pytestmark = pytest.mark.gui

MOJIBAKE = "\u00e2\u20ac\u0153"  # “ read as Windows-1252

ELECTION = (
    "Governor wins second term\n\n"
    "The governor, Piotr Haskel, won a second term on Sunday with 51.3 percent of the vote.\n\n"
    "Haskel said that his priority would be the areas hit by the floods in"
    f" March.{MOJIBAKE}We will rebuild every house,\u201d he told supporters.\n\n"
    "Turnout was 64 percent , up from 58 percent four years ago.\n"
)
FIRE = (
    "Fire closes the coast road\n\n\n\n"
    "A fire broke out near the harbour on Sunday.. Firefighters worked through the night.\n\n"
    f"The mayor said:{MOJIBAKE}The road stays closed until Friday.\u201d\n\n"
    "Residents were asked to keep their windows shut.\n"
)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "election.txt").write_text(ELECTION, "utf-8")
    (d / "fire.txt").write_text(FIRE, "utf-8")
    return d


def test_accepting_every_safe_fix_saves_what_fix_writes(
    qtbot, capsys, articles: Path, tmp_path: Path
) -> None:
    cli_out = tmp_path / "cli-out"
    assert main(["fix", "--no-languagetool", "-o", str(cli_out), str(articles)]) in (0, 1)
    capsys.readouterr()
    written = (cli_out / "election.txt").read_text("utf-8")
    assert "March. \u201cWe will" in written  # fix's second pass put the space in

    w = recheck_window(qtbot, [articles])
    passes = accept_every_safe_fix(qtbot, w)
    assert passes >= 2  # the second pass is the fix the first one revealed
    w.output_dir = tmp_path / "gui-out"
    assert w.save_all()
    assert file_tree(tmp_path / "gui-out") == file_tree(cli_out)


def test_a_revealed_issue_is_listed_without_f5_and_undo_takes_it_back(
    qtbot, articles: Path
) -> None:
    w = recheck_window(qtbot, [articles / "election.txt"])
    fr = w.session.files[0]
    repair = next(it for it in fr.items if it.issue.matched(fr.text) == MOJIBAKE)
    assert not any(it.issue.rule == "punct.missing-space" for it in fr.items)
    before = len(fr.items)
    w.select_item(repair)
    w.accept_current(repair.issue.replacements[0])
    wait_rechecked(qtbot, w)

    # Listed on the working text, holding the repair it corrects: `.â€œ` -> `. “`.
    revealed = next(it for it in fr.items if it.issue.rule == "punct.missing-space")
    assert revealed.issue.safe and fr.is_open(revealed)
    assert revealed.issue.replacements[0].endswith(" \u201c")
    assert MOJIBAKE in revealed.issue.matched(fr.text)
    assert len(fr.items) == before + 1
    assert fr.status(repair) == ItemStatus.ACCEPTED
    # The list the editor sees shows it (a row per item, the new one among them).
    assert w.issue_panel.model.rowCount() == len(fr.items)
    w.select_item(revealed)  # its detail says it was found after the fix, not before
    assert REVEALED in w.issue_panel.message.text()
    # In plain words, naming the fix inside it (trial 19 found "the text the fix inside it
    # left" hard to read).
    assert f"({REVEALED} ({repair.issue.rule}): the text below is what is left of it" in (
        w.issue_panel.message.text()
    )

    w.select_item(revealed)
    w.accept_current(revealed.issue.replacements[0])
    wait_rechecked(qtbot, w)
    assert "March. \u201cWe will" in fr.corrected().text
    assert fr.status(repair) == ItemStatus.SUPERSEDED  # the larger fix holds the repair
    key = revealed.key

    # Undo the space: the issue is open again, under its own key, and still listed.
    w.undo_stack.undo()
    wait_rechecked(qtbot, w)
    again = next(it for it in fr.items if it.issue.rule == "punct.missing-space")
    assert again.key == key and fr.is_open(again)
    assert "March.\u201cWe will" in fr.corrected().text
    # Undo the repair: nothing reveals the missing space any more; it goes.
    w.undo_stack.undo()
    wait_rechecked(qtbot, w)
    assert not any(it.issue.rule == "punct.missing-space" for it in fr.items)
    assert fr.corrected().text == fr.text
    # Redo both: the same decisions come back, the revealed fix with its own.
    w.undo_stack.redo()
    wait_rechecked(qtbot, w)
    w.undo_stack.redo()
    wait_rechecked(qtbot, w)
    assert "March. \u201cWe will" in fr.corrected().text


# --- the fourth trial's small items -------------------------------------------------


def test_the_proposed_output_folder_can_be_chosen_before_it_exists(
    qtbot, make_window, monkeypatch, tmp_path: Path
) -> None:
    from copydesk.desktop import window_saving
    from tests.desktop.conftest import TEH

    seen: list[bool] = []

    def opened(name: str):
        d = tmp_path / name
        d.mkdir()
        (d / "story.txt").write_text("We saw teh cat.\n", "utf-8")
        w = make_window(checks=(TEH,))
        w.open_paths([str(d)])
        wait_checked(qtbot, w)
        return w, tmp_path / f"{name}-corrected"

    def answer(w, proposed: Path, chosen: str) -> None:
        def ask(_parent, _title, start):
            # A folder dialog greys Choose for a folder that is not there.
            seen.append(Path(start) == proposed and proposed.is_dir())
            return chosen

        monkeypatch.setattr(window_saving.QFileDialog, "getExistingDirectory", ask)
        w.choose_output_dir()

    w, proposed = opened("monday")
    answer(w, proposed, "")  # cancelled: nothing is left behind
    assert seen == [True] and not proposed.exists()
    answer(w, proposed, str(proposed))  # chosen: there it is
    assert seen == [True, True] and proposed.is_dir()
    assert w.effective_output_dir() == proposed

    w, proposed = opened("tuesday")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    answer(w, proposed, str(elsewhere))  # another chosen: the empty proposal goes
    assert seen == [True, True, True] and not proposed.exists()
    assert w.effective_output_dir() == elsewhere


def test_a_long_suggestion_keeps_its_arrow_and_both_sides(qtbot, make_window) -> None:
    from PySide6.QtGui import QFontMetrics

    from copydesk.desktop.issue_columns import ARROW, elide_suggestion

    w = make_window()
    metrics = QFontMetrics(w.issue_panel.table.font())
    text = "transportand → transport·and"
    width = metrics.horizontalAdvance(text) * 2 // 3
    cut = elide_suggestion(metrics, text, width)
    old, new = cut.split(ARROW)
    assert metrics.horizontalAdvance(cut) <= width
    assert old.endswith("rtand") and new.endswith("rt·and")  # the difference in view
    assert elide_suggestion(metrics, text, 10_000) == text
    # A short side stays whole; the long one takes the cut.
    long = "a → " + "b" * 80
    assert elide_suggestion(metrics, long, 200).startswith("a → b")


def test_the_current_issue_is_the_selected_row(qtbot, make_window, tmp_path: Path) -> None:
    from tests.desktop.conftest import TEH

    (tmp_path / "a.txt").write_text("teh one, teh two, teh three.\n", "utf-8")
    w = make_window(checks=(TEH,))
    w.open_paths([str(tmp_path / "a.txt")])
    wait_checked(qtbot, w)
    table = w.issue_panel.table
    table.selectionModel().clearSelection()
    # What focus entering the list does: the first row current, no selection.
    table.selectionModel().setCurrentIndex(
        w.issue_panel.proxy.index(0, 0), table.selectionModel().SelectionFlag.NoUpdate
    )
    assert table.selectionModel().isRowSelected(0, table.rootIndex())
    assert w.current_item() is w.current.items[0]
    w.next_issue()  # F8 goes on from the issue shown selected
    assert w.current_item() is w.current.items[1]
