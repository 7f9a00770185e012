"""pronoun.gender: who is on stage for one pronoun against one, and names joined by a
Malay or Arabic patronymic.

- A paragraph that opens by naming its speaker sends those only spoken of in the paragraph
  before off the stage ("…a single doctor.⏎⏎The head of the department, <Name>, said he …
  She said"): the pair disagrees about the speaker.  A pronoun in the paragraph before keeps
  its person on it (an obituary's subject: "Her notes … <Name> said she had given").
- "binti" ("daughter of") and "bint" join a given name to the father's name: "Siti Aminah
  binti <Name>" is one woman, not a man named after the particle.
Names are invented but for common Malay given names the lists hold."""

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


FLOODS = (
    "Floods hit the coast\n\nVARSK, Tarvelia — Heavy rain fell on Friday.\n\nAt a relief "
    "center in a school, Siti Aminah {particle} Varkossi, 58, said {pronoun} had left her "
    "house at about 9 p.m."
)


def test_a_patronymic_joins_the_daughters_name():
    assert flagged_pronouns(FLOODS.format(particle="binti", pronoun="he")) == ["he"]
    assert flagged_pronouns(FLOODS.format(particle="bint", pronoun="he")) == ["he"]
    assert flagged_pronouns(FLOODS.format(particle="binti", pronoun="she")) == []
