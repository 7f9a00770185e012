"""Regression tests for the reliability trial (issue 16, items 6-23, and issue 14 item 4).

Each test is named after the item it guards.  Hangs are guarded with a thread or a
subprocess timeout so that a regression fails the test instead of stopping the suite.
"""

import codecs
import json
import os
import random
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from copydesk.checks.apply import apply_edits
from copydesk.checks.decisions import DecisionStore, store_path_for
from copydesk.checks.document import DocumentError, decode, read_document
from copydesk.checks.files import collect
from copydesk.checks.model import Edit
from copydesk.checks.settings import Settings, load_settings, settings_path
from copydesk.cli import main

ARTICLE = "The convoy crossed the border.\n\n\n\nIt was slow.\n"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def in_thread(func, timeout=20.0):
    """Run ``func`` in a daemon thread; return its result, or fail when it blocks."""
    box: dict[str, object] = {}

    def target():
        try:
            box["value"] = func()
        except BaseException as exc:
            box["error"] = exc

    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(timeout)
    assert not t.is_alive(), "blocked (a FIFO or an endless file was read)"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")


# 6: only regular files, and the size limit holds while reading


def test_item6_fifo_in_folder_is_skipped_with_one_line(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    os.mkfifo(tmp_path / "pipe.txt")
    code, out, err = in_thread(lambda: run(capsys, "check", "--rules", "space", str(tmp_path)))
    assert code == 2
    assert "a.txt" in out  # the other file is still checked
    lines = [line for line in err.splitlines() if "pipe.txt" in line]
    assert len(lines) == 1 and "FIFO" in lines[0]


def test_item6_fifo_named_explicitly_and_as_glossary(capsys, tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE)
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    with pytest.raises(DocumentError, match="FIFO"):
        in_thread(lambda: read_document(pipe))
    gpipe = tmp_path / "g.toml"
    os.mkfifo(gpipe)
    code, _, err = in_thread(
        lambda: run(capsys, "check", "--rules", "space", "--glossary", str(gpipe), str(good))
    )
    assert code == 2 and "g.toml" in err and len(err.strip().splitlines()) == 1


def test_item6_link_to_dev_zero_stops_at_the_limit(capsys, tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(DocumentError, match="not a regular file"):
        in_thread(lambda: read_document(link, max_bytes=4096))
    code, _, err = in_thread(lambda: run(capsys, "check", "--rules", "space", str(tmp_path)))
    assert code == 2 and "zero.txt" in err


def test_item6_size_limit_is_enforced_on_the_bytes_read(tmp_path, monkeypatch):
    # A file that grows after stat (or reports a wrong size) must not be read past the limit.
    f = tmp_path / "a.txt"
    f.write_bytes(b"word " * 1000)
    real_fstat = os.fstat

    class Small:
        def __init__(self, st):
            self.st_mode = st.st_mode
            self.st_size = 10

    monkeypatch.setattr(os, "fstat", lambda fd: Small(real_fstat(fd)))
    monkeypatch.setattr(Path, "stat", lambda self, **kw: Small(os.stat(self)))
    with pytest.raises(DocumentError, match="limit"):
        read_document(f, max_bytes=100)


def test_item6_window_open_path_skips_a_fifo(tmp_path):
    from copydesk.desktop.session import Session

    (tmp_path / "a.txt").write_text(ARTICLE)
    os.mkfifo(tmp_path / "pipe.txt")
    added, errors = in_thread(lambda: Session().open_paths([tmp_path]))
    assert [f.path.name for f in added] == ["a.txt"]
    assert any("pipe.txt" in e and "FIFO" in e for e in errors)


# 7: link loops and very deep folders


def test_item7_symlink_loop_does_not_abort_the_batch(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "ring").symlink_to(tmp_path)  # a link to a folder containing it
    code, out, err = run(capsys, "check", "--rules", "space", str(tmp_path))
    assert code == 2 and "a.txt" in out
    assert sum("loop.txt" in line for line in err.splitlines()) == 1
    assert "Traceback" not in err


def _deep(tmp_path: Path, depth: int = 1000) -> Path:
    top = tmp_path / "deep"
    top.mkdir()
    fd = os.open(top, os.O_RDONLY)
    for _ in range(depth):
        os.mkdir("d", dir_fd=fd)
        nfd = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nfd
    with open(os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w") as f:
        f.write(ARTICLE)
    os.close(fd)
    return top


def _remove_deep(top: Path) -> None:
    """Remove a deep tree without recursion (shutil.rmtree, pytest's cleanup, recurses)."""
    fds = [os.open(top, os.O_RDONLY)]
    while True:
        names = os.listdir(fds[-1])
        sub = [n for n in names if os.path.isdir(os.path.join(f"/proc/self/fd/{fds[-1]}", n))]
        for n in names:
            if n not in sub:
                os.unlink(n, dir_fd=fds[-1])
        if not sub:
            break
        fds.append(os.open(sub[0], os.O_RDONLY, dir_fd=fds[-1]))
    os.close(fds.pop())
    while fds:
        fd = fds.pop()
        for n in os.listdir(fd):
            os.rmdir(n, dir_fd=fd)
        os.close(fd)
    os.rmdir(top)


@pytest.fixture
def deep_folder(tmp_path):
    top = _deep(tmp_path)
    yield top
    _remove_deep(top)


def test_item7_folder_1000_deep_in_cli_and_window(capsys, deep_folder):
    from copydesk.desktop.session import Session

    top = deep_folder
    items, errors = collect([top])
    assert len(items) == 1 and errors == []
    code, out, err = run(capsys, "check", "--rules", "space", str(top))
    assert code == 1 and out.count("a.txt") == 1 and "Traceback" not in err
    added, errors = Session().open_paths([top])
    assert len(added) == 1 and added[0].doc is not None


# 8: settings of the wrong shape


@pytest.mark.parametrize(
    "stored",
    ["[]", "null", '{"ignore": 5}', '{"select": [null]}', "[" * 100_000 + "]" * 100_000,
     '{"languagetool": 3}', '{"languagetool": {"timeout_seconds": "soon"}}', '"x"'],
)  # fmt: skip
def test_item8_wrong_shape_settings_fall_back_with_one_warning(capsys, tmp_path, stored):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(stored)
    settings, warning = load_settings()
    assert warning and "settings" in warning
    assert isinstance(settings.select, list) and all(isinstance(s, str) for s in settings.select)
    assert isinstance(settings.ignore, list) and all(isinstance(s, str) for s in settings.ignore)
    assert isinstance(settings.languagetool.timeout_seconds, float)
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    code, out, err = run(capsys, "check", "--rules", "space", str(f))
    assert code == 1 and "a.txt" in out
    assert sum("settings" in line for line in err.splitlines()) == 1 and "Traceback" not in err


def test_item8_good_keys_survive_a_bad_one(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"ignore": ["case"], "select": 5, "glossary": 7}))
    settings, warning = load_settings(path)
    assert settings.ignore == ["case"] and settings.select == [] and settings.glossary == ""
    assert warning and "select" in warning and "glossary" in warning


def test_item8_window_starts_with_wrong_shape_settings(qtbot):
    from copydesk.desktop.main_window import MainWindow

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"select": [null], "languagetool": []}')
    window = MainWindow()
    qtbot.addWidget(window)
    assert isinstance(window.settings, Settings)


# 9: reports with text and names that are not UTF-8


def test_item9_report_with_undecodable_name_and_text(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    name = os.fsdecode(b"caf\xe9..txt")
    (src / name).write_bytes(
        "Caf\u00e9 r\u00e9sum\u00e9 na\u00efve.. stray \xff byte.\n".encode(
            "utf-8", "surrogateescape"
        ).replace(b"\xc3\xbf", b"\xff")
    )
    report = tmp_path / "r.csv"
    report.write_text("EARLIER\n")
    code, _, err = run(
        capsys, "fix", "--rules", "punct", "-o", str(tmp_path / "out"), "--report", str(report),
        str(src),
    )  # fmt: skip
    assert code == 0, err
    text = report.read_bytes().decode("utf-8")  # valid UTF-8, not cut off
    assert "caf\\xe9..txt" in text and text.count("\n") >= 2


# 10: decision stores of the wrong shape


@pytest.mark.parametrize(
    "stored",
    ['{"k": {"verdict": "accepted", "replacement": 5}}', '{"k": {"verdict": "edited",'
     ' "replacement": ["x"]}}', '{"k": 3}', "[" * 100_000 + "]" * 100_000, '"x"'],
)  # fmt: skip
def test_item10_bad_decision_store_is_refused_at_load(tmp_path, stored):
    path = tmp_path / "d.json"
    path.write_text(stored)
    with pytest.raises(ValueError):
        DecisionStore.load(path)


def test_item10_window_opens_the_file_without_a_bad_store(tmp_path):
    from copydesk.checks.settings import data_dir
    from copydesk.desktop.session import Session

    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    store = store_path_for(str(f), data_dir())
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_text('{"k": {"verdict": "accepted", "replacement": 5}}')
    added, errors = Session().open_paths([f])
    assert added[0].doc is not None and not added[0].store.decisions
    assert len(errors) == 1 and "could not be read" in errors[0]


def test_item10_store_with_undecodable_text_saves_and_loads(tmp_path):
    from copydesk.checks.decisions import Decision, Verdict

    store = DecisionStore({"rule\x1fcaf\udce9": Decision(Verdict.EDITED, "x\udcff")})
    store.save(tmp_path / "d.json")
    assert DecisionStore.load(tmp_path / "d.json").decisions == store.decisions


# 11: --max-size


@pytest.mark.parametrize("value", ["inf", "-1", "0", "nan", "-inf", "1e400", "abc"])
def test_item11_max_size_must_be_positive_and_finite(capsys, tmp_path, value):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    code, _, err = run(capsys, "check", "--max-size", value, str(f))
    assert code == 2 and "argument --max-size" in err and "Traceback" not in err


def test_item11_small_max_size_is_accepted(capsys, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    assert run(capsys, "check", "--rules", "space", "--max-size", "0.001", str(f))[0] == 1


# 12: unexpected errors


def test_item12_unexpected_error_is_one_line_a_log_and_exit_3(capsys, tmp_path, monkeypatch):
    import copydesk.cli

    def boom(*_a, **_k):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(copydesk.cli, "_run_checks", boom)
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    code, _out, err = run(capsys, "check", "--rules", "space", str(f))
    assert code == 3
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "something nobody foresaw" in lines[0]
    log = Path(lines[0].split("details in ", 1)[1].split(")")[0])
    assert "Traceback" in log.read_text() and "boom" in log.read_text()


def test_item12_a_real_process_never_prints_a_bare_traceback(tmp_path):
    # A settings folder that is a file: every path under it fails in its own way.
    env = {**os.environ, "COPYDESK_CONFIG_DIR": str(tmp_path / "cfg"),
           "COPYDESK_DATA_DIR": str(tmp_path / "data")}  # fmt: skip
    (tmp_path / "cfg").mkdir()
    (tmp_path / "cfg" / "settings.json").write_bytes(b"\xff\xfe not json")
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    proc = subprocess.run(
        [sys.executable, "-m", "copydesk.cli", "check", "--rules", "space", str(f)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1 and "Traceback" not in proc.stderr


# 13: --report naming an input


def test_item13_report_naming_an_input_is_refused(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    a = src / "a.txt"
    a.write_text("Two  spaces.\n")
    for report in (a, src / "A.txt.csv"):
        if report != a:
            report.write_text("x,y\n")
    before = a.read_bytes()
    code, _, err = run(capsys, "fix", "-o", str(tmp_path / "out"), "--report", str(a), str(a))
    assert code == 2 and "input" in err
    # Named through the folder, with a .csv input (any suffix is refused by its folder walk).
    csv_in = src / "notes.csv"
    csv_in.write_text("keep me\n")
    code, _, err = run(
        capsys, "fix", "-o", str(tmp_path / "out2"), "--report", str(csv_in), str(src), str(csv_in)
    )
    assert code == 2 and "input" in err
    assert a.read_bytes() == before and csv_in.read_text() == "keep me\n"


# 14: mixed line endings


MIXED = b"One..\r\nTwo\nThree..\rFour\r\nFive..\n"


def test_item14_mixed_endings_each_line_keeps_its_own():
    doc = decode(MIXED)
    assert doc.mixed_newlines
    assert doc.encode(doc.text.replace("..", ".")) == b"One.\r\nTwo\nThree.\rFour\r\nFive.\n"
    assert doc.encode(doc.text) == MIXED


def test_item14_inserted_and_removed_lines():
    doc = decode(MIXED)
    # A line removed: the others keep theirs.
    assert doc.encode(doc.text.replace("Two\n", "")) == b"One..\r\nThree..\rFour\r\nFive..\n"
    # A line break inserted: it takes the dominant style (CRLF: 2, LF: 2, CR: 1 -> first max).
    out = doc.encode(doc.text.replace("Three..", "Thr\nee.."))
    assert out.startswith(b"One..\r\nTwo\nThr") and out.endswith(b"ee..\rFour\r\nFive..\n")
    # Two lines joined: the joined line keeps the later line's ending.
    assert doc.encode(doc.text.replace("Two\nThree", "Two Three")) == (
        b"One..\r\nTwo Three..\rFour\r\nFive..\n"
    )


def test_item14_fix_keeps_mixed_endings_in_cli(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(b"It was  slow.\r\nThen it  stopped.\nEnd.\r\n")
    code, _, err = run(capsys, "fix", "--rules", "space", "-o", str(tmp_path / "out"), str(src))
    assert code == 0, err
    assert (
        tmp_path / "out" / "a.txt"
    ).read_bytes() == b"It was slow.\r\nThen it stopped.\nEnd.\r\n"


# 15: atomic reports, cleaned up on every exit path


class _FailingFile:
    def __init__(self, real, exc):
        self.real, self.exc = real, exc

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.real.close()

    def write(self, data):
        self.real.write(data[: len(data) // 2])  # part of it reached the disk
        raise self.exc

    def flush(self):
        self.real.flush()

    def fileno(self):
        return self.real.fileno()


@pytest.mark.parametrize(
    "exc", [OSError(28, "No space left on device"), KeyboardInterrupt(), MemoryError()]
)
def test_item15_report_write_failure_keeps_the_old_one_and_no_temp(tmp_path, monkeypatch, exc):
    from copydesk.checks.report import ReportError, write_report_text

    report = tmp_path / "r.html"
    report.write_text("EARLIER")
    real_fdopen = os.fdopen
    monkeypatch.setattr(
        os, "fdopen", lambda fd, *a, **k: _FailingFile(real_fdopen(fd, *a, **k), exc)
    )
    text = "file,line,rule\n" + "a.txt,1,punct.double\n" * 100
    expected = ReportError if isinstance(exc, OSError) else type(exc)
    with pytest.raises(expected):
        write_report_text(report, text)
    assert report.read_text() == "EARLIER"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


# 16: fix --all keeps bytes kept as they were


def test_item16_fix_all_keeps_undecodable_bytes(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    raw = "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 and a stray ".encode() + b"\xff byte here.\n"
    (src / "a.txt").write_bytes(raw + b"The convoy crossed the border.\n")
    code, out, err = run(capsys, "fix", "--all", "-o", str(tmp_path / "out"), str(src))
    assert code == 0, err
    written = (tmp_path / "out" / "a.txt").read_bytes()
    assert b"\xff byte" in written and "\ufffd".encode() not in written
    assert "skipped" in out and "kept as they were" in out


# 17: unreadable folders, long paths, linked folders


def test_item17_unreadable_subfolder_is_named(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(ARTICLE)
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items, errors = collect([tmp_path])
    assert [i.path.name for i in items] == ["a.txt"]
    assert len(errors) == 1 and "locked" in errors[0] and "permission denied" in errors[0]


def test_item17_path_over_path_max_is_named(tmp_path):
    top = tmp_path / "long"
    top.mkdir()
    fd = os.open(top, os.O_RDONLY)
    for _ in range(20):  # 20 x 250 characters: past Linux's PATH_MAX of 4096
        os.mkdir("x" * 250, dir_fd=fd)
        nfd = os.open("x" * 250, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nfd
    os.close(fd)
    items, errors = collect([top])
    assert items == []
    assert len(errors) == 1 and "too long" in errors[0]


def test_item17_linked_folder_is_named(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text(ARTICLE)
    top = tmp_path / "top"
    top.mkdir()
    (top / "b.txt").write_text(ARTICLE)
    (top / "link").symlink_to(real)
    items, errors = collect([top])
    assert [i.path.name for i in items] == ["b.txt"]
    assert len(errors) == 1 and "link" in errors[0] and "not followed" in errors[0]


# 18: encoding detection


@pytest.mark.parametrize(
    "raw",
    [b"\x00\x01" * 50, b"\x00A" * 40, bytes(100), b"\x00\xff" * 40, b"\x00\x00\x00\x01" * 30,
     b"\x12\x00\x34\x00" * 40],
)  # fmt: skip
def test_item18_nul_patterned_binaries_are_refused(raw):
    with pytest.raises(DocumentError, match="binary"):
        decode(raw)


def test_item18_random_short_blobs_are_not_utf16():
    rng = random.Random(16)
    wide = 0
    for _ in range(300):
        blob = rng.randbytes(rng.randint(1, 256))
        try:
            doc = decode(blob)
        except DocumentError:
            continue
        wide += doc.encoding.startswith("utf-16")
    assert wide == 0


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Hello world, short.", "utf-16-le"), ("Hi there", "utf-16-be"),
     ("Привет мир, как дела", "utf-16-le")],
)  # fmt: skip
def test_item18_short_bomless_utf16_text_is_read(text, encoding):
    raw = text.encode(encoding)
    doc = decode(raw)
    assert doc.text == text and doc.encoding == encoding and doc.encode(doc.text) == raw


@pytest.mark.parametrize("word", ["Señor", "Ärger", "façon", "Crème", "garçon", "Noël!"])
def test_item18_short_latin1_word_is_western(word):
    doc = decode(word.encode("latin-1"))
    assert doc.text == word and doc.encoding == "cp1252"


# 19: an explicit file's output folder


def test_item19_output_folder_inside_an_explicit_files_folder_is_refused(capsys, tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Two  spaces.\n")
    code, _, err = run(capsys, "fix", "-o", str(tmp_path / "out"), str(a))
    assert code == 2 and "must not be inside" in err
    assert not (tmp_path / "out").exists()
    code, _, err = run(capsys, "fix", "-o", str(tmp_path.parent / f"{tmp_path.name}-out"), str(a))
    assert code == 0, err


# 20: a bad glossary beside the articles


def test_item20_bad_project_glossary_one_line_and_same_status(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Teh convoy crossed the border..\n")
    (src / "copydesk-glossary.toml").write_text('[preferred\n"x" = 5\n')
    codes = []
    for argv in (["check", str(src)], ["fix", "-o", str(tmp_path / "out"), str(src)]):
        code, _, err = run(capsys, *argv, "--no-languagetool")
        codes.append(code)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "copydesk-glossary.toml" in lines[0], err
    assert codes == [2, 2]


# 21: empty files


def test_item21_empty_file_exits_2_and_fix_mirrors_it(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Two  spaces.\n")
    (src / "empty.txt").write_bytes(b"")
    code, _, err = run(capsys, "check", "--rules", "space", str(src / "empty.txt"))
    assert code == 2 and "empty" in err
    code, _out, err = run(capsys, "fix", "--rules", "space", "-o", str(tmp_path / "out"), str(src))
    assert code == 2 and "empty" in err
    assert (tmp_path / "out" / "empty.txt").read_bytes() == b""
    assert (tmp_path / "out" / "a.txt").read_text() == "Two spaces.\n"


def test_an_output_that_is_an_input_file_is_named_as_a_file(capsys, tmp_path, monkeypatch):
    # the output named is a file beside the input: what to change is that it is a file
    monkeypatch.chdir(tmp_path)
    (tmp_path / "flood.txt").write_text("Two  spaces.\n")
    (tmp_path / "budget.txt").write_text("Two  spaces.\n")
    code, _, err = run(capsys, "fix", "-o", "flood.txt", "budget.txt")
    assert code == 2 and "flood.txt is a file, not a folder" in err
    assert (tmp_path / "flood.txt").read_text() == "Two  spaces.\n"


# 22: odd names, negative edits


def test_item22_newline_in_a_file_name_keeps_one_line_per_issue(capsys, tmp_path):
    f = tmp_path / "two\nlines.txt"
    f.write_text("A  b.\n")
    code, out, _ = run(capsys, "check", "--rules", "space.double", str(f))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 1 and "two\\nlines.txt:1:" in lines[0]


def test_item22_non_utf8_name_gives_clean_json(capsys, tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("A  b.\n")
    code, out, _ = run(capsys, "check", "--format", "json", "--rules", "space", str(tmp_path))
    assert code == 1
    out.encode("utf-8")  # no lone surrogate, so no raw byte once written
    assert json.loads(out)["files"][0]["path"].endswith("caf\\xe9.txt")


def test_item22_negative_length_edit_is_rejected():
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(3, -2, "XY")])
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(-1, 1, "")])


# 23: an input changed during the run


def test_item23_input_changed_during_the_run_is_not_written(capsys, tmp_path, monkeypatch):
    import copydesk.cli

    src = tmp_path / "in"
    src.mkdir()
    a = src / "a.txt"
    a.write_text("Two  spaces.\n")
    (src / "b.txt").write_text("Also  two.\n")
    real_fix = copydesk.cli.fix_batch

    def fix_and_meddle(engine, batch, **kw):
        a.write_text("Someone else's newer text.\n")  # while the batch is being fixed
        return real_fix(engine, batch, **kw)

    monkeypatch.setattr(copydesk.cli, "fix_batch", fix_and_meddle)
    code, _, err = run(capsys, "fix", "--rules", "space", "-o", str(tmp_path / "out"), str(src))
    assert code == 2 and "changed" in err and "a.txt" in err
    assert not (tmp_path / "out" / "a.txt").exists()
    assert (tmp_path / "out" / "b.txt").read_text() == "Also two.\n"


# Issue 14 item 4: a removal wins over a smaller fix inside it, whatever the order


def test_removal_wins_over_a_smaller_fix_inside_it_in_any_order():
    text = "Keep this.\nPhoto: Jon Doe/Agency teh.\nKeep that.\n"
    start = text.index("\nPhoto")
    end = text.index("\nKeep that")
    removal = Edit(start, end - start, "", "layout.caption")
    for inner in (Edit(start, 1, " ", "space"), Edit(text.index("teh"), 3, "the", "spell")):
        for edits in ([removal, inner], [inner, removal]):
            result = apply_edits(text, edits)
            assert result.text == "Keep this.\nKeep that.\n"
            assert result.skipped == (inner,)
    # An insertion at the removal's edge touches kept text: both apply.
    edge = Edit(end, 0, "!", "punct")
    assert apply_edits(text, [edge, removal]).text == "Keep this.!\nKeep that.\n"


def test_cli_names_every_skipped_fix(capsys, tmp_path, monkeypatch):
    import copydesk.cli
    from copydesk.checks.review_fix import FileFix

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Two  spaces.\n")
    real_fix = copydesk.cli.fix_batch

    def with_skips(engine, batch, **kw):
        fixes = real_fix(engine, batch, **kw)
        skipped = ["1:1: a.one: overlaps b.two at line 1", "2:3: b.two: overlaps a.one at line 2"]
        return [FileFix(f.file, f.changes, skipped, f.remaining) for f in fixes]

    monkeypatch.setattr(copydesk.cli, "fix_batch", with_skips)
    code, out, _ = run(capsys, "fix", "--rules", "space", "-o", str(tmp_path / "out"), str(src))
    assert code == 0
    assert "a.txt:1:1: a.one" in out and "a.txt:2:3: b.two" in out
    assert "2 fix(es) skipped" in out


# The report and the outputs are UTF-8 with BOMs and encodings kept.


def test_utf16_bom_file_round_trips_through_fix(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    raw = codecs.BOM_UTF16_LE + "Two  spaces.\r\n".encode("utf-16-le")
    (src / "a.txt").write_bytes(raw)
    code, _, err = run(capsys, "fix", "--rules", "space", "-o", str(tmp_path / "out"), str(src))
    assert code == 0, err
    assert (tmp_path / "out" / "a.txt").read_bytes() == codecs.BOM_UTF16_LE + (
        "Two spaces.\r\n".encode("utf-16-le")
    )


def test_a_word_document_is_named_as_one_with_what_to_do(tmp_path, capsys):
    import zipfile

    docx = tmp_path / "story.docx"
    with zipfile.ZipFile(docx, "w") as package:  # a zip without word/document.xml is
        package.writestr("word/document.xml", "<w:document/>")  # a damaged one
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4)
    with pytest.raises(DocumentError, match="save it as plain text"):
        read_document(docx)
    with pytest.raises(DocumentError, match="looks like a binary file"):
        read_document(blob)
    code = main(["check", "--no-languagetool", str(docx)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 2 and "word-processor or PDF document" in err[0]


def test_files_named_through_a_linked_folder_keep_their_tree_in_the_output(tmp_path):
    # Review: the common folder of the inputs was worked out with links resolved and the
    # copies' places without, so through a linked folder (macOS /tmp is one) every copy
    # fell back to its bare name: the tree was flattened, and two files of one name were
    # refused as saved to the same place.
    from copydesk.checks.files import collect, plan_outputs

    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    for name in ("a.txt", "sub/a.txt", "sub/e.txt"):
        (real / name).write_text("Text  here.\n", "utf-8")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    out = tmp_path / "out"
    for base in (real, link):
        items, errors = collect([base / "a.txt", base / "sub" / "a.txt", base / "sub" / "e.txt"])
        assert not errors
        planned = plan_outputs(items, out)
        assert planned == [out / "a.txt", out / "sub" / "a.txt", out / "sub" / "e.txt"]


def test_item14_a_long_mixed_endings_file_of_repeated_lines_saves_in_one_pass():
    # Review: the lines of a mixed-endings file were matched with difflib, quadratic on
    # repeated lines: 10,000 of them with two fixes far apart took 49 s to save.
    import time

    from copydesk.checks.document import decode

    raw = (b"Same line here.\n" * 10_000 + b"Other line.\r\n") * 2
    doc = decode(raw)
    new = doc.text[:50] + "X" + doc.text[50:-100] + "Y" + doc.text[-100:]
    started = time.process_time()
    out = doc.encode(new)
    assert time.process_time() - started < 5  # one pass: well under a second here
    assert out.replace(b"\r\n", b"\n").decode() == new
    assert out.count(b"\r\n") == 2 and out.count(b"\n") == raw.count(b"\n")


def test_item11_a_bilingual_file_over_the_limit_gets_the_articles_line(capsys, tmp_path):
    # A new-user trial: an article over the limit named the limit and how to raise it, an
    # XLIFF file only "12.0 MB is over the size limit".
    unit = '<trans-unit id="{0}"><source>Hola.</source><target>Hello.</target></trans-unit>'
    xlf = tmp_path / "big.xlf"
    xlf.write_text(
        '<?xml version="1.0"?><xliff version="1.2"><file source-language="es"'
        ' target-language="en"><body>'
        + "".join(unit.format(n) for n in range(100))
        + "</body></file></xliff>",
        "utf-8",
    )
    article = tmp_path / "big.txt"
    article.write_text("A word. " * 1000, "utf-8")
    code, _, err = run(capsys, "check", "--rules", "space", "--max-size", "0.001", str(tmp_path))
    lines = sorted(line for line in err.splitlines() if line.startswith("copydesk: "))
    assert code == 2
    assert lines == [
        f"copydesk: {tmp_path / name}: over the 0.001 MB limit for one file;"
        " split it or raise --max-size"
        for name in ("big.txt", "big.xlf")
    ]
