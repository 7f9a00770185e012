"""Issue 14 item 10: File › Export Report lists every issue with its decision; a QA report."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from copydesk.cli import main
from tests.desktop.conftest import DOUBLE, TEH, wait_checked


def _query(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in regex.finditer(r"\bperhaps\b", text):
        yield ctx.issue(m.start(), len(m.group()), "Vague?", [])


QUERY = Check("test.query", Category.STYLE, "vague words to query", _query)

TEXT = "We saw teh cat.  It ran to teh door, perhaps.  Then teh end.\n"


def test_export_report_lists_every_issue_with_its_decision(qtbot, make_window, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, "utf-8")
    w = make_window(checks=(TEH, DOUBLE, QUERY))
    w.open_paths([path])
    wait_checked(qtbot, w)
    fr = w.current
    by_rule = {r: [it for it in fr.items if it.issue.rule == r] for r in
               ("test.teh", "test.double-space", "test.query")}  # fmt: skip
    teh1, teh2, _teh3 = by_rule["test.teh"]
    w.issue_panel.select_key(teh1.key)
    w.accept_current()  # accepted
    w.issue_panel.select_key(teh2.key)
    w.accept_current("thee")  # edited
    w.issue_panel.select_key(by_rule["test.double-space"][0].key)
    w.reject_current()  # rejected
    w.issue_panel.select_key(by_rule["test.query"][0].key)
    w.accept_current()  # a query kept ("Keep")
    # teh3 and the second double space stay open.

    out = tmp_path / "r.json"
    assert w.export_report(out)
    data = json.loads(out.read_text("utf-8"))
    outcomes = {(r["rule"], r["before"], r["column"]): r["outcome"] for r in data["issues"]}
    assert len(data["issues"]) == len(fr.items) == 6
    assert outcomes[("test.teh", "teh", 8)] == "accepted"
    assert outcomes[("test.teh", "teh", 28)] == "edited"
    assert outcomes[("test.teh", "teh", TEXT.index("teh", 40) + 1)] == "open"
    assert outcomes[("test.double-space", "  ", 16)] == "rejected"
    assert outcomes[("test.query", "perhaps", 38)] == "kept"
    edited = next(r for r in data["issues"] if r["outcome"] == "edited")
    assert edited["typed"] == "thee" and edited["rule_name"] == "teh -> the"
    assert edited["sentence"] == "It ran to ⟦teh⟧ door, perhaps."
    assert {s["rule"]: s["total"] for s in data["summary"]}["test.teh"] == 3

    assert w.export_report(tmp_path / "r.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text("utf-8"))))
    assert sorted(r["outcome"] for r in rows) == sorted(
        ["accepted", "edited", "open", "rejected", "kept", "open"]
    )
    assert w.export_report(tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text("utf-8")
    assert "Per rule" in page and "vague words to query" in page

    # File › Export QA Report: grouped by check, what is left for the author first.
    w.act_qa_report.setEnabled(True)
    qa = tmp_path / "qa.html"
    assert w.export_report(qa, qa=True)
    page = qa.read_text("utf-8")
    assert "Left for the author (3)" in page
    assert page.index("vague words to query") > page.index("Left for the author")
    # The QA report is HTML only: a clear line, nothing written.
    assert not w.export_report(tmp_path / "qa.csv", qa=True)
    assert not (tmp_path / "qa.csv").exists()
    assert "QA report is HTML" in w.message_bar.label.text()


def test_fix_report_lists_every_issue(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("The convoy crossed  the border.\n\n\n\nIt was slow..\n", "utf-8")
    report = tmp_path / "r.json"
    code = main(["fix", "--no-languagetool", "-o", str(tmp_path / "out"), "--report",
                 str(report), str(src)])  # fmt: skip
    assert code == 0
    data = json.loads(report.read_text("utf-8"))
    outcomes = {(r["rule"], r["outcome"]) for r in data["issues"]}
    assert ("space.blank-lines", "accepted") in outcomes
    assert all(r["rule_name"] and r["rule_name"] != r["rule"] for r in data["issues"])
    assert {r["outcome"] for r in data["issues"]} <= {"accepted", "open"}
    assert len(data["issues"]) >= 2
