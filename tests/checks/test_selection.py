"""One rule-selection type: a sub-rule is ignored alone, and engines dedupe by precedence."""

from __future__ import annotations

import pytest

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine, _dedupe
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import REGISTRY, Check
from copydesk.checks.selection import RuleSelection
from copydesk.checks.settings import Settings
from copydesk.cli import main

TYPO_AND_AGREEMENT = "The goverment said he go to the summit every year.\n"


def _check(check_id: str, default: bool = True, **kw) -> Check:
    return Check(check_id, Category.GRAMMAR, "d", lambda t, c: [], default_enabled=default, **kw)


def test_ignoring_a_sub_rule_keeps_its_check_running():
    harper = _check("grammar.harper")
    sel = RuleSelection.of(None, ["grammar.harper.SpellCheck"])
    assert sel.runs(harper)
    assert not sel.keeps("grammar.harper.SpellCheck")
    assert sel.keeps("grammar.harper.PronounVerbAgreement")
    assert sel.ignored_sub_rules(harper) == ("grammar.harper.SpellCheck",)


def test_ignoring_the_check_or_its_family_stops_it():
    harper = _check("grammar.harper")
    for prefix in ("grammar.harper", "grammar", "ALL"):
        assert not RuleSelection.of(None, [prefix]).runs(harper), prefix


def test_selecting_a_sub_rule_runs_the_check_and_keeps_only_that_sub_rule():
    sel = RuleSelection.of(["lt.EN_A_VS_AN"])
    assert sel.runs(_check("lt"))
    assert not sel.runs(_check("punct.double"))
    assert sel.keeps("lt.EN_A_VS_AN") and not sel.keeps("lt.HE_VERB_AGR")


def test_a_default_off_check_runs_only_when_named():
    nbsp = _check("space.nbsp", default=False)
    assert not RuleSelection.of().runs(nbsp)
    assert not RuleSelection.of(["ALL"]).runs(nbsp)
    assert RuleSelection.of(["space"]).runs(nbsp)
    assert RuleSelection.of(["ALL", "space.nbsp"]).runs(nbsp)


def test_unknown_prefixes_are_named():
    sel = RuleSelection.of(["punct", "nope"], ["lt.ANY_RULE", "grammar.nothing"])
    assert sel.unknown(["punct.double", "lt", "grammar.harper"]) == ["nope", "grammar.nothing"]


def test_registry_engine_and_settings_share_the_selection():
    settings = Settings(ignore=["grammar.harper.SpellCheck", "lt.MORFOLOGIK_RULE_EN_US"])
    ids = [c.id for c in REGISTRY.selected(settings.rule_selection())]
    assert "grammar.harper" in ids and "lt" in ids
    assert ids == [c.id for c in REGISTRY.select(settings.select, settings.ignore)]
    assert [c.id for c in Engine(settings).checks if c.id in ("grammar.harper", "lt")]


def test_engine_drops_only_the_ignored_harper_sub_rule():
    settings = Settings(ignore=["grammar.harper.SpellCheck"])
    settings.languagetool.enabled = False
    engine = Engine(settings, checks=REGISTRY.selected(settings.rule_selection()))
    rules = {i.rule for i in engine.check_text(TYPO_AND_AGREEMENT)}
    assert "grammar.harper.PronounVerbAgreement" in rules
    assert "grammar.harper.SpellCheck" not in rules


def test_cli_ignore_of_one_harper_sub_rule_keeps_the_others(capsys, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TYPO_AND_AGREEMENT)
    code = main(["check", "--no-languagetool", "--ignore", "grammar.harper.SpellCheck", str(f)])
    out = capsys.readouterr().out
    assert code == 1
    assert "grammar.harper.PronounVerbAgreement" in out
    assert "grammar.harper.SpellCheck" not in out
    code = main(["check", "--no-languagetool", str(f)])
    assert "grammar.harper.SpellCheck" in capsys.readouterr().out


def test_cli_still_refuses_a_prefix_that_names_nothing(capsys, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TYPO_AND_AGREEMENT)
    assert main(["check", "--ignore", "grammar.nothing", str(f)]) == 2
    assert "grammar.nothing" in capsys.readouterr().err


# --- dedupe by declared precedence ----------------------------------------------


def _issue(offset, length, rule, replacements=("x",), conf=0.9):
    return Issue(offset, length, rule, Category.GRAMMAR, "m", tuple(replacements), conf)


RANKS = {"own": 100, "lt": 50, "harper": 40}


def _rank(rule: str) -> int:
    return RANKS[rule.split(".")[0]]


def test_dedupe_keeps_the_highest_precedence_on_a_span():
    own = _issue(0, 3, "own.a")
    lt = _issue(2, 3, "lt.B")
    harper = _issue(4, 2, "harper.C")  # overlaps only the dropped LT issue: it stays
    lone_lt = _issue(10, 2, "lt.D")
    harper_under_lt = _issue(11, 1, "harper.E")
    kept = _dedupe([harper_under_lt, lone_lt, harper, lt, own], _rank)
    assert kept == [own, harper, lone_lt]


def test_equal_precedence_keeps_both_and_exact_repeats_go():
    a, b = _issue(0, 3, "own.a"), _issue(1, 3, "own.b")
    assert _dedupe([b, a, a], _rank) == [a, b]


def test_same_span_suggestions_are_merged_best_first():
    lt = _issue(5, 2, "lt.X", ("goes",))
    harper = _issue(5, 2, "harper.Y", ("went", "goes"))
    flag_only = _issue(20, 2, "own.flag", ())
    harper_on_flag = _issue(20, 2, "harper.Z", ("fix",))
    kept = _dedupe([harper, lt, flag_only, harper_on_flag], _rank)
    assert [i.rule for i in kept] == ["lt.X", "own.flag"]
    assert kept[0].replacements == ("goes", "went")
    assert kept[1].replacements == ()  # flag-only is a decision: nothing is added


def test_engine_uses_the_declared_precedence_not_the_run_order():
    def low(text, ctx):
        return [ctx.issue(0, 4, "low")]

    def high(text, ctx):
        return [ctx.issue(2, 4, "high")]

    # The engine-like check (run last) declares the higher precedence: it wins.
    checks = [
        Check("test.own", Category.STYLE, "d", low, precedence=10),
        Check("test.engine", Category.GRAMMAR, "d", high, yields_to_cleanup=True, precedence=90),
    ]
    issues = Engine(checks=checks).check_text("abcdefgh")
    assert [i.message for i in issues] == ["high"]


def test_the_shipped_engines_declare_own_over_languagetool_over_harper():
    own = REGISTRY.get("punct.double").rank
    assert own > REGISTRY.get("lt").rank > REGISTRY.get("grammar.harper").rank


@pytest.mark.parametrize("ignore", [["grammar.harper.SpellCheck"], ["grammar.harper"]])
def test_batch_run_honours_the_selection(ignore):
    settings = Settings(ignore=ignore)
    settings.languagetool.enabled = False
    [result] = Engine(settings).check_batch([BatchMember("a.txt", TYPO_AND_AGREEMENT)])
    rules = {i.rule for i in result.issues}
    assert "grammar.harper.SpellCheck" not in rules
    assert ("grammar.harper.PronounVerbAgreement" in rules) == (ignore[0] != "grammar.harper")
