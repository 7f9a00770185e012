"""word.glued, glued28.

An -ing or -ed form of a word English knows whole is a word, though the word list lacks the
form: "a ban on commercial longlining" (beside "longline") was once split safely into
"long lining" (fresh_as, on clean text).  The stem must be six letters or more, so a short
word glued to a word in -ing or -ed ("the|king", "the|bed") is still split.

A sentence's first token, a capitalised head glued to a small word, before a capitalised
word, a comma and an apposition ("Tarain Kelmasek, a rice grower who", as in fresh_as) is a
person introduced in full: its split is offered, never applied, unless the lexicon
classes the head ("Growersin Tenvar, a durian district", a review's example).

An article glued off a token before a word that opens a clause or a phrase ("Varskaan
until", read as "Varska an until"; fresh_ar's one `fix` edit on clean text) is no glue.

Every example is invented."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


def _flagged(text: str) -> list[str]:
    return [text[i.offset : i.offset + i.length] for i in GLUED.check_text(text)]


def test_the_ing_form_of_a_known_compound_is_a_word():
    assert _flagged("The islanders asked for a ban on commercial longlining near the reef.") == []


def test_the_ed_form_of_a_known_compound_is_a_word():
    assert _flagged("The crew longlined for tuna off the reef until the storm came.") == []


def test_a_function_word_glued_to_a_word_in_ed_is_still_split():
    # "becaus" is a known misspelling, but "because" is no verb: "be|caused"
    assert _flagged("The damage could becaused by frost, engineers said.") == ["becaused"]


def test_a_short_word_glued_to_a_word_in_ing_or_ed_is_still_split():
    # "theking" is no -ing form of "theke", nor "thebed" an -ed form of "theb"
    assert _flagged("Villagers waited for theking at the gate.") == ["theking"]
    assert _flagged("She slept in thebed by the window.") == ["thebed"]


def _safe(text: str) -> list[tuple[str, bool]]:
    return [(text[i.offset : i.offset + i.length], i.safe) for i in GLUED.check_text(text)]


def test_a_name_opening_a_paragraph_before_its_apposition_is_only_offered():
    # "Tarain Kelmasek, a rice grower who": a person introduced, whose name ends in "in"
    text = "The road was rebuilt.\n\nTarain Kelmasek, a rice grower who sells rice, said so.\n"
    assert _safe(text) == [("Tarain", False)]


@pytest.mark.parametrize("head", ["Farmers", "Growers", "Fishermen"])
def test_a_common_subject_glued_to_a_preposition_before_a_place_is_still_applied(head):
    text = f"The road was rebuilt.\n\n{head}in Tenvar, a durian district, said it helped.\n"
    assert _safe(text) == [(f"{head}in", True)]


def test_an_article_glued_off_before_a_clause_word_is_no_glue():
    # "Varska|an until": no article stands before "until"; "Varskaan" is the people's word
    text = (
        "Varska held its vote on Saturday. Turnout in Varska was high. The governor of "
        "Varska won again. Relatives sang hymns in Varskaan until after midnight."
    )
    assert _flagged(text) == []


def test_an_article_glued_off_before_a_noun_is_still_split():
    assert _flagged("She attendedthe after-party on Friday.") == ["attendedthe"]
