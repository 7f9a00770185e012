"""A check that crashes is an error: `check` and `fix` say which and exit 2, all else reported.

The contract is "exit 0 clean, 1 issues found, 2 error"; a crashed check left the exit at 0
or 1, so a script could not tell a clean file from one a check never read.
"""

import json
from dataclasses import replace

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.cli import main

BROKEN = "punct.space-before"
RULES = f"{BROKEN},space"
ARTICLE = "He said  so .\n"  # a doubled space (space.double) and a space before the period


@pytest.fixture
def broken(monkeypatch):
    def crash(text, ctx):
        raise RuntimeError("boom")

    # tests/conftest.py makes a crash raise in Engine.check_text; here it must be carried,
    # as in a user's run (a spread run warms its engine up with check_text).
    strict_check_text = Engine.check_text

    def carrying(self, text, path="<text>", *, strict=False):
        return strict_check_text(self, text, path, strict=strict)

    monkeypatch.setattr(Engine, "check_text", carrying)

    check = REGISTRY.get(BROKEN)
    monkeypatch.setitem(REGISTRY._checks, check.id, replace(check, func=crash))


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(ARTICLE, "utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_check_exits_2_naming_the_failed_check_with_the_other_issues(
    broken, articles, capsys, jobs
):
    code = main(["check", "--no-languagetool", "--rules", RULES, "--jobs", jobs, str(articles)])
    out, err = capsys.readouterr()
    assert code == 2
    assert f"a.txt: check {BROKEN} failed: RuntimeError: boom" in err
    # The other checks' issues are all there, in both files.
    assert [line.split(": ")[1] for line in out.splitlines()] == ["space.double"] * 2


def test_check_json_exits_2_and_keeps_the_report(broken, articles, capsys):
    code = main(["check", "--format", "json", "--no-languagetool", "--rules", RULES, str(articles)])
    out, err = capsys.readouterr()
    assert code == 2
    assert f"check {BROKEN} failed" in err
    files = json.loads(out)["files"]
    assert [[i["rule"] for i in f["issues"]] for f in files] == [["space.double"]] * 2


def test_check_of_a_bilingual_file_exits_2_when_a_check_fails(broken, tmp_path, capsys):
    table = tmp_path / "t.csv"
    table.write_text("source,target\nDijo eso.,He said  so .\n", "utf-8")
    code = main(["check", "--no-languagetool", "--rules", RULES, str(table)])
    out, err = capsys.readouterr()
    assert code == 2
    assert f"check {BROKEN} failed: RuntimeError: boom" in err
    assert "space.double" in out


def test_check_without_a_failure_keeps_exit_1(articles, capsys):
    code = main(["check", "--no-languagetool", "--rules", RULES, str(articles)])
    assert code == 1 and "failed" not in capsys.readouterr().err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fix_exits_2_naming_the_failed_check_and_writes_the_other_fixes(
    broken, articles, tmp_path, capsys, jobs
):
    out_dir = tmp_path / "out"
    code = main(["fix", "--no-languagetool", "--rules", RULES, "--jobs", jobs,
                 "-o", str(out_dir), str(articles)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert f"a.txt: check {BROKEN} failed: RuntimeError: boom" in err
    for name in ("a.txt", "b.txt"):  # the doubled space fixed; the failed check's fix missing
        assert (out_dir / name).read_text("utf-8") == "He said so .\n"


def test_fix_of_a_bilingual_file_exits_2_when_a_check_fails(broken, tmp_path, capsys):
    (tmp_path / "in").mkdir()
    table = tmp_path / "in" / "t.csv"
    table.write_text("source,target\nDijo eso.,He said  so .\n", "utf-8")
    code = main(["fix", "--no-languagetool", "--rules", RULES, "-o", str(tmp_path / "out"),
                 str(table)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert f"check {BROKEN} failed" in err
    assert (tmp_path / "out" / "t.csv").read_text("utf-8").endswith("He said so .\n")


def test_fix_without_a_failure_keeps_exit_0(articles, tmp_path, capsys):
    code = main(["fix", "--no-languagetool", "--rules", RULES, "-o", str(tmp_path / "out"),
                 str(articles)])  # fmt: skip
    assert code == 0 and "failed" not in capsys.readouterr().err
