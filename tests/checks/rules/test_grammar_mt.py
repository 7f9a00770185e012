"""copydesk's own grammar checks for machine-translated English (grammar.*)."""

from __future__ import annotations

import pytest

from copydesk.checks.rules.grammar._wordclass import only_third_person_verb
from tests.checks.rules.helpers import CLEAN_NEWS, run, spans

RULE = "grammar.subjectless-verb"


@pytest.mark.parametrize("word", ["refers", "Includes", "describes", "belongs"])
def test_third_person_verbs(word: str) -> None:
    assert only_third_person_verb(word)


@pytest.mark.parametrize("word", ["means", "oils", "says", "states", "runs", "refer", "news"])
def test_not_only_third_person_verbs(word: str) -> None:
    # "means" and "runs" are nouns too; "oils" the plural of "oil", which lemminflect
    # knows as a noun though it lists "oils" as a verb only; "refer" is a base form.
    assert not only_third_person_verb(word)


def test_flags_the_verb_and_proposes_a_subject() -> None:
    text = "The index is new. Refers to the share of adults who trust others."
    assert spans(run(RULE, text), text) == [("Refers", ("It refers",), False)]


def test_one_issue_per_sentence_start_only() -> None:
    text = "She refers to the index. It includes the costs. Describes how it began."
    assert [i.matched(text) for i in run(RULE, text)] == ["Describes"]


def test_inside_opening_quote() -> None:
    text = "“Describes how the plan failed,” he said."
    assert [i.matched(text) for i in run(RULE, text)] == ["Describes"]


def test_quiet_on_clean_news() -> None:
    assert run(RULE, CLEAN_NEWS) == []
