"""pronoun.gender: an age by decades after a possessive ("into his 70s") in a clause about a
subject pronoun of the other gender ("until she was well into his 70s"): the age is the
subject's own, as a reflexive is, so one of the two is a slip, and the sentence's other
pronouns tell which (a miss among the pronoun sites of fresh_bh).  No name stands near, so the
usual check cannot judge it.  A speaker's or a thinker's pronoun casts no vote, nor one in
another age; where no vote is left, or a person is named between the voters and the subject
("she hired the driver in 2009, when he was in her 50s"), the possessive is flagged.  A
decade before a noun it modifies ("his 20s band") is no age.  Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import pronoun_issues

_OPENING = "The island mourned a fisherman on Sunday.\n\n"


def _flags(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    text = _OPENING + sentence + "\n"
    return [(text[i.offset : i.end], tuple(i.replacements)) for i in pronoun_issues(text)]


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        (
            "He fished the shallow southern waters until she was well into his 70s, and he "
            "never owned a motor.",
            ("she", ("he",)),
        ),
        (
            "He fished the shallow southern waters until he was well into her 70s, and he "
            "never owned a motor.",
            ("her", ("his", "him")),
        ),
        (
            "She opened the stall when he was only in her early twenties, and she ran it for "
            "half a century.",
            ("he", ("she",)),
        ),
        # a man named between the voter and a "she" is no one she may be (fresh_bh's site)
        (
            "Ben Khelifa went to sea at 9 with his father, and fished the shallow waters "
            "until she was well into his 70s.",
            ("she", ("he",)),
        ),
        # a speaker's pronoun casts no vote: "he said" is someone else's (the review's)
        ("He stayed on the farm until she was in his 60s, he said.", ("she", ("he",))),
        # no vote left, a person named between, a thinker's or another age's pronoun: the
        # age is its subject's own, so the possessive is flagged (the review's probes)
        ("She is now well into his 70s and still runs the stall.", ("his", ("her",))),
        (
            "Naledi Dube said she hired the driver in 2009, when he was in her 50s.",
            ("her", ("his", "him")),
        ),
        ("Oksana Hrytsenko said she knew he was in her 40s.", ("her", ("his", "him"))),
        ("She was in his 70s, and he was in his 80s, when they met.", ("his", ("her",))),
        # "he was 52" gives an age too, and casts no vote (the third review's probe)
        ("When they married in 1990, he was 52 and she was in his 30s.", ("his", ("her",))),
        # someone of the other gender named before the subject votes for the possessive
        ("The widow ran the farm until he was well into her 80s.", ("he", ("she",))),
    ],
)
def test_the_pronoun_the_sentence_disagrees_with_is_flagged(
    sentence: str, flag: tuple[str, tuple[str, ...]]
) -> None:
    assert _flags(sentence) == [flag]


@pytest.mark.parametrize(
    "sentence",
    [
        "He fished the shallow southern waters until he was well into his 70s, and he never "
        "owned a motor.",
        # a sentence of both genders: either may be the slip
        "She said he fished the waters until she was well into his 70s, and she cried.",
        # no age by decades after the possessive
        "He fished the waters until she was in his boat, and he never owned a motor.",
        # a decade before a noun it modifies: someone else's band, not an age (the review's)
        "He fished the waters until she was in his 20s band, and he never owned a motor.",
        # ... or before a capital, a figure or a second decade (the third review's probes)
        "She was in his 70s Highlife Kings line-up, and he paid her well.",
        "She was in his 70s 12-piece orchestra, and he paid her well.",
        "She was in his 70s and 80s troupes, and he paid her well.",
        # no form of "be" before "in": someone else's age
        "He met the woman when she sang in his 70s tribute band, and he never forgot it.",
    ],
)
def test_an_agreeing_or_unread_clause_is_left_alone(sentence: str) -> None:
    assert _flags(sentence) == []
