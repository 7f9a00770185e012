"""pronoun.gender: a relative of the pronoun's gender, named earlier in its sentence.

"Ghettas had driven her late father's van since she was 19, because he had no sons": the
"he" agrees with the father the woman's "her" owns a few words before, the nearest person
it can mean (fresh_cv's two false alarms on clean copy: a driving instructor's father and a
wrestler's grandmother).  Without such a relative the slip is still flagged.

Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import pronoun_issues


def test_a_father_named_earlier_in_the_sentence_is_the_he():
    text = (
        "Farida Varnow, 52, runs the driving school. Varnow had driven her late father's "
        "delivery van since she was 19, because he had no sons."
    )
    assert pronoun_issues(text) == []


def test_a_grandmother_named_earlier_in_the_sentence_is_the_her():
    text = (
        "Moussa Tamberg, 27, won the title on Sunday. Tamberg said he would give the bull to "
        "his grandmother's village and use the money to put a new roof on her house."
    )
    assert pronoun_issues(text) == []


def test_without_the_relative_the_slip_is_still_flagged():
    text = (
        "Farida Varnow, 52, runs the driving school. Varnow had driven a delivery van since "
        "she was 19, because he had no sons."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "he"


def test_a_relative_of_the_other_gender_changes_nothing():
    text = (
        "Moussa Tamberg, 27, won the title on Sunday. Tamberg said he would give the bull to "
        "his grandfather's village and use the money to put a new roof on her house."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "her"


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        # a verb of saying between the relative and the pronoun
        (
            "Samira Varnow, 61, is a lawyer. Varnow, who still lives in her late father's "
            "house, told the court he was innocent.",
            "he",
        ),
        # ... right after the pronoun
        (
            "Kwame Tamberg, 58, is a farmer. Tamberg sold his mother's land last year to pay "
            "debts, she said.",
            "she",
        ),
        # ... or before a subject pronoun
        (
            "Akiko Varnow, 44, is a doctor. Varnow said her father's illness changed her mind, "
            "and he decided to study medicine.",
            "he",
        ),
        # a subject pronoun after "and" goes on with the sentence's subject
        (
            "Akiko Varnow, 44, runs the firm. Varnow took over the firm from her father's "
            "estate in 2010, and he has doubled its sales.",
            "he",
        ),
        # a subject pronoun that acts, not one stating what was in a subordinate clause
        (
            "Samira Varnow, 61, runs the chain. Following her father's death in 2015, Varnow "
            "took over the company, which he has since expanded to 40 stores.",
            "he",
        ),
        (
            "Kwame Tamberg, 24, plays up front. Tamberg wore his mother's scarf in the final "
            "before she was substituted in the 80th minute.",
            "she",
        ),
        # "his own", "her own" is the named person's
        (
            "Samira Varnow, 61, builds boats. Varnow rebuilt her late father's boat with his "
            "own hands.",
            "his",
        ),
        # a pronoun of the named person's gender later in the pronoun's clause
        (
            "Diego Tamberg, 33, coaches the team. Tamberg visited his sister's school before "
            "she gave a speech to the players he coaches.",
            "she",
        ),
        (
            "Mayor Kwame Tamberg, 58, spoke on Monday. Tamberg sold his late wife's car last "
            "month because she needed the money for his campaign.",
            "she",
        ),
        # a dead relative before a present or a future
        (
            "Kwame Tamberg, 58, is a farmer. Tamberg inherited his late grandmother's farm in "
            "2019 and she plans to double its output next year.",
            "she",
        ),
        # a relative inside a "who" clause closed before the pronoun
        (
            "Anna Varnow, 39, spoke on Monday. Varnow, who took her brother's place on the "
            "force, was promoted in May, and he now leads a team of 12.",
            "he",
        ),
    ],
)
def test_where_the_sentence_goes_back_to_the_person_the_slip_is_flagged(
    text: str, slip: str
) -> None:
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == slip
