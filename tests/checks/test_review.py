"""The review layer without Qt: overlap policy, rule decisions, fix through it, run inputs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.decisions import Decision, Verdict
from copydesk.checks.engine import Engine
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from copydesk.checks.review import FileReview, ItemStatus
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_decide import plan_accept, plan_rule
from copydesk.checks.review_fix import fix_batch
from copydesk.checks.run_inputs import RunInputError, resolve_run
from copydesk.checks.settings import Settings
from copydesk.cli import main


def _pattern(rule: str, pattern: str, replacement: str) -> Check:
    compiled = regex.compile(pattern)

    def run(text: str, ctx: CheckContext) -> Iterator[Issue]:
        for m in compiled.finditer(text):
            yield ctx.issue(m.start(), m.end() - m.start(), rule, [replacement])

    return Check(rule, Category.STYLE, rule, run)


CAPTION = _pattern("test.caption", r"(?m)\nPhoto: .*$", "")  # removes the whole line
NAME = _pattern("test.name", r"Smyth", "Smith")  # a fix inside the caption
FIRST = _pattern("test.first", r"\nPhoto", "\nPicture")  # starts where the caption does
TAIL = _pattern("test.tail", r"Reuters\.\nMore", "Reuters. More")  # crosses the caption's end
TEXT = "The talks ended.\nPhoto: Jan Smyth/Reuters.\nMore text by Smyth.\n"


def _batch(tmp_path: Path, texts: dict[str, str], checks: list[Check]) -> ReviewBatch:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, "utf-8")
    batch = ReviewBatch(remember=False)
    batch.open_paths(sorted(str(tmp_path / n) for n in texts))
    batch.take_results(Engine(checks=checks).check_batch(batch.members()))
    return batch


def _item(fr: FileReview, rule: str, nth: int = 0):
    return [it for it in fr.items if it.issue.rule == rule][nth]


@pytest.mark.parametrize("order", ["inner first", "outer first"])
def test_the_larger_accepted_fix_supersedes_the_one_inside_it(tmp_path, order) -> None:
    fr = _batch(tmp_path, {"a.txt": TEXT}, [CAPTION, NAME]).files[0]
    inner, outer = _item(fr, "test.name"), _item(fr, "test.caption")
    for it in (inner, outer) if order == "inner first" else (outer, inner):
        plan = plan_accept(fr, it, it.issue.replacements[0])
        assert plan.changes, plan.messages  # never refused
        plan.apply()
    assert fr.status(inner) == ItemStatus.SUPERSEDED and fr.decision(inner) is not None
    assert fr.corrected().text == "The talks ended.\nMore text by Smyth.\n"
    assert fr.corrected().skipped == ()
    # The report names the caption's own line, as the issue list does, not the one before.
    assert [(c.rule, c.line) for c in fr.changes()] == [("test.caption", 2)]
    assert fr.position(outer.issue) == (2, 1)
    assert not fr.is_open(inner) and fr.is_open(_item(fr, "test.name", 1))
    fr.set_decision(outer.key, None)  # undoing the larger fix brings the smaller one back
    assert fr.status(inner) == ItemStatus.ACCEPTED
    assert "Jan Smith/Reuters" in fr.corrected().text


def test_an_open_issue_inside_an_accepted_removal_is_superseded_not_open(tmp_path) -> None:
    fr = _batch(tmp_path, {"a.txt": TEXT}, [CAPTION, NAME]).files[0]
    assert fr.open_count() == 3
    caption = _item(fr, "test.caption")
    fr.set_decision(caption.key, Decision(Verdict.ACCEPTED, ""))
    assert fr.status(_item(fr, "test.name")) == ItemStatus.SUPERSEDED
    assert fr.open_count() == 1  # the name fix outside the caption


def test_a_partial_overlap_is_refused_with_the_fix_in_the_way(tmp_path) -> None:
    fr = _batch(tmp_path, {"a.txt": TEXT}, [CAPTION, TAIL]).files[0]
    plan_accept(fr, _item(fr, "test.caption"), "").apply()
    plan = plan_accept(fr, _item(fr, "test.tail"), "Reuters. More")
    assert plan.changes == [] and plan.blocked_by is _item(fr, "test.caption")
    assert "overlaps the accepted fix test.caption at line 2" in plan.messages[0]


def test_rule_decisions_across_the_batch_and_in_one_file(tmp_path) -> None:
    batch = _batch(tmp_path, {"a.txt": TEXT, "b.txt": "By Smyth.\n"}, [NAME])
    a, b = batch.files
    plan = plan_rule(batch, "test.name", True, [b], where="file")
    assert plan.label == "Accept 1 × test.name in file"
    plan.apply()
    assert b.corrected().text == "By Smith.\n" and a.open_count() == 2
    plan = plan_rule(batch, "test.name", False)
    assert len(plan.changes) == 2  # only the open ones
    plan.apply()
    assert a.open_count() == 0 and a.corrected().text == TEXT


@pytest.mark.parametrize("checks", [[CAPTION, NAME, FIRST], [FIRST, NAME, CAPTION]])
def test_fix_all_lets_the_larger_removal_win_whatever_the_order(tmp_path, checks) -> None:
    batch = _batch(tmp_path, {"a.txt": TEXT}, checks)
    [fixed] = fix_batch(Engine(checks=checks), batch, apply_all=True)
    assert batch.files[0].text == "The talks ended.\nMore text by Smith.\n"
    assert fixed.skipped == []
    assert sorted(c.rule for c in fixed.changes) == ["test.caption", "test.name"]


def test_fix_names_every_fix_it_skipped(tmp_path, capsys) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("He said  so..\n", "utf-8")
    code = main(
        ["fix", "--all", "--rules", "space.double,punct.double", "-o", str(tmp_path / "out"),
         str(tmp_path / "in")]
    )  # fmt: skip
    assert code == 0
    assert (tmp_path / "out" / "a.txt").read_text("utf-8") == "He said so.\n"
    batch = _batch(tmp_path / "in", {"a.txt": TEXT}, [CAPTION, TAIL])
    [fixed] = fix_batch(Engine(checks=[CAPTION, TAIL]), batch, apply_all=True)
    assert fixed.skipped == ["2:18: test.tail: overlaps test.caption at line 2"]


def test_fix_keeps_the_batch_as_context_in_every_pass(tmp_path) -> None:
    sizes: list[int] = []

    def double_dot(text: str, ctx: CheckContext) -> Iterator[Issue]:
        sizes.append(len(ctx.batch.members))
        for m in regex.finditer(r"\.\.", text):
            yield ctx.issue(m.start(), 2, "dots", ["."], safe=True)

    dots = Check("test.dots", Category.PUNCTUATION, "dots", double_dot, scope="batch")
    batch = _batch(tmp_path, {"a.txt": "One...\n", "b.txt": "Two.\n"}, [dots])
    fixes = fix_batch(Engine(checks=[dots]), batch)
    assert batch.files[0].text == "One.\n"  # two passes: "..." -> ".." -> "."
    assert len(fixes[0].changes) == 2 and fixes[0].remaining == 0
    assert set(sizes) == {2}


def test_a_bad_glossary_fails_once_up_front(tmp_path, capsys) -> None:
    bad = tmp_path / "g.toml"
    bad.write_text("[preferred\n", "utf-8")
    with pytest.raises(RunInputError) as info:
        resolve_run(Settings(glossary=str(bad)))
    assert "\n" not in str(info.value) and "g.toml" in str(info.value)
    # A project glossary beside the articles: one line, not one failure per file.
    (tmp_path / "copydesk-glossary.toml").write_text("[preferred\n", "utf-8")
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("Some  text.\n", "utf-8")
    assert main(["check", "--no-languagetool", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len([e for e in err if "glossary" in e]) == 1, err


def test_check_prints_a_totals_line(tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_text("Two  spaces.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Clean text.\n", "utf-8")
    assert main(["check", "--rules", "space.double", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert err.strip().splitlines()[-1] == "1 issue(s) in 2 file(s)"


def test_the_review_layer_imports_no_qt_and_no_window() -> None:
    import subprocess
    import sys

    code = (
        "import sys, copydesk.checks.review_fix, copydesk.checks.review_decide, "
        "copydesk.checks.review_save, copydesk.checks.run_inputs, copydesk.checks.loading, "
        "copydesk.cli\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'copydesk.desktop'))]\n"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_left_rows_give_each_open_issue_its_reason(tmp_path) -> None:
    from dataclasses import replace

    from copydesk.checks.review_fix import (
        LEFT_QUERY,
        LEFT_UNSAFE,
        accept_fixes,
        decided_rows,
        left_rows,
    )

    def safe(check: Check) -> Check:
        def run(text: str, ctx: CheckContext) -> Iterator[Issue]:
            return (replace(i, safe=True) for i in check.func(text, ctx))

        return replace(check, func=run)

    def ask(text: str, ctx: CheckContext) -> Iterator[Issue]:
        yield ctx.issue(text.index("talks"), 5, "Which talks?", [])

    query = Check("test.query", Category.STYLE, "query", ask)
    checks = [safe(CAPTION), safe(TAIL), NAME, query]
    fr = _batch(tmp_path, {"a.txt": TEXT}, checks).files[0]
    refused = accept_fixes(fr, apply_all=False)
    assert refused == ["2:18: test.tail: overlaps test.caption at line 2"]
    decided = decided_rows(fr, str)
    assert [(r.rule, r.outcome) for r in decided] == [
        ("test.caption", "accepted"), ("test.name", "superseded"),
    ]  # fmt: skip
    left = {r.rule: r.reason for r in left_rows(fr, str, apply_all=False, refused=refused)}
    assert left == {
        "test.query": LEFT_QUERY,
        "test.tail": "not applied: overlaps test.caption at line 2",
        "test.name": LEFT_UNSAFE,  # the one outside the caption
    }
    # With --all the unsafe fix would have been tried: its reason is another one.
    assert left_rows(fr, str, apply_all=True)[-1].reason != LEFT_UNSAFE


def test_a_fix_a_legacy_articles_encoding_cannot_hold_is_refused_on_its_own(tmp_path) -> None:
    # An arrow into a windows-1252 article: the whole copy was refused when saved ("save
    # as UTF-8 instead"); now that fix alone is, with why, and the others are saved.
    text = "Le café est fermé -> demain..  Les clients sont partis très tôt ce matin.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    batch = ReviewBatch(remember=False)
    batch.open_paths([str(tmp_path / "a.txt")])
    (fr,) = batch.files
    assert fr.doc is not None and fr.doc.encoding in ("cp1252", "iso8859_1", "latin_1")
    arrow, dots = _pattern("test.arrow", r"->", "→"), _pattern("test.dots", r"\.\.", ".")
    batch.take_results(Engine(checks=[arrow, dots]).check_batch(batch.members()))
    [fixed] = fix_batch(Engine(checks=[arrow, dots]), batch, apply_all=True)
    assert fixed.skipped == [
        f"1:19: test.arrow: '→' cannot be stored in {fr.doc.encoding}, the file's encoding;"
        " left out (the copy keeps the file's encoding)"
    ]
    assert fr.corrected_bytes() == text.replace("demain..", "demain.").encode("cp1252")


def test_a_save_into_a_folder_this_user_may_not_write_writes_nothing(tmp_path, monkeypatch) -> None:
    # As root a mode bit locks nothing: the permission the system reports is what counts.
    import os

    from copydesk.checks.review_save import save_files

    src, locked = tmp_path / "src", tmp_path / "locked"
    src.mkdir()
    locked.mkdir()
    batch = _batch(src, {"a.txt": TEXT}, [NAME])
    plan_rule(batch, "test.name", True).apply()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if str(p) == str(locked) else real_access(p, mode)
    )
    outcome = save_files(batch, batch.files, locked / "copies")
    assert outcome.saved == 0 and outcome.errors == [
        f"cannot write into {locked} (permission denied); choose another output folder"
        " (File > Output Folder…)"
    ]
    assert list(locked.iterdir()) == []
    assert save_files(batch, batch.files, tmp_path / "free").ok  # the folder beside it saves
    assert (tmp_path / "free" / "a.txt").read_text("utf-8").count("Smith") == 2
