"""word.glued, glued20: splits the rule applied unasked and should not.

A rare name part glued to "and" where the seam letter makes "-land" (``Port Morelland`` ->
"Morell and") is only offered; a lower-case word glued to a capitalised sentence opener
(``third dayThe Orvik ferry``) is a sentence or a subheading run in, offered with a break
first; a token after a naming word ("called", "known as") is the writer's name for a thing;
a lower-case noun glued to a preposition between a determiner and noun and a noun (``the
shop luckon tea``) is offered only; a short tail of no word class ("Torra|san") is a name's
syllable.

Every example is invented."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.fixer import fix_text
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import offered_split, only_issue

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # the seam letter and "and" make "-land", which ends many names
        ("Pupils travel to Port Morelland for school.", "Morelland", "Morell and"),
        ("The ferry to Mount Fennelland was cancelled.", "Fennelland", "Fennell and"),
        ("Port Harwelland and two other towns flooded.", "Harwelland", "Harwell and"),
        # a noun glued to a preposition inside a noun phrase: a brand in lower case
        ("The shop luckon tea sells loose leaves.", "luckon", "luck on"),
        # ... after a naming word only offered
        ("The cafe is known as thegreenhouse among students.", "thegreenhouse",
         "the greenhouse"),
    ],
)  # fmt: skip
def test_glued20_doubtful_splits_are_offered_not_applied(text, token, fix):
    offered_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a heading-shaped paragraph opening: a new paragraph first
        ("Storm shuts harbour for third dayThe Orvik ferry did not sail on Tuesday.",
         "dayThe", "day\n\nThe"),
        ("Intro.\n\nStorm shuts harbour for third dayThe Orvik ferry did not sail.",
         "dayThe", "day\n\nThe"),
        # ... inside a sentence: a full stop first
        ("The ferry did not sail for a third dayThe Orvik crew stayed ashore.", "dayThe",
         "day. The"),
        ("The roads were shut all dayIn the hills the snow lay deep.", "dayIn", "day. In"),
    ],
)  # fmt: skip
def test_glued20_a_sentence_run_in_is_offered_with_a_break_first(text, token, fix):
    issue = offered_split(GLUED, text, token, fix)
    assert issue.replacements[-1] == fix.replace("\n\n", " ").replace(". ", " ")
    assert "\n" not in issue.message  # one line in `copydesk check`'s output


def test_glued20_a_function_word_before_a_title_keeps_the_space_first():
    text = "She gave an interview toThe Herald on Monday."
    issue = only_issue(GLUED, text)
    assert (issue.replacements[0], issue.safe) == ("to The", False)


@pytest.mark.parametrize(
    "text",
    [
        # a name the writer chose after a naming word
        "He runs a small label of folding kayaks called lowroad, he said.",
        "They bought a boat named bluewater last spring.",
        # a short tail of no word class after a head the text writes alone: a name's syllable
        "Snow fell on Mount Torra overnight. The road to Torrasan National Park was shut.",
        "Snow fell on Mount Kumba overnight. The road to Kumbasri Park was shut.",
    ],
)
def test_glued20_names_stay_quiet(text):
    assert GLUED.check_text(text) == []


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # near misses of the guards: still applied
        ("The club signed the young Danishplayer Frederik Lund.", "Danishplayer",
         "Danish player"),
        ("Talks between the cities of Ceutaand Melilla resumed.", "Ceutaand", "Ceuta and"),
        ("The opera opened at the Teatrodi San Carlo in May.", "Teatrodi", "Teatro di"),
        ("The council votedin favour of the plan.", "votedin", "voted in"),
        ("Fennell and Cantwell met on Monday. Later Fennelland Cantwell spoke.",
         "Fennelland", "Fennell and"),
        ("The resolution was backed by theUnited States.", "theUnited", "the United"),
        # four letters of no word class are nouns as often as a name's syllable
        ("The local dollar is pegged to the South Africanrand, which also circulates.",
         "Africanrand", "African rand"),
    ],
)  # fmt: skip
def test_glued20_near_misses_stay_safe(text, token, fix):
    issue = only_issue(GLUED, text)
    assert issue.matched(text) == token
    assert (issue.replacements[0], issue.safe) == (fix, True)


# A given name before a surname the article also writes alone (a fresh_ab clean-text safe
# split, read after its hold-out run, in invented form): offered, never applied.
_FULL_NAME = (
    "In the women's final, Norland beat Osterland 21-14, 21-17. {token} Kelwattana, the "
    "Norland server, won 11 points from her serve.{later}"
)


def test_glued20_a_given_name_before_a_surname_written_alone_is_only_offered():
    text = _FULL_NAME.format(token="Zeldaporn", later=" Kelwattana, who is 33, said so.")
    issue = only_issue(GLUED, text)
    assert (issue.replacements[0], issue.safe) == ("Zelda porn", False)
    assert fix_text(GLUED, text).text == text


def test_glued20_the_full_name_guard_needs_the_surname_alone_and_no_title():
    # the surname never alone as a person: no evidence of one, the split stays as it was
    alone = only_issue(GLUED, _FULL_NAME.format(token="Zeldaporn", later=""))
    assert alone.safe
    # the capitalised word is written again, but as an event's or a place's name: no person
    text = "The grandmaster Zeldaporn Brodna Open on tiebreak. The Brodna Open began in 1998."
    assert only_issue(GLUED, text).safe
    # the tail is a verb or a name's particle, not a noun a given name could end in
    for text, fix in (
        (
            "The Norland Food Safety Authorityordered Velkhav to harvest early. Velkhav said "
            "it would appeal.",
            "Authority ordered",
        ),
        ("His daughter, Helenada Kelwattana, spoke. Kelwattana said he was 91.", "Helena da"),
    ):
        issue = only_issue(GLUED, text)
        assert (issue.replacements[0], issue.safe) == (fix, True)
    # a title glued to the name before the surname is a glue, not a given name
    text = "The deputy, Marquezminister Kelwattana, spoke first. Kelwattana said no."
    titled = only_issue(GLUED, text)
    assert (titled.replacements[0], titled.safe) == ("Marquez minister", True)


def test_glued20_a_verb_tail_before_a_verb_is_only_offered():
    # "Bright writes sells" makes no clause: the token is a brand's name
    text = "The brand Swiftwrites sells pens in four colours."
    issue = only_issue(GLUED, text)
    assert (issue.replacements[0], issue.safe) == ("Swift writes", False)
    assert fix_text(GLUED, text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "The brand Swiftwrites well.",
        "Swiftwrites books about ships.",
        # a past tense before a participle is a clause
        "Prices fell after the Northern Unionended guaranteed prices for cane.",
    ],
)
def test_glued20_a_verb_tail_before_no_verb_stays_safe(text):
    assert only_issue(GLUED, text).safe
