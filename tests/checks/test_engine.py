from copydesk.checks.context import BatchMember, CheckContext
from copydesk.checks.engine import Engine, _dedupe
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check


def _issue(offset, length, rule, conf=0.9):
    return Issue(offset, length, rule, Category.GRAMMAR, "m", ("x",), conf)


def test_yielding_issue_covered_by_ours_is_dropped():
    ours = _issue(5, 2, "punct.double")
    theirs = _issue(6, 1, "lt.DOUBLE_PUNCT")
    elsewhere = _issue(20, 3, "lt.EN_A_VS_AN")
    kept = _dedupe([theirs, ours, elsewhere], lambda rule: 50 if rule.startswith("lt.") else 100)
    assert kept == [ours, elsewhere]


def test_failing_check_is_reported_and_others_still_run():
    def broken(text, ctx):
        raise RuntimeError("boom")

    def works(text, ctx: CheckContext):
        return [ctx.issue(0, 1, "first letter")]

    checks = [
        Check("test.broken", Category.STYLE, "d", broken),
        Check("test.works", Category.STYLE, "d", works),
    ]
    result = Engine(checks=checks).check_member(BatchMember("p", "abc"), _batch("abc"))
    assert [i.rule for i in result.issues] == ["test.works"]
    assert result.failures[0].check_id == "test.broken" and "boom" in result.failures[0].error


def test_batch_checks_see_every_file_and_memo_builds_once():
    calls = []

    def count_files(text, ctx: CheckContext):
        n = ctx.batch.memo("n", lambda b: calls.append(1) or len(b.members))
        return [ctx.issue(0, 0, f"{n} files")]

    chk = Check("test.batch", Category.CONSISTENCY, "d", count_files, scope="batch")
    members = [BatchMember(f"f{i}", "text") for i in range(3)]
    results = Engine(checks=[chk]).check_batch(members)
    assert [r.issues[0].message for r in results] == ["3 files"] * 3
    assert calls == [1]


def test_cancel_stops_between_files():
    import pytest

    from copydesk.checks.engine import Cancelled

    seen = []

    def record(text, ctx):
        seen.append(ctx.path)
        return []

    chk = Check("test.rec", Category.STYLE, "d", record)
    members = [BatchMember(f"f{i}", "t") for i in range(5)]
    with pytest.raises(Cancelled):
        Engine(checks=[chk]).check_batch(members, cancelled=lambda: len(seen) >= 2)
    assert seen == ["f0", "f1"]


def _batch(text):
    from copydesk.checks.context import Batch

    return Batch([BatchMember("p", text)])


def test_partial_result_comes_before_the_grammar_engines_and_changes_nothing(monkeypatch):
    import copydesk.checks.engine as engine_module

    monkeypatch.setattr(engine_module, "spare_core", lambda: True)  # the thread runs too
    order = []

    def ours(text, ctx: CheckContext):
        order.append("ours")
        return [ctx.issue(0, 3, "ours", ["x"])]

    def engine_check(text, ctx: CheckContext):
        order.append("grammar")
        return [ctx.issue(1, 1, "covered by ours"), ctx.issue(5, 2, "only the engine")]

    grammar = Check("test.grammar", Category.GRAMMAR, "d", engine_check, yields_to_cleanup=True)
    cleanup = Check("test.ours", Category.STYLE, "d", ours)
    partials = []
    engine = Engine(checks=[grammar, cleanup])  # listed grammar first on purpose
    engine.overlap_engines = False  # the sequential order; the overlapped run must agree
    member = BatchMember("p", "abcdefgh")
    final = engine.check_member(member, _batch("abcdefgh"), on_partial=partials.append)
    assert order == ["ours", "grammar"]
    [partial] = partials
    assert not partial.complete and [i.message for i in partial.issues] == ["ours"]
    assert final.complete and [i.message for i in final.issues] == ["ours", "only the engine"]
    # The early result names the checks it has not heard yet; the final one none.
    assert partial.pending == ("test.grammar",) and final.pending == ()
    assert Engine(checks=[grammar, cleanup]).check_member(member, _batch("abcdefgh")) == final
    overlapped = []
    again = Engine(checks=[grammar, cleanup]).check_member(
        member, _batch("abcdefgh"), on_partial=overlapped.append
    )
    assert again == final and overlapped == partials


def test_partial_results_follow_the_clock_and_only_when_something_is_new(monkeypatch):
    import copydesk.checks.engine as engine_module

    monkeypatch.setattr(engine_module, "PARTIAL_SECONDS", 0.0)

    def first(text, ctx: CheckContext):
        return [ctx.issue(0, 1, "a")]

    def nothing(text, ctx: CheckContext):
        return []

    def third(text, ctx: CheckContext):
        return [ctx.issue(2, 1, "c")]

    checks = [
        Check("test.a", Category.STYLE, "d", first),
        Check("test.b", Category.STYLE, "d", nothing),
        Check("test.c", Category.STYLE, "d", third),
    ]
    partials = []
    final = Engine(checks=checks).check_member(
        BatchMember("p", "abc"), _batch("abc"), on_partial=partials.append
    )
    # After test.a (before test.b) there is something new; after test.b nothing is.
    assert [[i.message for i in p.issues] for p in partials] == [["a"]]
    assert [p.pending for p in partials] == [("test.b", "test.c")]
    assert [i.message for i in final.issues] == ["a", "c"]


def test_a_crashing_check_fails_a_strict_caller_and_the_suite():
    import pytest

    from copydesk.checks.engine import CheckError

    def broken(text, ctx):
        raise RuntimeError("boom")

    engine = Engine(checks=[Check("test.broken", Category.STYLE, "d", broken)])
    assert engine.check_text("abc", strict=False) == []
    with pytest.raises(CheckError, match=r"test\.broken: RuntimeError: boom"):
        engine.check_text("abc")  # the suite's fixture makes plain calls strict


def test_ignoring_a_harper_sub_rule_drops_only_its_issues():
    from copydesk.checks.registry import REGISTRY
    from copydesk.checks.settings import Settings

    text = "The goverment said he go to the summit every year.\n"
    harper = [REGISTRY.get("grammar.harper")]
    every = {i.rule for i in Engine(Settings(), checks=harper).check_text(text, strict=True)}
    assert {"grammar.harper.SpellCheck", "grammar.harper.PronounVerbAgreement"} <= every
    settings = Settings(ignore=["grammar.harper.SpellCheck"])
    kept = {i.rule for i in Engine(settings, checks=harper).check_text(text, strict=True)}
    assert kept == every - {"grammar.harper.SpellCheck"}
