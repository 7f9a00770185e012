"""pronoun.gender: a relative of the pronoun's gender, named earlier in its sentence.

"Ghettas had driven her late father's van since she was 19, because he had no sons": the
"he" agrees with the father the woman's "her" owns a few words before, the nearest person
it can mean (fresh_cv's two false alarms on clean copy: a driving instructor's father and a
wrestler's grandmother).  Without such a relative the slip is still flagged.

Every name is invented."""

from __future__ import annotations

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
