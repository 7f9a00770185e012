"""Every output names an issue at the same line and column.

Text output, JSON, the CSV / JSON / HTML review reports and the window's position
(``FileReview.position``) all point at a span's first visible character, 1-based,
counting code points: tested on spans that start with line breaks or a space, in
LF and CRLF files, after characters outside the BMP.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from copydesk.checks.document import read_document
from copydesk.checks.files import InputFile
from copydesk.checks.model import Category, Issue
from copydesk.checks.review import FileReview
from copydesk.checks.textpos import LineIndex, position
from copydesk.cli import main

# A copyright line after a blank line (its removal starts at the line break before it),
# a subject repeated by a pronoun (the span starts with a space), doubled punctuation
# after astral characters (one column each), blank lines.
ARTICLE = (
    "Angela Merkel She visited the plant on Monday.\n"
    "\n"
    "\U0001f600\U0001f4f0 The board met on Monday.. Then it left.\n"
    "\n"
    "\n"
    "\n"
    "The talks went on.\n"
    "\n"
    "© Copyright Coastal Times 2024. All rights reserved.\n"
)
RULES = "layout.copyright,word.duplicated-subject,punct.double,space.blank-lines"
_TEXT = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<rule>[\w.-]+): ")


@pytest.fixture
def files(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "lf.txt").write_text(ARTICLE, "utf-8", newline="")
    (d / "crlf.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    return d


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    main(list(argv))
    return capsys.readouterr().out


def test_text_json_reports_and_window_agree(capsys, files: Path, tmp_path: Path) -> None:
    out = _run(capsys, "check", "--no-languagetool", "--rules", RULES, str(files))
    text = sorted(
        (Path(m["path"]).name, int(m["line"]), int(m["col"]), m["rule"])
        for m in map(_TEXT.match, out.splitlines())
        if m
    )
    assert {rule for *_, rule in text} == set(RULES.split(","))
    assert len(text) == 8  # four issues in each file
    want = {
        ("layout.copyright", 9, 1),  # not the end of line 8
        ("word.duplicated-subject", 1, 15),  # "She", not the space before it
        ("punct.double", 3, 27),  # the emoji count one column each
        ("space.blank-lines", 3, 43),  # all white space: where it starts
    }
    assert {(r, line, col) for _, line, col, r in text} == want

    out = _run(
        capsys, "check", "--no-languagetool", "--format", "json", "--rules", RULES, str(files)
    )
    as_json = sorted(
        (Path(f["path"]).name, i["line"], i["column"], i["rule"])
        for f in json.loads(out)["files"]
        for i in f["issues"]
    )
    assert as_json == text

    # The window's position for each issue (the issue list's Line column).
    window = []
    for name in ("lf.txt", "crlf.txt"):
        doc = read_document(files / name)
        fr = FileReview(InputFile(files / name, files), doc)
        index = LineIndex(doc.text)
        for issue in _issues(capsys, files / name):
            window.append((name, *fr.position(issue), issue.rule))
            assert index.position(issue) == position(doc.text, issue) == fr.position(issue)
    assert sorted(window) == text

    # The reports: every fix accepted in one pass, so each row sits in the original.
    for ext in ("csv", "json", "html"):
        report = tmp_path / f"report.{ext}"
        main(
            [
                "fix",
                "--all",
                "--no-languagetool",
                "--rules",
                RULES,
                "-o",
                str(tmp_path / f"out-{ext}"),
                "--report",
                str(report),
                str(files),
            ]
        )
        capsys.readouterr()
        body = report.read_text("utf-8")
        if ext == "csv":
            rows = [
                (Path(r["file"]).name, int(r["line"]), int(r["column"]), r["rule"])
                for r in csv.DictReader(io.StringIO(body))
                if r["outcome"] == "accepted"
            ]
        elif ext == "json":
            rows = [
                (Path(r["file"]).name, r["line"], r["column"], r["rule"])
                for r in json.loads(body)["issues"]
                if r["outcome"] == "accepted"
            ]
        else:
            rows = [
                (Path(m[1]).name, int(m[2]), int(m[3]), m[4])
                for m in re.finditer(
                    r"<tr><td>([^<]+?):(\d+):(\d+)</td><td><code>([\w.-]+)</code></td>"
                    r"<td class=accepted>",
                    body,
                )
            ]
        assert sorted(rows) == text, ext


def _issues(capsys: pytest.CaptureFixture[str], path: Path) -> list[Issue]:
    """The issues of one file as JSON gives them, back as Issues."""
    out = _run(
        capsys, "check", "--no-languagetool", "--format", "json", "--rules", RULES, str(path)
    )
    return [
        Issue(
            i["offset"],
            i["length"],
            i["rule"],
            Category(i["category"]),
            i["message"],
            tuple(i["replacements"]),
        )
        for i in json.loads(out)["files"][0]["issues"]
    ]


def test_bilingual_text_and_json_agree_within_the_unit(capsys, tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text(
        "id,source,target\n"
        'u1,"Angela Merkel ha visitato.","Angela Merkel She visited the plant."\n'
        'u2,"\U0001f600 Ciao.","\U0001f600\U0001f4f0 Hello there.. Bye."\n',
        "utf-8",
    )
    rules = "word.duplicated-subject,punct.double"
    out = _run(capsys, "check", "--no-languagetool", "--rules", rules, str(table))
    text = sorted(re.findall(r":\[(\w+)\]:(\d+):(\d+): ([\w.-]+): ", out))
    # "She", not the space before it; the two emoji one column each.
    assert text == [("u1", "1", "15", "word.duplicated-subject"), ("u2", "1", "15", "punct.double")]
    out = _run(
        capsys, "check", "--no-languagetool", "--format", "json", "--rules", rules, str(table)
    )
    as_json = sorted(
        (i["segment"], str(i["line"]), str(i["column"]), i["rule"])
        for i in json.loads(out)["files"][0]["issues"]
    )
    assert as_json == text
