"""gettext PO files in the charset their header declares (ISO-8859-1, windows-1252,
ISO-8859-15 …): read in it, checked, and written back in it, byte for byte where nothing
changed; a fix the charset cannot hold is left open with its reason, never written."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from copydesk.checks.bilingual.loader import load
from copydesk.checks.bilingual.model import BilingualError
from copydesk.checks.engine import Engine
from copydesk.checks.model import Category
from copydesk.checks.registry import Check
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_decide import plan_accept, plan_rule
from copydesk.checks.review_fix import accept_fixes, check_batch
from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.cli import main

PO = """# Traduction française
msgid ""
msgstr ""
"Language: fr\\n"
"Content-Type: text/plain; charset={charset}\\n"

#: menu.c:12
msgid "Coffee menu"
msgstr "Le menu du café coûte 5 {money}."

msgid "Hello world"
msgstr "Bonjour  le monde."
"""

# (declared charset, Python codec, a sign only that charset has among these)
CHARSETS = [
    ("ISO-8859-1", "latin-1", "£"),
    ("windows-1252", "cp1252", "€"),
    ("ISO-8859-15", "iso8859-15", "€"),
]


def _po(charset: str, money: str, newline: str = "\n") -> str:
    return PO.format(charset=charset, money=money).replace("\n", newline)


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize(("charset", "codec", "money"), CHARSETS)
def test_a_po_is_read_in_its_declared_charset_and_written_back_in_it(
    tmp_path, charset, codec, money, newline
):
    text = _po(charset, money, newline)
    path = tmp_path / "fr.po"
    path.write_bytes(text.encode(codec))
    doc = load(path, 10**6)
    assert [(u.id, u.target) for u in doc.units] == [
        ("Coffee menu", f"Le menu du café coûte 5 {money}."),
        ("Hello world", "Bonjour  le monde."),
    ]
    assert doc.encode({}) == path.read_bytes()  # nothing changed: the same bytes
    out = doc.encode(
        {"Hello world": "Bonjour le monde.", "Coffee menu": "Le café coûte 5 " + money}
    )
    expected = text.replace("Bonjour  le", "Bonjour le").replace(
        f"Le menu du café coûte 5 {money}.", f"Le café coûte 5 {money}"
    )
    assert out == expected.encode(codec)


def test_a_byte_that_is_a_line_break_elsewhere_does_not_hide_the_header(tmp_path):
    # 0x85 is "…" in windows-1252 and NEL (a line break to str.splitlines) in Latin-1.
    text = "# Traduction…  à revoir\n" + _po("windows-1252", "€")
    path = tmp_path / "w.po"
    path.write_bytes(text.encode("cp1252"))
    doc = load(path, 10**6)
    assert doc.encoding == "cp1252" and doc.units[0].target.endswith("5 €.")
    assert doc.encode({}) == path.read_bytes()


def test_a_charset_this_python_does_not_know_is_one_line(tmp_path):
    path = tmp_path / "x.po"
    path.write_bytes(_po("X-NO-SUCH-CHARSET", "£").encode("latin-1"))
    with pytest.raises(BilingualError, match=r"x\.po: .*X-NO-SUCH-CHARSET"):
        load(path, 10**6)


def test_the_templates_placeholder_and_a_bom_are_read_as_before(tmp_path):
    path = tmp_path / "t.po"
    path.write_bytes(_po("CHARSET", "€").encode("utf-8"))  # a .pot's placeholder: UTF-8
    assert load(path, 10**6).units[0].target.endswith("5 €.")
    path.write_bytes(b"\xef\xbb\xbf" + _po("ISO-8859-1", "€").encode("utf-8"))  # the BOM wins
    doc = load(path, 10**6)
    assert doc.units[0].target.endswith("5 €.") and doc.encode({}) == path.read_bytes()


@pytest.mark.parametrize("spread", [[], ["-j", "2"], ["--engine", "dask", "-j", "2"]],
                         ids=["in-process", "jobs-2", "dask"])  # fmt: skip
@pytest.mark.parametrize(("charset", "codec", "money"), CHARSETS)
def test_check_and_fix_a_legacy_po_keep_its_charset(
    tmp_path, capsys, charset, codec, money, spread
):
    src = tmp_path / "in"
    src.mkdir()
    raw = _po(charset, money).encode(codec)
    (src / "fr.po").write_bytes(raw)
    (src / "story.txt").write_text("The convoy crossed the border..\n")  # an article beside it
    code = main(["check", "--no-languagetool", "--rules", "space,punct", *spread, str(src)])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert "cannot decode" not in err and "in 2 file(s)" in err
    assert "fr.po:[Hello world]:1:8: space.double" in out
    out_dir = tmp_path / "out"
    code = main(["fix", "--no-languagetool", "--rules", "space,punct", *spread,
                 "-o", str(out_dir), str(src)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert (out_dir / "fr.po").read_bytes() == raw.replace(b"Bonjour  le", b"Bonjour le")
    assert (out_dir / "story.txt").read_text() == "The convoy crossed the border.\n"
    # Nothing to fix: the copy is the file, byte for byte.
    code = main(["fix", "--no-languagetool", "--rules", "bilingual", *spread,
                 "-o", str(tmp_path / "same"), str(src / "fr.po")])  # fmt: skip
    assert code == 0 and (tmp_path / "same" / "fr.po").read_bytes() == raw


def _dash(text: str, ctx) -> list:
    """A test check: " - " between words should be an em dash (which Latin-1 cannot hold)."""
    at = text.find(" - ")
    return [] if at < 0 else [ctx.issue(at, 3, "an em dash", ["—"], safe=True)]


def _spaces(text: str, ctx) -> list:
    at = text.find("  ")
    return [] if at < 0 else [ctx.issue(at, 2, "two spaces", [" "], safe=True)]


def _open_checked(tmp_path: Path, codec: str, charset: str):
    text = _po(charset, "£").replace("Le menu du café", "Le menu - du café")
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "fr.po"
    path.write_bytes(text.encode(codec))
    batch = ReviewBatch(remember=False)
    (fr,), _loaded = batch.open_loaded([path])
    checks = [
        Check("test.dash", Category.PUNCTUATION, "em dash", _dash),
        Check("test.spaces", Category.WHITESPACE, "spaces", _spaces),
    ]
    check_batch(Engine(Settings(languagetool=LanguageToolSettings(enabled=False)), checks=checks),
                batch)  # fmt: skip
    return text, batch, fr


def test_a_fix_the_charset_cannot_hold_is_left_open_with_its_reason(tmp_path):
    text, _batch, fr = _open_checked(tmp_path, "latin-1", "ISO-8859-1")
    assert {it.issue.rule for it in fr.items} == {"test.dash", "test.spaces"}
    refused = accept_fixes(fr, apply_all=True)
    assert refused == [
        "[Coffee menu]:1:9: test.dash: '—' cannot be stored in iso8859-1, the file's encoding;"
        " left out (the copy keeps the file's encoding)"
    ]
    # The other fix is saved, in the file's charset, the dash left as it was.
    assert fr.corrected_bytes() == text.replace("Bonjour  le", "Bonjour le").encode("latin-1")
    dash = next(it for it in fr.items if it.issue.rule == "test.dash")
    plan = plan_accept(fr, dash, "—")
    assert not plan.changes
    assert plan.messages == [
        "Not accepted: test.dash at line 1: '—' cannot be stored in iso8859-1, the file's"
        " encoding; type a replacement it can hold."
    ]
    assert plan_accept(fr, dash, "--").changes  # typed instead: stored


def test_windows_1252_holds_the_dash_and_accepting_a_whole_rule_skips_what_it_cannot(tmp_path):
    text, _batch, fr = _open_checked(tmp_path, "cp1252", "windows-1252")
    assert accept_fixes(fr, apply_all=True) == []
    expected = text.replace("Bonjour  le", "Bonjour le").replace(" - du", "—du")
    assert fr.corrected_bytes() == expected.encode("cp1252")
    _text, batch, fr = _open_checked(tmp_path / "latin-1", "latin-1", "ISO-8859-1")
    plan = plan_rule(batch, "test.dash", True)
    assert not plan.changes
    assert plan.messages == [
        "1 × test.dash left open: its replacement cannot be stored in the file's encoding."
    ]


@pytest.mark.parametrize("apply_all", [[], ["--all"], ["--utf8"]], ids=["safe", "all", "utf8"])
def test_utf8_quotes_pasted_into_a_latin1_po_are_named_not_written(tmp_path, capsys, apply_all):
    # The bytes of UTF-8 quotes in a Latin-1 file read as mojibake; the repair of é fits
    # Latin-1 and is written, curly quotes do not: each is named, the copy still written.
    # ``fix --utf8`` leaves a bilingual file's encoding as it is (articles only).
    body = 'msgid "Two"\nmsgstr "Caf\u00c3\u00a9 and \u00e2\u0080\u009cquoted\u00e2\u0080\u009d."\n'
    raw = (_po("ISO-8859-1", "£").split("#: menu.c")[0] + body).encode("latin-1")
    src = tmp_path / "in" / "l1.po"
    src.parent.mkdir()
    src.write_bytes(raw)
    report = tmp_path / "r.csv"
    code = main(["fix", "--no-languagetool", "--rules", "encoding", *apply_all,
                 "-o", str(tmp_path / "out"), "--report", str(report), str(src)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert (tmp_path / "out" / "l1.po").read_bytes() == raw.replace(b"Caf\xc3\xa9", b"Caf\xe9")
    # Named where the last pass saw them: after the repair of é (safe fixes run in passes),
    # a character to the left; with --all, in the one pass, in the file as it was.
    at = (11, 20) if "--all" in apply_all else (10, 19)
    skipped = [line.strip() for line in out.splitlines() if "skipped:" in line]
    assert skipped == [
        f"skipped: {src}:[Two]:1:{at[0]}: encoding.mojibake: '“' cannot be stored in iso8859-1,"
        " the file's encoding; left out (the copy keeps the file's encoding)",
        f"skipped: {src}:[Two]:1:{at[1]}: encoding.mojibake: '”' cannot be stored in iso8859-1,"
        " the file's encoding; left out (the copy keeps the file's encoding)",
    ]
    # The report says why they are open, with --all too (not "run fix again").
    rows = [r for r in csv.DictReader(io.StringIO(report.read_text("utf-8")))]
    open_rows = [r for r in rows if r["outcome"] == "open"]
    assert [r["reason"] for r in open_rows] == [
        "not applied: '“' cannot be stored in iso8859-1, the file's encoding;"
        " left out (the copy keeps the file's encoding)",
        "not applied: '”' cannot be stored in iso8859-1, the file's encoding;"
        " left out (the copy keeps the file's encoding)",
    ]
