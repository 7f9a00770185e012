"""pronoun.gender: a rank's abbreviation before a name ("Gov.", "Gen.") is the person's
title, not a second person who competes for their pronouns; a date named between
a person's name and their verb of saying ("<Name>, who visited … in October, said she")
leaves the report theirs; and a person spoken of after "per" in the paragraph before ("the
cost per fully vaccinated child") is no one on stage.  With these, one "he" against one
"she" about an unlisted name is the plain tie it should be ("one of the two is wrong").
Names are invented (fresh_cw's blind run)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

STORY = (
    "Fridges on motorbikes reach herding families\n\n"
    "VARSK, Tarvelia — Health workers began carrying vaccines to remote settlements on "
    "motorbikes in March.{lead}\n\n"
    "The regional {role}, {title}. Uetavi Kornelo, who visited one of the settlements with a "
    "team in {when}, said {one} would ask the ministry to extend the program next year. "
    "{two} said a second phase would also carry medicines.\n"
)


def _flags(text: str) -> list[str]:
    return [i.matched(text) for i in run("pronoun.gender", text)]


@pytest.mark.parametrize(
    ("role", "title", "when"),
    [
        ("governor", "Gov", "October"),
        ("commander", "Gen", "October"),
        ("admiral", "Adm", "October"),
        # the rank alone, no date between
        ("governor", "Gov", "the dry season"),
        # the date alone, after a rank the list always knew
        ("commander", "Lt", "October"),
    ],
)
@pytest.mark.parametrize(("one", "two"), [("she", "He"), ("he", "She")])
def test_a_ranked_speaker_with_a_date_between_makes_a_plain_tie(
    role: str, title: str, when: str, one: str, two: str
) -> None:
    text = STORY.format(lead="", role=role, title=title, when=when, one=one, two=two)
    issues = run("pronoun.gender", text)
    assert [i.matched(text) for i in issues] == [one, two]
    assert all("one of the two is wrong" in i.message for i in issues)


@pytest.mark.parametrize("title", ["Gov", "Gen"])
@pytest.mark.parametrize(("one", "two"), [("she", "She"), ("he", "He")])
def test_pronouns_that_agree_raise_nothing(title: str, one: str, two: str) -> None:
    text = STORY.format(lead="", role="governor", title=title, when="October", one=one, two=two)
    assert _flags(text) == []


@pytest.mark.parametrize(("one", "two"), [("she", "He"), ("he", "She")])
def test_someone_spoken_of_after_per_leaves_the_stage(one: str, two: str) -> None:
    lead = " The office said the cost per fully vaccinated child was lower than before."
    text = STORY.format(
        lead=lead, role="commander", title="Lt", when="the dry season", one=one, two=two
    )
    assert _flags(text) == [one, two]
    # a definite one stays on stage and may be either pronoun's, after a distributive
    # phrase of time too (review20a)
    for definite in ("of the nurse", "every day the nurse", "each evening her mother"):
        assert _flags(text.replace("per fully vaccinated child", definite)) == []


def test_the_surname_sen_is_still_a_person() -> None:
    # "Sen" is a surname ("Amartya Sen") before it is a senator's abbreviation (review20b)
    text = (
        "Economist wins prize\n\nVARSK, Tarvelia — The economist Rohit Sen won the prize on "
        "Monday. Sen said he was surprised. Sen said she would give the money away.\n"
    )
    assert _flags(text) == ["she"]
