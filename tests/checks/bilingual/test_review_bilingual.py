"""The review layer on a bilingual file: units, sides, counterparts, the corrected unit shown."""

from __future__ import annotations

from pathlib import Path

from copydesk.checks.bilingual.counterpart import counterparts
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_decide import plan_accept
from copydesk.checks.review_fix import check_batch
from copydesk.checks.settings import LanguageToolSettings, Settings

TSV = "id\tsource\ttarget\nu1\t他们卖了1,200辆车。\tThey sold  1,300 cars.\nu2\t没有\t\n"


def _open(tmp_path: Path):
    path = tmp_path / "t.tsv"
    path.write_text(TSV, "utf-8")
    batch = ReviewBatch(remember=False)
    (fr,), _loaded = batch.open_loaded([path])
    rules = ("bilingual.numbers", "bilingual.omission", "space.double")
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)),
                    checks=[c for c in REGISTRY.all() if c.id in rules])  # fmt: skip
    check_batch(engine, batch)
    return path, fr


def test_issues_by_unit_and_side(tmp_path):
    _path, fr = _open(tmp_path)
    found = {(fr.unit_issue(it).unit, fr.unit_issue(it).side, it.issue.rule) for it in fr.items}
    assert found == {
        ("u1", "target", "bilingual.numbers"),
        ("u1", "target", "space.double"),
        ("u2", "source", "bilingual.omission"),
    }
    rows = {r.rule: (r.unit, r.before, r.after) for r in fr.review_rows(lambda rule: rule)}
    # Shown in the source; open, so `after` is the text as it stands.
    assert rows["bilingual.omission"] == ("u2 (source)", "没有", "没有")
    assert rows["bilingual.numbers"] == ("u1", "1,300", "1,300")


def test_the_unit_shown_follows_an_accepted_fix(tmp_path):
    path, fr = _open(tmp_path)
    number = next(it for it in fr.items if it.issue.rule == "bilingual.numbers")
    unit, ui, echoes = fr.shown_unit(number)
    assert ui.issue.matched(unit.target) == "1,300"
    assert [unit.source[o : o + n] for o, n in echoes] == ["1,200"]
    double = next(it for it in fr.items if it.issue.rule == "space.double")
    plan_accept(fr, double, " ").apply()
    unit, ui, _echoes = fr.shown_unit(number)
    assert unit.target == "They sold 1,300 cars."
    assert ui.issue.matched(unit.target) == "1,300"  # moved with the text before it
    assert fr.corrected_bytes() == TSV.replace("sold  1,300", "sold 1,300").encode()
    assert path.read_text("utf-8") == TSV


def test_counterparts():
    # The same text where the other side has it, a name case-folded, else unshared figures.
    assert counterparts("NASA的人", "people from Nasa", "target", 12, 4) == [(0, 4)]
    assert counterparts("卖了1,200辆", "sold 1,300 cars", "target", 5, 5) == [(2, 5)]
    assert counterparts("卖了1,200辆", "sold 1,300 cars", "source", 2, 5) == [(5, 5)]
    assert counterparts("一", "whole text", "target", 0, 10) == []  # the whole unit: no one place


def test_a_counterpart_is_never_part_of_a_longer_figure_or_word():
    # Trial: the source's 5 of 5万 was marked in the target's A350.
    src = "使用空客A350飞机。运送乘客约5万人次。"
    tgt = "using Airbus A350 aircraft."
    found = counterparts(src, tgt, "source", src.index("5万"), 1)
    assert all(tgt[o : o + n] != "5" for o, n in found), found
    # Not inside 1.5 or 15: those are marked whole, as figures the source lacks.
    assert counterparts("约5个", "about 1.5 and 15", "source", 1, 1) == [(6, 3), (14, 2)]
    assert counterparts("约5个", "about 5 and 15", "source", 1, 1) == [(6, 1)]
    assert counterparts("跑了5公里", "ran 5km", "source", 2, 1) == [(4, 1)]
    assert counterparts("Nasa和NASAs", "people from Nasa", "source", 0, 4) == [(12, 4)]
    assert counterparts("在深圳建厂", "in 深圳市", "target", 3, 2) == [(1, 2)]
    assert counterparts("A350", "the A350 jet", "target", 4, 4) == [(0, 4)]


def test_batch_places_point_into_the_working_text(tmp_path):
    src = "渡轮周一恢复运营，乘客可以购票。"
    rows = [("a", "The ferry resumes on Monday; tickets are on sale."),
            ("b", "The ferry resumes on Monday; tickets are on sale."),
            ("c", "Ferries restart Monday and passengers may buy tickets.")]  # fmt: skip
    path = tmp_path / "c.csv"
    path.write_text("id,source,target\n" + "".join(f"{i},{src},{t}\n" for i, t in rows), "utf-8")
    batch = ReviewBatch(remember=False)
    (fr,), _loaded = batch.open_loaded([path])
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)),
                    checks=[REGISTRY.get("bilingual.consistency")])  # fmt: skip
    check_batch(engine, batch)
    (item,) = fr.items
    assert fr.unit_issue(item).unit == "c"
    related = item.issue.related
    places = {(loc.path, fr.text[loc.offset : loc.offset + loc.length]) for loc in related}
    assert places == {(str(path), rows[0][1])}  # both a and b: one text, in this file
    assert sorted(fr.units[fr.unit_index(loc.offset)].id for loc in related) == ["a", "b"]


def test_a_fix_that_fix_leaves_out_is_named_with_its_unit(tmp_path):
    # Review: the skipped line and the report's reason used the line and column within
    # the unit only, so two units' "1:5: rule" were one place, in no unit.
    from collections.abc import Iterator
    from dataclasses import replace as copy

    import regex

    from copydesk.checks.context import CheckContext
    from copydesk.checks.model import Category, Issue
    from copydesk.checks.registry import Check
    from copydesk.checks.review_fix import accept_fixes, left_rows

    def pattern(rule: str, expr: str, new: str) -> Check:
        def run(text: str, ctx: CheckContext) -> Iterator[Issue]:
            for m in regex.finditer(expr, text):
                yield copy(ctx.issue(m.start(), m.end() - m.start(), rule, [new]), safe=True)

        return Check(rule, Category.STYLE, rule, run)

    path = tmp_path / "t.tsv"
    path.write_text("id\tsource\ttarget\nu1\ta\tone two three\nu2\tb\tfour five\n", "utf-8")
    batch = ReviewBatch(remember=False)
    (fr,), _loaded = batch.open_loaded([path])
    checks = [pattern("test.a", "one two", "one-two"), pattern("test.b", "two three", "2 3")]
    check_batch(Engine(checks=checks), batch)
    refused = accept_fixes(fr, apply_all=False)
    assert refused == ["[u1]:1:5: test.b: overlaps test.a at line 1"]
    left = left_rows(fr, str, apply_all=False, refused=refused)
    assert [(r.unit, r.reason) for r in left] == [("u1", "not applied: overlaps test.a at line 1")]
