"""``fix --utf8``: a copy whose own encoding cannot store a fix is written in UTF-8 with it,
in process, on pool workers and on Dask alike; every other copy keeps its encoding."""

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Engine
from copydesk.checks.model import Category, Issue
from copydesk.checks.parallel import PoolExecutor, SerialExecutor, run_fix
from copydesk.checks.registry import Check
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_fix import KEPT_ENCODING, WRITTEN_UTF8, fix_batch
from copydesk.cli import main

# Invented copy in Windows-1252 with CRLF endings. ``Å‚`` is the mojibake of ``ł`` (UTF-8
# read as Windows-1252): encoding.mojibake repairs it as a safe fix, and Windows-1252 has
# no ``ł``. The accented letters make the file Windows-1252, not UTF-8 with stray bytes.
GARBLED = (
    "The café in KozÅ‚arnik reopened on Monday..\r\n"
    "Mr Véstrand, its owner, thanked the Brézolle council.\r\n"
)
SIGNED = "Mr Véstrand thanked the Brézolle council.\r\n"
PERIOD = f"The café in Dunmarrow reopened on Monday..\r\n{SIGNED}"
CLEAN = f"The café in Ostravel stays shut.\r\n{SIGNED}"
NO_L = "'ł' cannot be stored in cp1252, the file's encoding"


def _inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in (("a.txt", GARBLED), ("b.txt", PERIOD), ("c.txt", CLEAN)):
        (src / name).write_bytes(text.encode("cp1252"))
    return src


def _saved(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def _fix_cli(capsys, src: Path, out: Path, *options: str) -> tuple[int, dict[str, bytes], str, str]:
    report = out.parent / f"{out.name}.csv"
    argv = ["fix", "--no-languagetool", *options, "-o", str(out), "--report", str(report)]
    code = main([*argv, str(src)])
    printed = capsys.readouterr().out.replace(str(out), "OUT").replace(str(src), "IN")
    return code, _saved(out), printed, report.read_text("utf-8")


SPREADS = (["-j", "1"], ["-j", "2"], ["--engine", "dask", "-j", "2"])


def test_without_utf8_the_fix_is_left_out_and_every_copy_keeps_its_encoding(tmp_path, capsys):
    src = _inputs(tmp_path)
    runs = [_fix_cli(capsys, src, tmp_path / f"out{n}", *s) for n, s in enumerate(SPREADS[:2])]
    assert runs[0] == runs[1]
    code, saved, printed, report = runs[0]
    assert code == 0
    assert saved == {
        "a.txt": GARBLED.replace("..", ".").encode("cp1252"),  # the period fixed, not the ł
        "b.txt": PERIOD.replace("..", ".").encode("cp1252"),
        "c.txt": CLEAN.encode("cp1252"),
    }
    assert f"  skipped: IN/a.txt:1:16: encoding.mojibake: {NO_L}{KEPT_ENCODING}" in printed
    assert "UTF-8" not in printed and WRITTEN_UTF8 not in report


def test_with_utf8_the_copy_is_utf8_with_the_fix_alike_in_process_on_workers_and_dask(
    tmp_path, capsys
):
    src = _inputs(tmp_path)
    outs = [tmp_path / f"out{n}" for n in range(len(SPREADS))]
    runs = [_fix_cli(capsys, src, out, "--utf8", *s) for out, s in zip(outs, SPREADS, strict=True)]
    assert runs[0] == runs[1] == runs[2]  # the same bytes, lines and report
    code, saved, printed, report = runs[0]
    assert code == 0
    fixed = GARBLED.replace("Å‚", "ł").replace("..", ".")
    assert saved["a.txt"] == fixed.encode("utf-8")  # no BOM, CRLF kept
    # The other copies keep Windows-1252: fixed, or byte for byte the input.
    assert saved["b.txt"] == PERIOD.replace("..", ".").encode("cp1252")
    assert saved["c.txt"] == CLEAN.encode("cp1252") == (src / "c.txt").read_bytes()
    lines = printed.splitlines()
    assert lines[:2] == [
        "IN/a.txt -> OUT/a.txt: 2 fix(es) (encoding.mojibake 1, punct.double 1); "
        "0 issue(s) left to review",
        f"  written in UTF-8: IN/a.txt: {NO_L}",
    ]
    assert "skipped" not in printed and printed.count("UTF-8") == 1
    rows = list(csv.DictReader(io.StringIO(report)))
    why = {(r["file"], r["rule"]): r["reason"] for r in rows}
    assert why == {
        ("a.txt", "encoding.mojibake"): WRITTEN_UTF8 + NO_L,
        ("a.txt", "punct.double"): "",
        ("b.txt", "punct.double"): "",
    }
    assert {r["outcome"] for r in rows} == {"accepted"}


def test_the_html_report_says_a_utf8_copy_is_no_issue_left(tmp_path, capsys):
    src = _inputs(tmp_path)
    report = tmp_path / "report.html"
    argv = ["fix", "--no-languagetool", "--utf8", "-o", str(tmp_path / "out"), "--report"]
    assert main([*argv, str(report), str(src)]) == 0
    capsys.readouterr()
    page = report.read_text("utf-8")
    assert "the copy is written in UTF-8: &#x27;ł&#x27; cannot be stored in cp1252" in page
    assert "left: the copy" not in page


def test_fix_help_names_utf8(capsys):
    assert main(["fix", "--help"]) == 0
    assert "--utf8" in capsys.readouterr().out


def _pattern(rule: str, pattern: str, replacement: str) -> Check:
    compiled = regex.compile(pattern)

    def run(text: str, ctx: CheckContext) -> Iterator[Issue]:
        for m in compiled.finditer(text):
            yield ctx.issue(m.start(), m.end() - m.start(), rule, [replacement], safe=True)

    return Check(rule, Category.STYLE, rule, run)


# Safe fixes over passes: an arrow Windows-1252 cannot store, and dots cut one per pass.
CHECKS = [
    _pattern("test.arrow", r"(?<!-)->", "→"),
    _pattern("test.long", r"-->", "->"),
    _pattern("test.three", r"(?<!\.)\.\.\.(?!\.)", ".."),
    _pattern("test.two", r"(?<!\.)\.\.(?!\.)", "."),
]
# First: UTF-8 in pass 1, then a pass that changes only what cp1252 holds (the next pass
# reads the file in cp1252 again: the copy must stay UTF-8). Later: UTF-8 only in pass 2.
FIRST = "Le café ferme -> demain, dit Mme Véstrand...\r\n"
LATER = "Le café ferme --> demain, dit Mme Véstrand.\r\n"
KEPT = "Le café ferme demain, dit Mme Véstrand...\r\n"


def _legacy(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (("first.txt", FIRST), ("later.txt", LATER), ("kept.txt", KEPT)):
        (tmp_path / name).write_bytes(text.encode("cp1252"))
        paths.append(tmp_path / name)
    return paths


EXPECTED = [
    "Le café ferme → demain, dit Mme Véstrand.\r\n".encode(),
    "Le café ferme → demain, dit Mme Véstrand.\r\n".encode(),
    "Le café ferme demain, dit Mme Véstrand.\r\n".encode("cp1252"),
]
NO_ARROW = "'→' cannot be stored in cp1252, the file's encoding"


def test_the_review_layer_writes_utf8_only_where_a_pass_needs_it(tmp_path):
    batch = ReviewBatch(remember=False)
    batch.open_paths([str(p) for p in _legacy(tmp_path)])
    fixes = fix_batch(Engine(checks=CHECKS), batch, utf8=True)
    assert [f.skipped for f in fixes] == [[], [], []]
    assert [f.file.corrected_bytes() for f in fixes] == EXPECTED
    reasons = [f.file.utf8_reason(f.file.corrected().text) for f in fixes]
    assert reasons == [NO_ARROW, NO_ARROW, ""]
    assert all(f.file.doc is not None and f.file.doc.encoding == "cp1252" for f in fixes)


@pytest.mark.parametrize("make", [SerialExecutor, lambda: PoolExecutor(2)], ids=["serial", "pool"])
def test_workers_keep_utf8_over_passes_that_reread_the_file(tmp_path, make):
    sources = _legacy(tmp_path)
    files = [(str(p), str(tmp_path / "out" / p.name)) for p in sources]
    executor = make()
    try:
        records = run_fix(
            Engine(checks=CHECKS), executor, files, max_bytes=10_000, keep_changes=True, utf8=True
        )
    finally:
        executor.close()
    assert [Path(t).read_bytes() for _, t in files] == EXPECTED
    assert [r.utf8 for r in records] == [NO_ARROW, NO_ARROW, ""]
    assert [r.refused for r in records] == [(), (), ()]
    arrows = [row.reason for r in records for row in r.rows if row.rule == "test.arrow"]
    assert arrows == [WRITTEN_UTF8 + NO_ARROW] * 2


def test_without_utf8_workers_leave_the_arrow_out(tmp_path):
    sources = _legacy(tmp_path)
    files = [(str(p), str(tmp_path / "out" / p.name)) for p in sources]
    records = run_fix(Engine(checks=CHECKS), SerialExecutor(), files, max_bytes=10_000)
    assert [Path(t).read_bytes() for _, t in files] == [
        "Le café ferme -> demain, dit Mme Véstrand.\r\n".encode("cp1252"),
        "Le café ferme -> demain, dit Mme Véstrand.\r\n".encode("cp1252"),
        EXPECTED[2],
    ]
    assert [r.utf8 for r in records] == ["", "", ""]
    assert [len(r.refused) for r in records] == [1, 1, 0]
