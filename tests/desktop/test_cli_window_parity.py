"""The command line and the window give the same results on the same multi-file batch.

Same issues at the same line and column, the same corrected bytes when every
suggestion is accepted, and the same report: both go through the review layer.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.cli import main
from tests.desktop.conftest import wait_checked

pytestmark = pytest.mark.gui

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "sample-article.txt"
_TEXT_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<rule>[\w.-]+): ")


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """Three articles: the sample, a copy spelling a name another way, and a CRLF file."""
    d = tmp_path / "batch"
    (d / "sub").mkdir(parents=True)
    sample = SAMPLE.read_text("utf-8")
    (d / "a.txt").write_text(sample, "utf-8")
    (d / "b.txt").write_text(
        sample.replace("Helena Marchetti said", "Helena Marcheti said"), "utf-8"
    )
    # Two figures that disagree: queries, left open by fix --all and the window alike.
    crlf = (
        "Ferry  talks resume.\n\n\n\nThe board met on Monday..\n\n"
        "The Zarechny observatory lies some 1,700 kilometres south of Irkutsk.\n\n"
        "The Zarechny observatory, in the far north, lies 1,100 km from Irkutsk.\n\nAFP\n"
    )
    (d / "sub" / "c.md").write_bytes(crlf.replace("\n", "\r\n").encode("utf-8"))
    (d / "empty.txt").write_text("", "utf-8")  # skipped by both, with the same line
    return d


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _window_settings() -> Settings:
    return Settings(languagetool=LanguageToolSettings(enabled=False))


def test_same_issues_lines_bytes_and_report(qtbot, capsys, batch: Path, tmp_path: Path) -> None:
    from copydesk.desktop.main_window import MainWindow

    # The command line: issues (text and JSON), then every suggestion accepted.
    code, out, err = _run(capsys, "check", "--no-languagetool", str(batch))
    assert code == 2 and "empty file" in err  # an empty input is bad input: exit 2
    cli_text = sorted(
        (m["path"], int(m["line"]), int(m["col"]), m["rule"])
        for m in map(_TEXT_LINE.match, out.splitlines())
        if m
    )
    _, out, _ = _run(capsys, "check", "--no-languagetool", "--format", "json", str(batch))
    cli_spans = sorted(
        (f["path"], i["offset"], i["length"], i["rule"])
        for f in json.loads(out)["files"]
        for i in f["issues"]
    )
    cli_json = sorted(
        (f["path"], i["line"], i["column"], i["rule"])
        for f in json.loads(out)["files"]
        for i in f["issues"]
    )
    assert cli_json == cli_text  # JSON names the places text output names
    cli_out, cli_report = tmp_path / "cli-out", tmp_path / "cli-report.csv"
    args = ["fix", "--all", "--no-languagetool", "-o", str(cli_out), "--report", str(cli_report)]
    assert _run(capsys, *args, str(batch))[0] == 2  # the empty file: copied, and exit 2

    # The window, driven as an editor would: open the folder, accept every suggestion.
    w = MainWindow(settings=_window_settings())
    qtbot.addWidget(w)
    w.confirm_diff = lambda files, target, **_kw: True
    w.open_paths([str(batch)])
    wait_checked(qtbot, w, timeout=60000)
    assert any("empty file" in m for m in w.message_bar.messages)
    items = [(fr, it) for fr in w.session.files for it in fr.items]
    gui_text = []
    for fr in w.session.files:  # the line as the issue list shows it
        w._select_file(fr)
        model = w.issue_panel.model
        for row, it in enumerate(fr.items):
            line = model.index(row, 0).data()
            gui_text.append((str(fr.path), line, fr.position(it.issue)[1], it.issue.rule))
    gui_text.sort()
    gui_spans = sorted(
        (str(fr.path), it.issue.offset, it.issue.length, it.issue.rule) for fr, it in items
    )
    assert len(cli_text) > 20  # a real batch, with issues of many checks
    assert gui_text == cli_text
    assert gui_spans == cli_spans
    assert any(rule.startswith("consistency.") for *_, rule in cli_text)  # a batch check

    for fr in w.session.files:
        w._select_file(fr)
        for it in list(fr.items):
            if it.issue.replacements and fr.is_open(it):
                w.select_item(it)
                w.accept_current(it.issue.replacements[0])
    w.output_dir = tmp_path / "gui-out"
    assert w.save_all()
    gui_report = tmp_path / "gui-report.csv"
    assert w.export_report(gui_report)

    def tree(root: Path) -> dict[str, bytes]:
        return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}

    cli_tree = tree(cli_out)
    # Both mirror the empty input as it is (the window has no row for it, but saves it).
    assert cli_tree["empty.txt"] == (batch / "empty.txt").read_bytes()
    assert set(cli_tree) == {"a.txt", "b.txt", "sub/c.md", "empty.txt"}
    assert tree(tmp_path / "gui-out") == cli_tree
    assert tree(cli_out)["sub/c.md"].count(b"\r\n") > 2  # line endings kept by both
    # The same decisions, row for row; the window's open rows are issues of the original it
    # left, fix's are the issues left in its copies (the count it prints), each with why.
    gui_rows = list(csv.DictReader(io.StringIO(gui_report.read_text("utf-8"))))
    cli_rows = list(csv.DictReader(io.StringIO(cli_report.read_text("utf-8"))))
    assert list(gui_rows[0]) == list(cli_rows[0])  # the same columns
    decided = [r for r in cli_rows if r["outcome"] != "open"]
    assert len(decided) > 10
    assert [r for r in gui_rows if r["outcome"] != "open"] == decided
    left = sorted((r["file"], int(r["line"]), int(r["column"]), r["rule"])
                  for r in cli_rows if r["outcome"] == "open")  # fmt: skip
    assert left and all(r["reason"] for r in cli_rows if r["outcome"] == "open")
    _, out, _ = _run(capsys, "check", "--no-languagetool", str(cli_out))
    in_copies = sorted(
        (str(Path(m["path"]).relative_to(cli_out)), int(m["line"]), int(m["col"]), m["rule"])
        for m in map(_TEXT_LINE.match, out.splitlines())
        if m
    )
    assert left == in_copies
