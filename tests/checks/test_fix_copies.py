"""The record of the copies ``fix`` wrote: what it may replace, and a damaged record."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.checks.fix_copies import WrittenCopies, digest, replaceable


def test_only_fix_s_own_copy_or_the_same_bytes_may_be_replaced(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.txt"
    assert replaceable(target, b"new", "")  # nothing there
    target.parent.mkdir()
    target.write_bytes(b"written by fix")
    assert replaceable(target, b"new", digest(b"written by fix"))
    assert replaceable(target, b"written by fix", "")  # already the new bytes
    assert not replaceable(target, b"new", "")
    assert not replaceable(target, b"new", digest(b"something else"))


def test_the_record_survives_a_new_run_and_a_damaged_one_knows_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    copies = WrittenCopies(out)
    copies.note(out / "sub" / "a.txt", "abc")
    assert copies.save() is None
    again = WrittenCopies(out)
    assert again.expected(out / "sub" / "a.txt") == "abc"
    assert again.expected(out / "b.txt") == ""
    assert WrittenCopies(tmp_path / "other").expected(tmp_path / "other" / "sub" / "a.txt") == ""
    for damaged in ("{not json", '{"copies": [1, 2]}', '["a"]'):
        again.path.write_text(damaged, "utf-8")
        assert WrittenCopies(out).expected(out / "sub" / "a.txt") == ""


def test_a_record_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    copies = WrittenCopies(tmp_path / "out")
    copies.note(tmp_path / "out" / "a.txt", "abc")
    copies.path.parent.mkdir(parents=True, exist_ok=True)
    copies.path.mkdir()  # a folder where the record goes: it cannot be replaced
    line = copies.save()
    assert line is not None and "cannot record" in line and "\n" not in line


def test_copies_written_before_a_ctrl_c_are_recorded_as_fix_s_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from copydesk import cli

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("a.txt", "b.txt"):
        (src / name).write_text("The the cat sat.\n", "utf-8")
    written: list[Path] = []
    real = cli.write_atomic

    def interrupted_on_the_second(target: Path, data: bytes, **kwargs: object) -> None:
        if written:
            raise KeyboardInterrupt  # the user stops the run while copies are saved
        real(target, data, **kwargs)  # type: ignore[arg-type]
        written.append(Path(target))

    monkeypatch.setattr(cli, "write_atomic", interrupted_on_the_second)
    args = ["fix", "--no-languagetool", "--rules", "repeat", "-o", str(out), str(src)]
    assert cli.main(args) == cli.EXIT_INTERRUPTED
    (first,) = written
    assert WrittenCopies(out).expected(first) == digest(first.read_bytes())


def test_a_copy_whose_name_is_not_utf8_keeps_the_whole_record_readable(tmp_path: Path) -> None:
    # Review: the record was written with the name's raw bytes (surrogatepass) and read
    # back as UTF-8, which failed, so the next run knew none of the folder's copies and
    # refused to replace every one of them, the plain-named ones too.
    import os

    out = tmp_path / "out"
    copies = WrittenCopies(out)
    copies.note(out / os.fsdecode(b"caf\xe9.txt"), "abc")
    copies.note(out / "plain.txt", "def")
    assert copies.save() is None
    again = WrittenCopies(out)
    assert again.expected(out / os.fsdecode(b"caf\xe9.txt")) == "abc"
    assert again.expected(out / "plain.txt") == "def"
