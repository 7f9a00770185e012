"""Issue 14 item 1: an existing corrected copy is never replaced without saying what is lost."""

from __future__ import annotations

from tests.desktop.conftest import wait_checked

TEXT = "We saw teh cat.\n"


def test_saving_over_an_earlier_corrected_copy_asks_first(qtbot, make_window, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(TEXT, "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    earlier = out / "a.txt"
    # A copy from an earlier session holding text typed there.
    earlier.write_text("We saw the cat.\nA paragraph typed by hand.\n", "utf-8")
    w = make_window()
    w.output_dir = out
    w.open_paths([src])
    wait_checked(qtbot, w)
    w.issue_panel.select_key(w.current.items[0].key)
    w.accept_current()
    asked: list[str] = []
    w.ask = lambda title, text: bool(asked.append(text))  # the editor answers No
    assert not w.save_all()
    assert "1 line(s) in it would be lost" in asked[0]
    assert "A paragraph typed by hand." in asked[0]
    assert earlier.read_text("utf-8").endswith("A paragraph typed by hand.\n")
    w.ask = lambda title, text: True
    assert w.save_all()
    assert earlier.read_text("utf-8") == "We saw the cat.\n"
    # Saving again in the same review replaces its own copy without asking.
    asked.clear()
    w.ask = lambda title, text: bool(asked.append(text))
    w.issue_panel.select_key(w.current.items[0].key)
    assert w.save_all() and asked == []
