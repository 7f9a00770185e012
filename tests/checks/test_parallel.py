"""Serial, process-pool and Dask runs of one batch give the same issues and the same bytes."""

import csv
import io
from collections import Counter
from pathlib import Path

import pytest

from copydesk.checks.context import BatchIndex, BatchMember, CheckContext
from copydesk.checks.document import read_document
from copydesk.checks.engine import Engine
from copydesk.checks.fixer import fix_batch
from copydesk.checks.model import Category
from copydesk.checks.parallel import (
    START_METHOD,
    DaskExecutor,
    PoolExecutor,
    Run,
    SerialExecutor,
    run_check,
    run_fix,
)
from copydesk.checks.registry import Check
from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.cli import main

# A batch with per-file fixes (doubled period, blank lines, stray fragment, mojibake),
# batch issues (a name spelled two ways in two files, a distance given two ways),
# another encoding and line-ending style, an empty file and a binary one.
ARTICLES = {
    "a.txt": (
        "Ministry spokesman Dmitry Gromov spoke first on Monday..\n\n\n\n"
        "ADon the northern pier, the crew unloaded the ferry.\n\n"
        "The Zarechny observatory lies some 1,700 kilometres south of Irkutsk.\n"
    ),
    "b.txt": (
        "Later Dmitri Gromov denied it in a short statement.\n\n"
        "The Zarechny observatory, in the far north, lies 1,100 km from Irkutsk.\n"
        "Shop owner Maria Lopez She said prices rose sharply this week.\n"
    ),
    "sub/c.md": "The cafÃ© reopened.  Dmitry Gromov came back.\r\nResidents cheered .\r\n",
    "d.txt": "Nothing to see here at all.\n",
}


@pytest.fixture
def batch(tmp_path) -> Path:
    src = tmp_path / "in"
    for name, text in ARTICLES.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text(text, encoding="utf-8", newline="")
    (src / "legacy.txt").write_bytes("Le café est fermé..  Dmitry Gromov.\n".encode("cp1252"))
    (src / "empty.txt").write_text("")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    return src


def _settings() -> Settings:
    return Settings(languagetool=LanguageToolSettings(enabled=False))


def _files(src: Path, out: Path) -> list[tuple[str, str]]:
    paths = sorted(p for p in src.rglob("*") if p.is_file())
    return [(str(p), str(out / p.relative_to(src))) for p in paths]


def _saved(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _fix(executor, src: Path, out: Path):
    errors: list[str] = []
    try:
        records = run_fix(
            Engine(_settings()),
            executor,
            _files(src, out),
            max_bytes=1_000_000,
            keep_changes=True,
            on_error=lambda msg, _fails: errors.append(msg),
        )
    finally:
        executor.close()
    summary = [(r.path, r.applied, r.skipped, r.remaining, r.changes) for r in records]
    return _saved(out), summary, errors


def test_serial_run_matches_the_in_memory_batch_fix(batch, tmp_path):
    saved, summary, errors = _fix(SerialExecutor(), batch, tmp_path / "out")
    readable = [p for p, _ in _files(batch, tmp_path) if "binary" not in p and "empty" not in p]
    docs = [read_document(p) for p in readable]
    outcomes = fix_batch(Engine(_settings()), [BatchMember(d.path, d.text) for d in docs])
    assert [d.encode(o.text) for d, o in zip(docs, outcomes, strict=True)] == list(saved.values())
    assert [(len(o.changes), len(o.remaining)) for o in outcomes] == [
        (applied, remaining) for _, applied, _, remaining, _ in summary
    ]
    assert any("binary" in e for e in errors) and any("empty file" in e for e in errors)
    # The batch issues were there to find: name variants and the figures stay to review.
    assert sum(remaining for *_, remaining, _ in summary) > 0


def test_pool_and_dask_runs_are_byte_identical_to_serial(batch, tmp_path):
    serial = _fix(SerialExecutor(), batch, tmp_path / "serial")
    pool = _fix(PoolExecutor(2), batch, tmp_path / "pool")
    dask = _fix(DaskExecutor(2), batch, tmp_path / "dask")
    assert serial[0] and serial[0] == pool[0] == dask[0]  # same saved bytes, same files
    assert serial[1] == pool[1] == dask[1]  # same fixes, overlaps and issues left
    assert serial[2] == pool[2] == dask[2]  # same error lines
    assert serial[0]["a.txt"] != (batch / "a.txt").read_bytes()  # something was fixed


def test_parallel_check_finds_the_same_issues_with_the_same_related_places(batch):
    sources = [p for p, _ in _files(batch, batch)]
    engine = Engine(_settings())
    readable = [p for p in sources if "binary" not in p and "empty" not in p]
    docs = [read_document(p) for p in readable]
    expected = engine.check_batch([BatchMember(d.path, d.text) for d in docs])
    for executor in (SerialExecutor(), PoolExecutor(2)):
        try:
            got = list(run_check(engine, executor, sources, max_bytes=1_000_000))
        finally:
            executor.close()
        assert [(r.path, r.issues) for r in got] == [(r.path, r.issues) for r in expected]
    rules = {i.rule for r in expected for i in r.issues}
    assert {"consistency.name-variant", "consistency.figures"} <= rules
    assert any(i.related for r in expected for i in r.issues)


def test_cli_jobs_give_the_same_outputs_and_report(batch, tmp_path, capsys):
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        report = tmp_path / f"report{jobs}.csv"
        argv = ["fix", "--no-languagetool", "-j", jobs, "-o", str(out), "--report", str(report)]
        code = main([*argv, str(batch)])
        text = capsys.readouterr().out.replace(str(out), "OUT")
        outputs.append((code, _saved(out), report.read_bytes(), text))
    (code1, saved1, report1, text1), (code2, saved2, report2, text2) = outputs
    assert code1 == code2 == 2  # the binary file is an input error
    # This process (the review layer) and two worker processes (map/reduce) save the
    # same corrected copies, an empty input mirrored as it is by both.
    assert saved1["empty.txt"] == b""
    assert saved1 == saved2
    # The same review report, byte for byte: the fixes of every pass, then every issue
    # left with why; and the same lines on screen, skipped fixes included.
    assert report1 == report2
    rows = list(csv.DictReader(io.StringIO(report1.decode("utf-8"))))
    assert {r["outcome"] for r in rows} == {"accepted", "open"}
    assert all(r["reason"] for r in rows if r["outcome"] == "open")
    assert text1 == text2
    left = {}
    for line in text1.splitlines():
        if line.endswith("left to review"):
            name = line.split(" -> ")[0].split("/")[-1]
            left[name] = int(line.rsplit("; ", 1)[1].split()[0])
    opened = Counter(Path(r["file"]).name for r in rows if r["outcome"] == "open")
    assert {k: v for k, v in left.items() if v} == dict(opened)  # the count printed, listed


def test_a_check_reading_every_text_is_refused_up_front(tmp_path):
    def reads_all(text, ctx: CheckContext):
        return [ctx.issue(0, 1, str(len(ctx.batch.members)))]

    chk = Check("test.reads-all", Category.STYLE, "d", reads_all, scope="batch")
    f = tmp_path / "a.txt"
    f.write_text("Some text.\n")
    for executor in (SerialExecutor(), PoolExecutor(2)):
        with pytest.raises(ValueError, match="cannot run file by file"):
            run_fix(
                Engine(checks=[chk]), executor, [(str(f), str(tmp_path / "o.txt"))], max_bytes=1000
            )
        executor.close()
    assert not (tmp_path / "o.txt").exists()
    # The in-memory engine still runs it, with every text at hand.
    assert Engine(checks=[chk]).check_batch([BatchMember("a", "x")])[0].issues[0].message == "1"


def test_a_pool_driver_loads_no_foreign_word_list_its_texts_may_not_need(tmp_path):
    # The workers wait while the driver works: a list loaded before the fork costs the
    # run its load time even where no text needs it.  Each worker loads it on first need.
    import wordfreq

    from copydesk.checks.rules.word import _foreign, glued

    sources = []
    for n in range(4):
        (tmp_path / f"{n}.txt").write_text(f"A plain sentence number {n} about the weather.\n")
        sources.append(str(tmp_path / f"{n}.txt"))
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)))
    engine.check_text("Warm up.")
    wordfreq.get_frequency_dict.cache_clear()
    glued.foreign_zipf.cache_clear()
    _foreign.sorted_list.cache_clear()
    executor = PoolExecutor(2)
    try:
        got = list(run_check(engine, executor, sources, max_bytes=1000))
    finally:
        executor.close()
    assert len(got) == 4
    assert glued.foreign_zipf.cache_info().currsize == 0
    # Nor through the cached sorted lists (what glued's other look-ups read).
    assert _foreign.sorted_list.cache_info().currsize == 0
    assert wordfreq.get_frequency_dict.cache_info().currsize <= 1  # English at most
    # A word that needs them still gets them, in whichever process asks.
    assert glued.foreign_zipf("Valparaíso") > 0


def test_cli_check_prints_the_same_with_any_number_of_jobs(batch, capsys):
    printed = []
    for jobs in ("1", "2"):
        for fmt in ("text", "json"):
            code = main(["check", "--no-languagetool", "-j", jobs, "--format", fmt, str(batch)])
            printed.append((code, capsys.readouterr()))
    assert printed[0] == printed[2] and printed[1] == printed[3]
    assert "also: " in printed[0][1].out  # a batch issue's other places are listed


def test_a_file_emptied_by_a_fix_stays_a_member_of_the_batch(tmp_path):
    def wipe(text, ctx: CheckContext):
        return [ctx.issue(0, len(text), "wipe", [""], safe=True)] if "WIPE" in text else []

    lengths = BatchIndex(
        "test.lengths", lambda m: len(m.text), list, lambda a, n, s: a.append(s), lambda a, r: a
    )

    def own_length(text, ctx: CheckContext):
        return [ctx.issue(0, 0, f"{ctx.index(lengths)[ctx.member]}")]

    checks = [
        Check("test.wipe", Category.STYLE, "d", wipe),
        Check("test.len", Category.STYLE, "d", own_length, scope="batch", batch_indexes=(lengths,)),
    ]
    texts = ["First file.\n", "WIPE me\n", "Third file here.\n"]
    files = []
    for n, text in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(text)
        files.append((str(tmp_path / f"{n}.txt"), str(tmp_path / "out" / f"{n}.txt")))
    records = run_fix(Engine(checks=checks), SerialExecutor(), files, max_bytes=1000)
    members = [BatchMember(src, text) for (src, _), text in zip(files, texts, strict=True)]
    expected = fix_batch(Engine(checks=checks), members)
    assert [o.text for o in expected][1] == ""
    assert [r.remaining for r in records] == [len(o.remaining) for o in expected] == [1, 1, 1]
    assert (tmp_path / "out" / "1.txt").read_text() == ""


def test_an_empty_input_is_bad_input_with_any_jobs(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("The council met on Monday.\n")
    (src / "empty.txt").write_text("\n\n")
    runs = []
    for jobs in ("1", "2"):
        checked = main(["check", "--no-languagetool", "-j", jobs, str(src)])
        out = tmp_path / f"out{jobs}"
        fixed = main(["fix", "--no-languagetool", "-j", jobs, "-o", str(out), str(src)])
        streams = capsys.readouterr()
        runs.append((checked, fixed, _saved(out), streams.out.replace(str(out), "OUT")))
    assert runs[0] == runs[1]
    checked, fixed, saved, _ = runs[0]
    assert checked == fixed == 2  # an empty input is bad input, as documented
    assert saved["empty.txt"] == b"\n\n"  # and mirrored as it is


def _gone_after_first_map(monkeypatch, victim: Path, *, before: bool = False) -> None:
    """``victim`` disappears once the workers have read it the first time (deterministic:
    the driver deletes it when every summary is in, before the second map), or with
    ``before`` after the command read it and before the workers' first read."""
    first_map = Run.first_map

    def then_delete(self, tasks):
        if before:
            victim.unlink(missing_ok=True)
        found = first_map(self, tasks)
        victim.unlink(missing_ok=True)
        return found

    monkeypatch.setattr(Run, "first_map", then_delete)


@pytest.mark.parametrize("make", [SerialExecutor, lambda: PoolExecutor(2), lambda: DaskExecutor(2)],
                         ids=["serial", "pool", "dask"])  # fmt: skip
def test_a_file_gone_between_a_workers_two_reads_is_one_error_line(tmp_path, monkeypatch, make):
    paths = []
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"File {name} has a doubled period..\n")
        paths.append(str(tmp_path / f"{name}.txt"))
    _gone_after_first_map(monkeypatch, tmp_path / "b.txt")
    errors: list[tuple[str, bool]] = []
    executor = make()
    try:
        got = list(run_check(Engine(_settings()), executor, paths, max_bytes=1_000_000,
                             on_error=lambda msg, fails: errors.append((msg, fails))))  # fmt: skip
    finally:
        executor.close()
    assert [r.path for r in got] == [paths[0], paths[2]]  # the others are still checked
    assert all(r.issues for r in got)
    assert errors == [(f"{tmp_path / 'b.txt'}: no such file", True)]


@pytest.mark.parametrize(("jobs", "before"), [("2", False), ("2", True), ("dask", False)])
def test_cli_check_and_fix_say_which_file_went_missing_and_exit_2(tmp_path, monkeypatch, capsys,
                                                                  jobs, before):  # fmt: skip
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a", "b", "c"):
        (src / f"{name}.txt").write_text(f"File {name} has a doubled period..\n")
    spread = ["--engine", "dask", "-j", "2"] if jobs == "dask" else ["-j", jobs]
    for command in (["check"], ["fix", "-o", str(tmp_path / "out")]):
        (src / "b.txt").write_text("File b has a doubled period..\n")
        _gone_after_first_map(monkeypatch, src / "b.txt", before=before)
        code = main([*command, "--no-languagetool", *spread, str(src)])
        out, err = capsys.readouterr()
        assert code == 2, err
        lines = err.strip().splitlines()
        assert f"copydesk: {src / 'b.txt'}: no such file" in lines
        assert not any("internal error" in line or "crash" in line for line in lines)
        assert "b.txt" not in out.replace(str(src / "b.txt"), "")  # nothing else about it
        if command == ["check"]:
            assert out.count("punct.double") == 2  # a.txt and c.txt still checked
            assert lines[-1] == "2 issue(s) in 2 file(s)"
        else:
            assert (tmp_path / "out" / "a.txt").read_text() == "File a has a doubled period.\n"
            assert (tmp_path / "out" / "c.txt").read_text() == "File c has a doubled period.\n"
            assert not (tmp_path / "out" / "b.txt").exists()


def test_removed_lines_and_a_latin1_po_come_out_alike_with_any_jobs_or_dask(tmp_path, capsys):
    story = "Rescue teams reached the village.\n\nThe mayor said the roads would reopen.\n"
    caption = "File-Chilean President Ana Rojas waves from her car. Photo: Reuters"
    rights = "(c) 2023 Reuters. All rights reserved."
    inputs = {
        "end.txt": f"{story}\n date 2023-09-12\n\n{rights}\n",
        "crlf.txt": f"{story}\n{caption}\n\n{rights}\n".replace("\n", "\r\n"),
        "start.txt": f" date 2023-09-12\n{caption}\n\n{story}",
        "middle.txt": story.replace("\n\n", f"\n\n{caption}\n{rights}\n\n"),
    }
    src = tmp_path / "in"
    src.mkdir()
    for name, text in inputs.items():
        (src / name).write_bytes(text.encode())
    po = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgid "a"\n'
    (src / "fr.po").write_bytes((po + 'msgstr "Le caf\u00e9  ferme."\n').encode("latin-1"))
    runs = []
    for spread in (["-j", "1"], ["-j", "2"], ["--engine", "dask", "-j", "2"]):
        out = tmp_path / "-".join(spread)
        code = main(["fix", "--all", "--no-languagetool", "--rules", "layout,space", *spread,
                     "-o", str(out), str(src)])  # fmt: skip
        printed = capsys.readouterr().out.replace(str(out), "OUT")
        runs.append((code, _saved(out), printed))
    assert runs[0] == runs[1] == runs[2]
    saved = runs[0][1]
    assert saved["end.txt"] == saved["start.txt"] == saved["middle.txt"] == story.encode()
    assert saved["crlf.txt"] == story.replace("\n", "\r\n").encode()
    assert saved["fr.po"] == (po + 'msgstr "Le caf\u00e9 ferme."\n').encode("latin-1")


def _freeze_count(_item: int) -> int:
    import gc

    return gc.get_freeze_count()


def test_pool_workers_start_with_the_inherited_objects_frozen():
    import gc

    assert START_METHOD == "fork"  # Linux: the workers inherit the driver's objects
    assert gc.get_freeze_count() == 0
    executor = PoolExecutor(2)
    try:
        counts = list(executor.map(_freeze_count, range(4)))
    finally:
        executor.close()
    # Each worker's collector leaves what it inherited alone; the driver's takes it back.
    assert min(counts) > 1000
    assert gc.get_freeze_count() == 0


def test_pool_runs_keep_file_order_and_end_short():
    from copydesk.checks.parallel import CHUNK, guided

    for n in (0, 1, 2, 5, 17, 125, 1000):
        for jobs in (1, 2, 8):
            runs = guided(list(range(n)), jobs)
            assert [i for run in runs for i in run] == list(range(n))
            assert all(1 <= len(run) <= CHUNK for run in runs)
            assert [len(run) for run in runs] == sorted((len(r) for r in runs), reverse=True)
    sizes = [len(run) for run in guided(list(range(125)), 2)]
    assert sizes[0] == CHUNK and sizes[-1] == 1 and len(sizes) < 125 // CHUNK + 2 * 2 + 2
