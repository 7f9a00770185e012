"""``fix --jobs N`` and ``--engine dask`` fix bilingual files as the in-process run does.

The articles go to the workers; the bilingual files (XLIFF, PO, CSV, an article
pair) go through the review layer in the command's own process, as in the
in-process run, so the copies, the ``--report``, the lines on stdout and stderr
and the exit status are the same whatever the number of jobs or the engine.
"""

import json
import shutil
from pathlib import Path

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.fixer import KEEPS_BYTES, MAX_PASSES
from copydesk.checks.model import Category
from copydesk.checks.registry import Check
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_fix import fix_batch, left_rows
from copydesk.checks.review_report import registry_rule_name
from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.cli import main

DATA = Path(__file__).parent / "data"
TORN = b"<?xml version='1.0'?><xliff version='1.2'><file><body><trans-unit id='1'>"


@pytest.fixture
def batch(tmp_path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    shutil.copy(DATA / "sample12.xlf", src / "job.xlf")
    shutil.copy(DATA / "sample.po", src / "sub" / "app.po")
    shutil.copy(DATA / "sample.csv", src / "table.csv")
    shutil.copy(DATA / "article.txt", src / "story.txt")  # with story.zh.txt: a pair
    shutil.copy(DATA / "article.zh.txt", src / "story.zh.txt")
    (src / "a.txt").write_text(
        "Ministry spokesman Dmitry Gromov spoke first on Monday..\n\n\n\n"
        "ADon the northern pier, the crew unloaded the ferry.\n",
        "utf-8",
    )
    (src / "sub" / "b.txt").write_text(
        "Later Dmitri Gromov denied it  in a short statement .\n", "utf-8"
    )
    (src / "torn.xlf").write_bytes(TORN)  # a bad bilingual file: one line, exit 2
    return src


def _saved(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _fix(capsys, src: Path, tmp_path: Path, name: str, *scale: str):
    out, report = tmp_path / name, tmp_path / f"{name}.json"
    argv = ["fix", "--no-languagetool", *scale, "-o", str(out), "--report", str(report)]
    code = main([*argv, str(src)])
    captured = capsys.readouterr()
    # Only the output folder's name differs between the runs.
    printed = captured.out.replace(str(out), "OUT"), captured.err.replace(str(out), "OUT")
    return code, _saved(out), report.read_bytes(), printed


def test_jobs_and_dask_fix_bilingual_files_as_the_in_process_run(batch, tmp_path, capsys):
    serial = _fix(capsys, batch, tmp_path, "one", "-j", "1")
    pool = _fix(capsys, batch, tmp_path, "two", "-j", "2")
    dask = _fix(capsys, batch, tmp_path, "dask", "--engine", "dask", "-j", "2")
    code, saved, report, (out, err) = serial
    assert code == 2  # torn.xlf
    assert serial == pool == dask  # status, copies, report and both streams, byte for byte
    # Not equal by being empty: every bilingual file was corrected and is in the report.
    for name in ("job.xlf", "sub/app.po", "table.csv", "story.txt", "a.txt", "sub/b.txt"):
        assert saved[name] != (batch / name).read_bytes(), name
        assert f"{batch / name} -> OUT/{name}: " in out, name
    assert "story.zh.txt" not in saved  # a pair's source is no article to correct
    rows = json.loads(report)["issues"]
    files = {r["file"] for r in rows}
    assert {"job.xlf", "sub/app.po", "table.csv", "story.txt", "a.txt", "sub/b.txt"} <= files
    assert {r["unit"] for r in rows if r["file"] == "job.xlf"} >= {"t1"}
    assert " unit(s)" not in out  # the earlier path's line, gone
    assert err.count("torn.xlf") == 1 and "not well-formed" in err


def test_jobs_2_with_only_bilingual_files_needs_no_workers(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(DATA / "sample.po", src / "app.po")
    runs = [_fix(capsys, src, tmp_path, n, "-j", j) for n, j in (("one", "1"), ("two", "2"))]
    assert runs[0] == runs[1]
    assert runs[0][0] == 0 and runs[0][1]["app.po"] != (src / "app.po").read_bytes()


def test_two_inputs_of_one_name_go_to_the_same_places_with_any_jobs(tmp_path, capsys):
    # Named from two folders, an article and a pair of one name are planned together.
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
    (tmp_path / "x" / "story.txt").write_text("The plain one  here.\n", "utf-8")
    shutil.copy(DATA / "article.txt", tmp_path / "y" / "story.txt")
    shutil.copy(DATA / "article.zh.txt", tmp_path / "y" / "story.zh.txt")
    paths = [str(tmp_path / "x" / "story.txt"), str(tmp_path / "y" / "story.txt")]
    saved = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code = main(["fix", "--no-languagetool", "-j", jobs, "-o", str(out), *paths])
        capsys.readouterr()
        saved.append((code, _saved(out)))
    assert saved[0] == saved[1]
    assert saved[0][0] == 0 and set(saved[0][1]) == {"x/story.txt", "y/story.txt"}


# --- the articles and the bilingual files settle on their own -----------------------


def _stray(text, ctx):
    # A fix over a byte kept as it was read: fix always leaves it (KEEPS_BYTES).
    return [ctx.issue(i, 1, "stray", ["?"], safe=True) for i, c in enumerate(text) if c == "\udcff"]


def _shrink(text, ctx):
    # <<n>> becomes <<n-1>>: one pass each, so <<9>> is still changing after MAX_PASSES.
    i = text.find("<<")
    if i < 0 or not text[i + 2].isdigit() or text[i + 2] == "0":
        return []
    return [ctx.issue(i + 2, 1, "shrink", [str(int(text[i + 2]) - 1)], safe=True)]


def test_a_bilingual_file_still_changing_leaves_the_articles_settled(tmp_path):
    stray = "Café, naïve, résumé: a stray ".encode() + b"\xff byte stays.\n"  # UTF-8, one bad byte
    (tmp_path / "a.txt").write_bytes(stray)
    (tmp_path / "t.csv").write_text("source,target\nx,<<9>> left\n", "utf-8")
    checks = [
        Check("test.stray", Category.STYLE, "d", _stray),
        Check("test.shrink", Category.STYLE, "d", _shrink),
    ]
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)), checks=checks)
    name = registry_rule_name(engine.checks)
    left = {}
    for names in (["a.txt", "t.csv"], ["a.txt"]):  # the article with and without the table
        batch = ReviewBatch(remember=False)
        batch.open_paths([tmp_path / n for n in names])
        fixes = {f.file.path.name: f for f in fix_batch(engine, batch)}
        article = fixes["a.txt"]
        assert article.settled and not article.changes
        left[len(names)] = left_rows(article.file, name, apply_all=False, refused=article.skipped)
        if "t.csv" in fixes:
            table = fixes["t.csv"]
            assert not table.settled and len(table.changes) == MAX_PASSES
    # The reason is the refusal itself, not "still found after N passes".
    assert left[1] == left[2] and [r.reason for r in left[1]] == [f"not applied: {KEEPS_BYTES}"]


# --- a table that is only its header --------------------------------------------------


@pytest.fixture
def header_only(tmp_path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "todo.csv").write_text("id,source,target\n", "utf-8")
    (src / "todo.tsv").write_text("zh\ten\r\n\r\n", "utf-8")  # language codes, a blank line
    (src / "a.txt").write_text("A clean article.\n", "utf-8")
    return src


def _notes(src: Path) -> list[str]:
    return [
        f"copydesk: {src / name}: only a header, no rows; nothing to check"
        for name in ("todo.csv", "todo.tsv")
    ]


def test_check_a_table_with_only_its_header_is_a_note_not_an_error(header_only, capsys):
    for paths in ([header_only], sorted(header_only.iterdir())):  # a folder, or each named
        code = main(["check", "--no-languagetool", *map(str, paths)])
        err = capsys.readouterr().err.splitlines()
        assert code == 0
        assert err == [*_notes(header_only), "0 issue(s) in 1 file(s)"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fix_a_table_with_only_its_header_is_a_note_not_an_error(
    header_only, tmp_path, capsys, jobs
):
    out = tmp_path / "out"
    code = main(["fix", "--no-languagetool", "-j", jobs, "-o", str(out), str(header_only)])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.err.splitlines() == _notes(header_only)
    assert sorted(p.name for p in out.iterdir()) == ["a.txt"]  # nothing to correct: no copy


def test_the_window_reads_a_table_with_only_its_header_as_check_and_fix_do(header_only):
    # The window opens files through ReviewBatch.open_paths: the same note, no file opened.
    batch = ReviewBatch(remember=False)
    added, messages = batch.open_paths([header_only])
    assert [f.path.name for f in added] == ["a.txt"]
    assert [f"copydesk: {m}" for m in messages] == _notes(header_only)


def test_a_table_without_any_line_is_still_an_error(tmp_path, capsys):
    (tmp_path / "blank.csv").write_text("", "utf-8")
    assert main(["check", "--no-languagetool", str(tmp_path / "blank.csv")]) == 2
    assert "blank.csv: empty table" in capsys.readouterr().err
