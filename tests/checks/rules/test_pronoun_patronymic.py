"""pronoun.gender: "binti" and "bint" ("daughter of") join a Malay or Arabic given name to
the father's: "Siti Aminah binti <Name>" is one woman, and the name after the particle is
her father's, which a bare mention later means ("Her father, <Name>, said he").  Names are
invented but for common Malay given names the lists hold."""

from tests.checks.rules.helpers import flagged_pronouns

FLOODS = (
    "Floods hit the coast\n\nVARSK, Tarvelia — Heavy rain fell on Friday.\n\nAt a relief "
    "center in a school, Siti Aminah {particle} Varkossi, 58, said {pronoun} had left her "
    "house at about 9 p.m."
)


def test_a_daughters_patronymic_joins_her_name():
    assert flagged_pronouns(FLOODS.format(particle="binti", pronoun="he")) == ["he"]
    assert flagged_pronouns(FLOODS.format(particle="bint", pronoun="he")) == ["he"]
    assert flagged_pronouns(FLOODS.format(particle="binti", pronoun="she")) == []


def test_the_fathers_bare_name_is_his():
    text = (
        FLOODS.format(particle="binti", pronoun="she")
        + "\n\nHer father, Varkossi, 81, said he had never seen the river so high. He said "
        "the village had not flooded since 1971."
    )
    assert flagged_pronouns(text) == []
