"""Harper rules not run (``unrun_rules``): they make only dropped kinds, so nothing kept changes."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import harper
import pytest

from copydesk.checks.grammar import harper_engine

DATA = Path(__file__).parent / "data"
# Sentences that make several of the pruned rules fire, next to kept errors
# ("he go", "their was", a typo) so that a pruned lint overlapping a kept one shows.
TRIGGERS = (
    "The results were very good and all of the staff go home. "
    "After 2 years later, he go back w/o a plan. "
    "Officials said their was no reason to thrive off the goverment. "
    "It was very cold, and after a while it was very good again. "
    "The law was first introduced in 2016 and is increasingly more popular. "
    "It was changed too as well, even tho the ATM machine was new. "
    "The most optimal plan is not uncommon, and the whole entire town awaited for news."
)


@pytest.fixture(autouse=True)
def _fresh_linters() -> Iterator[None]:
    harper_engine.reset()
    yield
    harper_engine.reset()  # no linter built with a patched config outlives the test


def _lint_with(
    monkeypatch: pytest.MonkeyPatch, unrun: frozenset[str], text: str
) -> list[harper_engine.Finding]:
    cfg = dataclasses.replace(harper_engine.config(), unrun_rules=unrun)
    monkeypatch.setattr(harper_engine, "config", lambda: cfg)
    harper_engine.reset()
    return harper_engine.lint(text)


def test_pruning_changes_no_kept_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    pruned = harper_engine.config().unrun_rules
    assert len(pruned) > 10
    planted = (DATA / "planted_errors.txt").read_text("utf-8")
    clean = (DATA / "clean_news.txt").read_text("utf-8")
    text = "\n\n".join([planted, TRIGGERS, clean])
    with_pruning = _lint_with(monkeypatch, pruned, text)
    without = _lint_with(monkeypatch, frozenset(), text)
    assert with_pruning == without
    # The comparison can fail: a kept rule not run loses its findings.
    assert _lint_with(monkeypatch, pruned | {"PronounVerbAgreement"}, text) != with_pruning
    assert len({f.rule for f in with_pruning}) >= 4  # the comparison has kept findings


def test_pruned_rules_fire_only_with_dropped_kinds() -> None:
    cfg = harper_engine.config()
    linter = harper.Linter()  # Harper's defaults: every pruned rule that is on by default runs
    organized = linter.organized_lints(TRIGGERS, language="plaintext")
    fired = {rule: {lint.lint_kind for lint in lints} for rule, lints in organized.items() if lints}
    pruned_fired = {rule: kinds for rule, kinds in fired.items() if rule in cfg.unrun_rules}
    assert len(pruned_fired) >= 5, fired  # the sentences do exercise the pruned rules
    for rule, kinds in pruned_fired.items():
        assert kinds <= cfg.disabled_kinds, (rule, kinds)


def test_pruned_rules_are_not_run() -> None:
    organized = harper_engine._organized(TRIGGERS, "en-US")
    assert not {rule for rule, _ in organized} & harper_engine.config().unrun_rules
    assert {rule for rule, _ in organized} >= {"PronounVerbAgreement", "SpellCheck"}


def test_unrun_rules_are_rules_of_this_harper() -> None:
    known = harper.Linter().get_default_lint_config()
    assert harper_engine.config().unrun_rules <= set(known)
