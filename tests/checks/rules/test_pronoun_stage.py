"""pronoun.gender: who is on stage for one pronoun against one.

A paragraph that opens by naming its speaker sends those spoken of with "a" in the paragraph
before off the stage ("…a single doctor.⏎⏎The head of the department, <Name>, said he …
She said"): the pair disagrees about the speaker.  A name, a definite noun ("the health
minister") or a pronoun in the paragraph before keeps its person on it: "<Name> said she"
may be about them.  Names are invented."""

import pytest

from tests.checks.rules.helpers import flagged_pronouns

HERDERS = (
    "Hearing tests for herders\n\nVARSK, Tarvelia — Many families move their herds twice a "
    "year, and district health centers often have a single doctor.\n\nThe head of the "
    "provincial health department, Xenavy Tholvanna, said {one} would ask for money in next "
    "year's budget. {two} said the cost would be about $53,000 a year."
)


def test_one_spoken_of_in_the_paragraph_before_leaves_the_stage():
    assert flagged_pronouns(HERDERS.format(one="he", two="She")) == ["he", "She"]
    assert flagged_pronouns(HERDERS.format(one="she", two="He")) == ["she", "He"]


def test_an_agreeing_pair_stays_quiet():
    assert flagged_pronouns(HERDERS.format(one="she", two="She")) == []


def test_someone_spoken_of_in_the_speakers_own_paragraph_still_competes():
    text = HERDERS.replace("\n\nThe head of", " The district has one nurse. The head of").format(
        one="he", two="She"
    )
    assert flagged_pronouns(text) == []


def test_a_pronoun_in_the_paragraph_before_keeps_its_person_on_stage():
    obituary = (
        "Lighthouse keeper dies at 90\n\nVARSK, Tarvelia — Ilse Varnow, who kept the Tarvel "
        "light for 40 years, died on Friday. She was 90.\n\nHer notes fill 31 boxes in the "
        "museum's archive.\n\nOrvel Varkossi, the museum's director, said she had given the "
        "archive its memory. He said the logbooks would be digitised next year."
    )
    assert flagged_pronouns(obituary) == []


@pytest.mark.parametrize(
    "before",
    [
        # a woman named in the paragraph before: "she" may be her
        "Mayor Ilse Varnow announced on Monday that the town would close its hospital.",
        # an obituary's subject, named with no pronoun after
        "Ilse Varnow, who kept the Tarvel light for 40 years, died on Friday at the age of 90.",
        # a definite role noun: "he" may be the minister
        "The health minister announced on Monday that the clinics would close.",
    ],
)
def test_a_name_or_a_definite_noun_in_the_paragraph_before_stays_on_stage(before):
    text = (
        f"Clinics to close\n\nVARSK, Tarvelia — {before}\n\nThe head of the nurses' union, "
        "Orvel Varkossi, said {one} had not met the staff. {two} said nurses would strike."
    )
    assert flagged_pronouns(text.format(one="she", two="He")) == []
    assert flagged_pronouns(text.format(one="he", two="She")) == []
