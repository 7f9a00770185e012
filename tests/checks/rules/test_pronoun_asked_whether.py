"""pronoun.gender: the one asked whether he or she did something is someone.

"Mirela Dragan said she asked the contractor if he could finish": "contractor" is no person
noun (firms are contractors as often), but whom one asks "if he could" is a person, and the
"he" is theirs, not the asker's.  A slip in the asker's own pronoun is still flagged.  Every
name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

LEAD = "Roof repairs\n\nVARSK, Tarvelia — Repairs began on Monday.\n\n"


def test_the_addressee_of_asked_if_is_someone() -> None:
    text = LEAD + (
        "Mirela Dragan said she asked the contractor if he could finish the roof before winter."
    )
    assert flagged_pronouns(text) == []


def test_whether_after_asked_too() -> None:
    text = LEAD + "Mirela Dragan said she had asked the supplier whether he had seen the plans."
    assert flagged_pronouns(text) == []


def test_the_askers_own_slip_is_still_flagged() -> None:
    text = LEAD + "Mirela Dragan said he asked the ministry whether she could see the file."
    assert flagged_pronouns(text) == ["he"]


def test_a_body_asked_is_no_one_the_pronoun_may_mean() -> None:
    # "court", "embassy": no agent's noun, so the "she" is still the asker's slip
    text = LEAD + "Jonas Lind, 44, asked the court if she could return home before the trial."
    assert flagged_pronouns(text) == ["she"]


def test_an_attendant_asked_is_someone() -> None:
    text = LEAD + "Maria Kask said she asked the attendant whether he could help her mother."
    assert flagged_pronouns(text) == []
