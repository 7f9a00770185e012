"""pronoun.gender: a role that opens its sentence with a longer phrase of its own, then
the name in apposition, is that person's (fresh_ax's shapes): "The owner of a small
workshop in the village of Tarvel, <Name>, said she" makes a name the list does not know
a person, so a "he" for her is flagged; and "A craftsman who has made lanterns for more
than 40 years, <Name>, said" introduces its person as a role of eight words or fewer did,
so a thing named before the paragraph no longer stands in.  Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

OWNER = (
    "The frost cut the harvest by half, growers said.\n\n"
    "The owner of a small drying workshop in the village of Tarvel, Velna Kvarsk, said "
    "{0} had dried less than a third of her usual amount. She said she hoped to hire "
    "again next year."
)

CRAFTSMAN = (
    "The boats on the lake were lit at dusk, and many lanterns show images of the Virgin.\n\n"
    "A craftsman who has made lanterns for more than 40 years, Jonas Tamberg, said {0} had "
    "begun preparing his lanterns in June."
)


def test_a_he_for_the_owner_named_after_a_long_role_is_flagged() -> None:
    assert flagged_pronouns(OWNER.format("she")) == []
    assert flagged_pronouns(OWNER.format("he")) == ["he"]


def test_a_she_for_the_craftsman_after_a_role_with_a_figure_is_flagged() -> None:
    assert flagged_pronouns(CRAFTSMAN.format("he")) == []
    assert flagged_pronouns(CRAFTSMAN.format("she")) == ["she"]


def test_a_role_phrase_with_a_comma_of_its_own_is_no_apposition() -> None:
    # "The owner, a man of 60, and Velna Kvarsk": two people, no vote for either
    text = "The owner, a man of 60, and his partner Velna Kvarsk said he had dried less fruit."
    assert flagged_pronouns(text) == []


HEAD_TEACHER = (
    "The clinic opened in May.\n\n"
    "A head teacher in one of the districts where the screening began last year, Jonas "
    "Tamberg, said the results had improved. {0} said several parents had refused."
)


def test_lower_case_words_before_the_opening_role_keep_it_the_names() -> None:
    assert flagged_pronouns(HEAD_TEACHER.format("He")) == []
    assert flagged_pronouns(HEAD_TEACHER.format("She")) == ["She"]


def test_a_role_in_a_clause_opening_the_sentence_is_someone_else() -> None:
    # "After the mayor … resigned": the mayor is another person, who may be the "she"
    text = (
        "The clinic opened in May.\n\nAfter the mayor of the town where the plant stands "
        "resigned, Jonas Tamberg, the deputy, said the results had improved. She said "
        "several parents had refused."
    )
    assert flagged_pronouns(text) == []


@pytest.mark.parametrize("possessor", ["dead miner's", "missing boy's", "miner's"])
def test_a_person_named_by_a_possessive_before_the_role_may_be_the_pronoun(
    possessor: str,
) -> None:
    # "The dead miner's widow, Ilse Varnow, said he": he is the miner
    text = (
        f"The mine closed in May. The {possessor} widow, Ilse Varnow, said he had worked "
        "at the plant for 20 years."
    )
    assert flagged_pronouns(text) == []


@pytest.mark.parametrize(
    "opening",
    ["Local farmer {0}", "Chief executive {0}", "Official figures show 40 homes flooded. {0}"],
)
def test_a_person_noun_that_is_an_adjective_there_is_no_one(opening: str) -> None:
    text = (
        "The flooding closed the main road on Tuesday, officials said.\n\n"
        + opening.format("Jonas Tamberg")
        + ", a builder, said {0} had waited two hours."
    )
    assert flagged_pronouns(text.format("he")) == []
    assert flagged_pronouns(text.format("she")) == ["she"]


DRIVER = (
    "Pilgrims walked all night to the shrine, officials said.\n\n"
    "A bus driver who has carried pilgrims home from the shrine for 20 years, Kelvari Tamsk, "
    "said he had made four trips by noon.\n\nHe said the buses were always full.\n\n"
    "Tamsk said {0} expected to work until midnight."
)


def test_a_role_after_a_modifier_makes_an_unlisted_name_a_person() -> None:
    # "A bus driver who …, <Name>,": the name is the driver's, so its pronouns vote
    assert flagged_pronouns(DRIVER.format("he")) == []
    assert flagged_pronouns(DRIVER.format("she")) == ["she"]


def test_a_relative_a_possessive_owns_inside_the_role_is_not_the_role() -> None:
    """fresh_bn's shopkeeper: "A shopkeeper from the city who came with his wife and three
    children, <Name>," gave the name the wife's gender; the wife is someone of his own."""
    from copydesk.checks.rules.pronoun._people import analyse

    text = (
        "Festival draws visitors to Varsk\n\nVARSK, Tarvelia — Thousands came.\n\n"
        "A shopkeeper from the city who came with his wife and three children, Tarvo "
        "Kelmani, said he had come every year since 1990."
    )
    people = {m.entity.name: m.entity for m in analyse(text).mentions if m.entity}
    assert people["Tarvo Kelmani"].title_score["f"] == 0


def test_a_things_possessive_owns_the_role_itself() -> None:
    # "the firm and its chairwoman": the thing's role is the named person's (review 37b); the
    # module once held two sets of possessives under one name, and the later, without "its",
    # served both: "its" was tried in the role's set and taken back (review 38b)
    assert flagged_pronouns(
        "Festival draws visitors to Varsk\n\nVARSK, Tarvelia — Thousands came.\n\n"
        "A co-founder of the firm and its chairwoman since 2015, Tarvo Kelmani, said he "
        "would stay on."
    ) == ["he"]


JUDGE = (
    "A hill farmer wins the sheepdog title\n\n"
    "VARSK, Tarvelia — Jonas Tamberg won the national sheepdog trial on Saturday with his "
    "dog, Mot, on a steep field above the lake.\n\n"
    "Tamberg's run was the only one of the weekend in which the dog lost no points on the "
    "outrun. The judge, a farmer from the Scottish Borders who has judged trials for more than "
    "25 years, Mikael Varnholt, said it was the quietest run {0} had seen in several "
    "seasons."
)


def test_a_role_with_an_apposition_of_its_own_before_the_name_is_the_names() -> None:
    # "The judge, a farmer …, Mikael Varnholt,": one man, not a farmer beside him
    assert flagged_pronouns(JUDGE.format("he")) == []
    assert flagged_pronouns(JUDGE.format("she")) == ["she"]


PRIEST = (
    "A calligrapher is buried\n\n"
    "VARSK, Tarvelia — Jonas Tamberg, who painted the shop signs of the old souk, was "
    "buried on Wednesday.\n\n"
    "Tamberg's funeral drew hundreds. The parish priest of the church in the hills, the "
    "Rev. Mikael Varnholt, said {0} had known the calligrapher for 40 years."
)


def test_a_title_between_the_roles_comma_and_the_name() -> None:
    assert flagged_pronouns(PRIEST.format("he")) == []
    assert flagged_pronouns(PRIEST.format("she")) == ["she"]


def test_a_name_after_a_third_comma_is_someone_else() -> None:
    # "…, said that his deputy, Ilse Varnow,": not the opening role's name
    text = (
        "Council votes on the budget\n\n"
        "VARSK, Tarvelia — The council voted on Monday.\n\n"
        "The mayor, a former teacher, said that his deputy, Ilse Varnow, would stand for "
        "the seat. He said {0} was ready for the campaign."
    )
    assert flagged_pronouns(text.format("she")) == []


DEPUTY = (
    "Two women sell the town's newspaper\n\n"
    "VARSK, Tarvelia — Ilse Varnow and Greta Osk sold the weekly paper they ran for 30 "
    "years.\n\n"
    "A deputy who has dealt with the paper for most of his career, Sgt. Mikael Varnholt of "
    "the county sheriff's office, said the two women had never got a name wrong. {0} said "
    "residents read it first."
)


def test_a_name_with_its_body_after_of_closes_the_opening_roles_apposition() -> None:
    assert flagged_pronouns(DEPUTY.format("He")) == []
    assert flagged_pronouns(DEPUTY.format("She")) == ["She"]


def test_a_role_whose_apposition_names_another_person_is_someone_else() -> None:
    # "The new coach, an assistant to the club's chairwoman …, Ilse Varnow,": she is the
    # chairwoman; the coach is the "he"
    text = (
        "Handball club names new coach\n\n"
        "VARSK, Tarvelia — The Varsk handball club named a new head coach on Tuesday.\n\n"
        "Ilse Varnow has chaired the club since 2012 and led the search herself.\n\n"
        "The new coach, an assistant to the club's chairwoman for ten years, Ilse Varnow, "
        "said he would bring in three young players from the academy."
    )
    assert flagged_pronouns(text) == []
