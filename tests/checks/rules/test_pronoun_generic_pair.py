"""pronoun.gender: a pronoun paired with the other sex's ("he or she", "his/her") means
whoever it may be, not a named person, and casts no vote."""

import pytest

from tests.checks.rules.helpers import pronoun_issues

run = pronoun_issues


OPENING = "Marco Quellmann runs a print shop in the old town. Quellmann said "


@pytest.mark.parametrize(
    "rest",
    [
        "any apprentice was welcome; he or she would be paid from the first week.",
        "any apprentice was welcome; she or he would be paid from the first week.",
        "every apprentice would get his/her own key and a week of training.",
        "every apprentice would get a key and he/she would be trained.",
        "each apprentice would have a mentor to show him or her the presses.",
    ],
)
def test_a_pronoun_of_both_sexes_is_no_slip(rest):
    assert run(OPENING + rest) == []


@pytest.mark.parametrize(
    ("rest", "slip"),
    [
        # a pronoun of one sex beside the pair is still judged
        ("any apprentice was welcome. Later, she sold the shop.", "she"),
        # "or" between words that are not both pronouns
        ("paper prices had doubled. Sooner or later she would close the shop.", "she"),
    ],
)
def test_a_lone_pronoun_is_still_judged(rest, slip):
    text = OPENING + rest
    (issue,) = run(text)
    assert issue.matched(text) == slip
