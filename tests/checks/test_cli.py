"""The command line as a user runs it: exit codes, text and JSON output, fix, bad input."""

import json
import subprocess
import sys

import pytest

from copydesk.cli import main

ARTICLE = "The convoy crossed the border.\n\n\n\nIt was slow.\n"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE)
    (d / "clean.txt").write_text("Nothing to see here.\n")
    sub = d / "sub"
    sub.mkdir()
    (sub / "b.md").write_text(ARTICLE.replace("\n", "\r\n"))
    (d / "skip.csv").write_text("a,b\n")
    return d


def test_check_clean_file_exits_0(capsys, tmp_path):
    f = tmp_path / "clean.txt"
    f.write_text("Nothing to see here.\n")
    assert run(capsys, "check", "--rules", "space", str(f))[0] == 0


def test_check_text_output_and_exit_1(capsys, folder):
    code, out, _ = run(capsys, "check", "--rules", "space.blank-lines", str(folder))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 2  # a.txt and sub/b.md; skip.csv is not a text file
    assert lines[0].startswith(f"{folder / 'a.txt'}:1:31: space.blank-lines: ")
    assert "-> '\\n\\n'" in lines[0]


def test_check_json_shape(capsys, folder):
    code, out, _ = run(capsys, "check", "--format", "json", "--rules", "space", str(folder))
    assert code == 1
    data = json.loads(out)
    files = {f["path"]: f for f in data["files"]}
    issue = files[str(folder / "a.txt")]["issues"][0]
    assert set(issue) >= {
        "offset",
        "length",
        "line",
        "column",
        "rule",
        "category",
        "message",
        "replacements",
        "confidence",
        "safe",
    }
    assert (issue["offset"], issue["length"], issue["line"]) == (30, 4, 1)
    assert issue["replacements"] == ["\n\n"] and issue["safe"] is True


def test_unknown_rule_is_a_usage_error(capsys, folder):
    code, _, err = run(capsys, "check", "--rules", "nonsense", str(folder))
    assert code == 2 and "unknown rule" in err


def test_bad_inputs_get_one_line_each_and_the_run_goes_on(capsys, tmp_path):
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "good.txt").write_text(ARTICLE)
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "empty.txt").write_text("")
    locked = d / "locked.txt"
    locked.write_text(ARTICLE)
    locked.chmod(0)
    code, out, err = run(capsys, "check", "--rules", "space", str(d), str(tmp_path / "missing"))
    assert code == 2
    assert "good.txt:1:31" in out
    err_lines = err.strip().splitlines()
    assert any("binary.txt" in e and "binary" in e for e in err_lines)
    assert any("empty.txt" in e and "empty" in e for e in err_lines)
    assert any("missing" in e and "no such" in e for e in err_lines)
    import os

    if os.geteuid() != 0:  # root reads anything; the permission path is tested elsewhere
        assert any("locked.txt" in e and "permission" in e for e in err_lines)


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_one_bad_file_among_files_with_issues_keeps_every_issue(capsys, tmp_path, fmt, jobs):
    # Exit 2 (an input error) by the documented contract; every other file's issues are
    # still printed, and the bad file gets one line of its own on stderr, and nothing else.
    d = tmp_path / "mixed"
    d.mkdir()
    for name in ("a", "c", "e"):
        (d / f"{name}.txt").write_text(ARTICLE + "A second  space.\n")
    (d / "b.txt").write_bytes(bytes(range(256)) * 4)
    code, out, err = run(capsys, "check", "--rules", "space", "--format", fmt, "-j", jobs, str(d))
    assert code == 2
    assert err.strip().splitlines() == [
        f"copydesk: {d / 'b.txt'}: looks like a binary file, not text; skipped",
        "6 issue(s) in 3 file(s)",
    ]
    if fmt == "json":
        files = json.loads(out)["files"]
        assert [f["path"] for f in files] == [str(d / f"{n}.txt") for n in ("a", "c", "e")]
        assert [len(f["issues"]) for f in files] == [2, 2, 2]
    else:
        for name in ("a", "c", "e"):
            assert f"{d / name}.txt:1:31: space.blank-lines" in out
            assert f"{d / name}.txt:6:9: space.double" in out
        assert out.count("\n") == 6 and "b.txt" not in out


def test_fix_writes_mirrored_copies_and_never_touches_input(capsys, folder, tmp_path):
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    out_dir = tmp_path / "out"
    report = tmp_path / "report.csv"
    code, out, _ = run(
        capsys,
        "fix",
        "--rules",
        "space",
        "--output",
        str(out_dir),
        "--report",
        str(report),
        str(folder),
    )
    assert code == 0
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert (out_dir / "a.txt").read_text() == "The convoy crossed the border.\n\nIt was slow.\n"
    assert (out_dir / "sub" / "b.md").read_bytes() == (
        b"The convoy crossed the border.\r\n\r\nIt was slow.\r\n"
    )
    assert (out_dir / "clean.txt").read_text() == "Nothing to see here.\n"
    assert "1 fix(es) (space.blank-lines 1)" in out
    assert report.read_text().splitlines()[0].startswith("file,line,column,rule,rule_name")
    assert ",space.blank-lines," in report.read_text() and ",accepted," in report.read_text()


def test_fix_refuses_output_inside_input(capsys, folder):
    code, _, err = run(capsys, "fix", "--output", str(folder / "out"), str(folder))
    assert code == 2 and "inside the input folder" in err
    assert not (folder / "out").exists()


def test_rules_lists_every_check(capsys):
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert code == 0
    rules = json.loads(out)
    assert "space.blank-lines" in {r["id"] for r in rules}


def test_installed_entry_point_runs_version():
    result = subprocess.run(
        [sys.executable, "-m", "copydesk.cli", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.startswith("copydesk ")


def test_fix_counts_batch_issues_left_to_review(capsys, tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    (d / "a.txt").write_text(
        "Spokesman Dmitry Sorokin spoke on Monday.\n\nDmitry Sorokin said no.\n"
    )
    # A safe fix in b.txt makes the fixer re-check it after fixing.
    (d / "b.txt").write_text("Dmitri Sorokin arrived in the city on Tuesday.\n\n\n")
    rules = "consistency.name-variant,space.blank-lines"
    code, out, _ = run(capsys, "fix", "--rules", rules, "--output", str(tmp_path / "out"), str(d))
    assert code == 0
    lines = {line.split(" -> ")[0]: line for line in out.splitlines()}
    assert lines[str(d / "b.txt")].endswith(
        "1 fix(es) (space.blank-lines 1); 1 issue(s) left to review"
    )
    assert (
        tmp_path / "out" / "b.txt"
    ).read_text() == "Dmitri Sorokin arrived in the city on Tuesday.\n"


def test_folder_without_text_files_is_an_error(capsys, tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "data.csv").write_text("a,b\n")
    code, out, err = run(capsys, "check", str(empty))
    assert code == 2 and out == ""
    assert "no .txt or .md files, nor bilingual ones (.xlf, " in err
    assert "or a .csv, .tsv or .tab table of source and target) in this folder" in err


def test_bad_report_path_is_refused_before_anything_is_written(capsys, folder, tmp_path):
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "fix", "--output", str(out_dir), "--report", "r.txt", str(folder))
    assert code == 2 and "must end in .csv, .html or .json" in err
    assert not out_dir.exists()
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    code, _, err = run(
        capsys, "fix", "--output", str(out_dir), "--report", str(blocker / "r.html"), str(folder)
    )
    assert code == 2 and "is a file, not a folder" in err
    assert not out_dir.exists()


def test_text_output_points_at_the_flagged_line_not_the_break_before(capsys, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The talks ended on Monday.\n\nAFP\n")
    code, out, _ = run(capsys, "check", "--rules", "layout.agency-credit", str(f))
    assert code == 1
    assert out.startswith(f"{f}:3:1: layout.agency-credit")
    code, out, _ = run(
        capsys, "check", "--format", "json", "--rules", "layout.agency-credit", str(f)
    )
    issue = json.loads(out)["files"][0]["issues"][0]
    # JSON names the same place; its offset is still where the removal starts.
    assert (issue["line"], issue["column"]) == (3, 1)
    assert issue["offset"] == len("The talks ended on Monday.")


def test_fix_never_overwrites_another_input(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "a.txt").write_text("First  file .\n")
    (tmp_path / "out" / "a.txt").write_text("ORIGINAL\n")
    code, _, err = run(capsys, "fix", "-o", "out", "a.txt", "out/a.txt")
    # Refused before anything is planned: "out" is inside the folder of both inputs.
    assert code == 2 and "must not be inside the input folder" in err
    assert (tmp_path / "out" / "a.txt").read_text() == "ORIGINAL\n"


def test_fix_refuses_two_inputs_saved_to_one_place(capsys, tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.txt").write_text(f"From {sub}..\n")
    out = tmp_path / "out"
    # Both files named alone map to out/a.txt when their folders are not mirrored.
    from copydesk.checks.files import InputFile, OutputPlanError, plan_outputs

    items = [InputFile(tmp_path / s / "a.txt", tmp_path / s) for s in ("x", "y")]
    with pytest.raises(OutputPlanError, match="would be saved there"):
        plan_outputs(items, out)
    code, _, _ = run(capsys, "fix", "-o", str(out), str(tmp_path / "x"), str(tmp_path / "y"))
    assert code == 0  # two folders: mirrored under their common parent, no collision
    assert (out / "x" / "a.txt").read_text() == "From x.\n"
    assert (out / "y" / "a.txt").read_text() == "From y.\n"


def test_fix_follows_a_link_to_a_file_outside_the_folder(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (tmp_path / "else").mkdir()
    (tmp_path / "else" / "x.txt").write_text("Linked..\n")
    (src / "link.txt").symlink_to(tmp_path / "else" / "x.txt")
    code, _, err = run(capsys, "fix", "-o", str(tmp_path / "out"), str(src))
    assert code == 0, err
    assert (tmp_path / "out" / "link.txt").read_text() == "Linked.\n"
    assert (tmp_path / "else" / "x.txt").read_text() == "Linked..\n"


def _left_counts(out: str) -> dict[str, int]:
    """The count each ``fix`` line prints as left to review, by file name."""
    return {
        line.split(" -> ")[0].rsplit("/", 1)[-1]: int(line.rsplit("; ", 1)[1].split()[0])
        for line in out.splitlines()
        if line.endswith("left to review")
    }


def _open_rows(report) -> list[dict[str, str]]:
    return [r for r in json.loads(report.read_text("utf-8"))["issues"] if r["outcome"] == "open"]


def test_fix_all_report_lists_the_issue_a_fix_revealed(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    # The fix of the blank lines after the caption overlaps the caption's removal and
    # waits for the next pass: the corrected copy has them, an issue of that copy, which
    # --all (one pass) leaves and counts.  (A caption and a copyright line removed
    # together leave no blank lines: tests/checks/test_line_removals.py.)
    (src / "a.txt").write_text(
        "The ferry board met on Monday in the port..\n\n"
        "File-Crew members on the pier of Velmora, May 2024. © Port Office/Via Wire\n\n\n\n"
        "The crew left.\n",
        "utf-8",
    )
    report = tmp_path / "r.json"
    code, out, _ = run(capsys, "fix", "--all", "--no-languagetool", "-o", str(tmp_path / "out"),
                       "--report", str(report), str(src))  # fmt: skip
    assert code == 0
    assert _left_counts(out) == {"a.txt": 1}
    (left,) = _open_rows(report)
    assert left["rule"] == "space.blank-lines" and "corrected copy" in left["reason"]
    # Where it is: the same place `check` shows in the copy.
    _, shown, _ = run(capsys, "check", "--no-languagetool", str(tmp_path / "out" / "a.txt"))
    assert f"a.txt:{left['line']}:{left['column']}: space.blank-lines" in shown


def test_fix_report_says_why_each_issue_is_left(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        "Port director Anna Kovac said the route would open in June. In May, he had asked"
        " for two ships..\n\nReuters\n",
        "utf-8",
    )
    (src / "b.txt").write_text("Nothing to fix in this short line.\n", "utf-8")
    report = tmp_path / "r.csv"
    code, out, _ = run(capsys, "fix", "--no-languagetool", "-o", str(tmp_path / "out"),
                       "--report", str(report), str(src))  # fmt: skip
    assert code == 0
    import csv

    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    assert rows[0].keys() >= {"outcome", "reason"}
    opened = [r for r in rows if r["outcome"] == "open"]
    counts = _left_counts(out)
    assert counts["a.txt"] == sum(r["file"] == "a.txt" for r in opened) > 0
    assert counts["b.txt"] == sum(r["file"] == "b.txt" for r in opened)
    assert all(r["reason"] for r in opened)
    assert all(not r["reason"] for r in rows if r["outcome"] != "open")
    assert any("not a safe fix" in r["reason"] for r in opened)  # pronoun, agency credit
    assert any(r["rule"] == "punct.double" and r["outcome"] == "accepted" for r in rows)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fix_again_never_replaces_a_copy_edited_since(capsys, tmp_path, jobs):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("The convoy crossed the border..\n", "utf-8")
    (src / "b.txt").write_text("It was slow..\n", "utf-8")
    out = tmp_path / "out"
    argv = ["fix", "--rules", "punct", "-j", jobs, "-o", str(out), str(src)]
    assert run(capsys, *argv)[0] == 0
    assert run(capsys, *argv)[0] == 0  # its own copies: replaced without a word
    # The editor goes on by hand in one copy; the input changes, and fix runs again.
    (out / "a.txt").write_text("The convoy crossed the border.\nA line typed by hand.\n", "utf-8")
    (src / "a.txt").write_text("The convoy crossed the river..\n", "utf-8")
    (src / "b.txt").write_text("It was very slow..\n", "utf-8")
    code, out_text, err = run(capsys, *argv)
    assert code == 2
    (line,) = err.strip().splitlines()
    assert "a.txt: already there and changed since copydesk fix wrote it" in line
    assert "A line typed by hand." in (out / "a.txt").read_text("utf-8")  # nothing lost
    assert (out / "b.txt").read_text("utf-8") == "It was very slow.\n"  # the others go on
    assert "a.txt ->" not in out_text
    # A copy that already holds the new text (saved from the window, say) is no loss.
    (out / "a.txt").write_text("The convoy crossed the river.\n", "utf-8")
    assert run(capsys, *argv)[0] == 0


def test_a_terminal_is_told_what_is_under_way_before_the_first_file_is_done():
    import io

    from copydesk.checks.engine import Engine
    from copydesk.checks.registry import REGISTRY
    from copydesk.checks.settings import Settings
    from copydesk.cli import Progress, _start_label

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = Progress(1, screen)  # one file: no bar, but a line while it starts
    progress.start("Checking 1 file(s)…")
    assert screen.getvalue() == "\rChecking 1 file(s)…"
    progress.close()
    assert screen.getvalue().endswith("\r" + " " * 90 + "\r")  # cleared for the results
    piped = io.StringIO()
    Progress(3, piped).start("Checking 3 file(s)…")
    assert piped.getvalue() == ""  # never into a pipe or a file
    from copydesk.checks.service import LANGUAGETOOL, ServiceState

    before = LANGUAGETOOL.status
    with_lt = Engine(Settings(), checks=[REGISTRY.get("lt"), REGISTRY.get("punct.double")])
    try:
        LANGUAGETOOL.set(ServiceState.NOT_STARTED)
        assert "LanguageTool starts first" in _start_label(with_lt, 2)
        LANGUAGETOOL.set(ServiceState.READY)  # already up (another copydesk's server)
        assert "LanguageTool" not in _start_label(with_lt, 2)
    finally:
        LANGUAGETOOL.set(before.state, before.message)
    without = Engine(Settings(), checks=[REGISTRY.get("punct.double")])
    assert _start_label(without, 2) == "Checking 2 file(s)…"


def test_fix_says_which_check_failed_in_process_as_on_workers(capsys, tmp_path, monkeypatch):
    # Review: `fix --jobs 2` printed "check X failed"; the in-process fix said nothing, so
    # a crashed check went unnoticed and its fixes were silently missing from the copy.
    from dataclasses import replace

    from copydesk.checks.registry import REGISTRY

    def broken(text, ctx):
        raise RuntimeError("boom")

    check = REGISTRY.get("punct.space-before")
    monkeypatch.setitem(REGISTRY._checks, check.id, replace(check, func=broken))
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / name).write_text("He said  so.\n", "utf-8")
    args = ["fix", "--no-languagetool", "--rules", "punct.space-before,space"]
    main([*args, "-o", str(tmp_path / "out"), str(tmp_path / "in")])
    err = capsys.readouterr().err
    assert "a.txt: check punct.space-before failed: RuntimeError: boom" in err


def test_progress_shortens_a_long_path_at_a_separator_never_mid_word():
    import io

    from copydesk.cli import Progress, elide_path

    long = "/work/shared/seeds/000_96b352ca1ba7beef.txt"
    assert elide_path(long, 40) == "…/shared/seeds/000_96b352ca1ba7beef.txt"
    assert elide_path(long, 35) == "…/seeds/000_96b352ca1ba7beef.txt"
    assert elide_path("/a/b.txt", 40) == "/a/b.txt"  # fits: as it is
    assert elide_path("/deep/" + "x" * 50 + ".txt", 40) == "…/" + "x" * 37 + "…"  # the name alone
    for width in range(8, 60):
        shown = elide_path(long, width)
        assert len(shown) <= width
        assert shown == long or shown.startswith("…/")  # cut at a separator

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    Progress(3, screen).update(1, long)
    assert screen.getvalue().endswith(" 1/3 …/shared/seeds/000_96b352ca1ba7beef.txt ")


def test_every_option_and_argument_of_every_command_has_help_text():
    import argparse

    from copydesk.cli import build_parser

    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(commands.choices) >= {"check", "fix", "rules", "languagetool", "gui", "start"}
    missing = [
        f"{name} {action.option_strings or action.metavar or action.dest}"
        for name, sub in commands.choices.items()
        for action in sub._actions
        if not action.help or action.help == argparse.SUPPRESS
    ]
    assert missing == []


def test_fix_into_a_file_says_so_before_checking_anything(capsys, folder, tmp_path):
    # Review: `fix -o FILE` checked the whole batch, then printed "FILE/a.txt: cannot save
    # (File exists)" once per copy; the window says the output is a file, not a folder.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", "utf-8")
    for out in (blocker, blocker / "deeper"):
        code, out_text, err = run(capsys, "fix", "--rules", "space", "-o", str(out), str(folder))
        assert code == 2 and out_text == ""
        assert err.count("\n") == 1 and "is a file, not a folder" in err, err
        assert "cannot save" not in err


def _fix_into_locked_folder(capsys, folder, locked):
    code, out, err = run(capsys, "fix", "--output", str(locked / "copies"), str(folder / "a.txt"))
    assert code == 2 and f"cannot write into {locked}" in err, err
    assert out == "" and "fix(es)" not in err  # refused before anything was checked
    assert not (locked / "copies").exists()


def test_fix_refuses_a_read_only_output_folder_before_checking(capsys, folder, tmp_path):
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: a read-only folder is writable")
        _fix_into_locked_folder(capsys, folder, locked)
    finally:
        locked.chmod(0o755)


def test_fix_refuses_a_folder_this_user_may_not_write(capsys, folder, tmp_path, monkeypatch):
    # As root a mode bit locks nothing: the permission the system reports is what counts.
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == str(locked) else real_access(p, mode)
    )
    _fix_into_locked_folder(capsys, folder, locked)
