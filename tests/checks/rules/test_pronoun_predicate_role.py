"""pronoun.gender: a noun of one sex that a verb of being makes a name's predicate.

"Kelvo Aranth, 47, is the first woman to run the foundry. He said …" (fresh_dm's blind run,
a name no list of given names holds): the sentence says who the person is, as a noun in
apposition does ("Kelvo Aranth, a woman who …"), so the noun counts for the name's gender
(``predicate_role``).  Only nouns that say the sex by themselves count ("woman", "mother",
"son"; not "chairman", which news uses for women too), after an article and at most two
adjectives, or closing the sentence after ", and" and an article ("is the fifth generation
of her family to run it, and the first woman."), when the predicate opens with an article,
"one" or a possessive.  Only a name that opens its clause (not "The son of Kelvo Aranth is",
"Running against Kelvo Aranth is a woman"); not a noun a possessive owns ("is the woman's
nephew"), a rank or a part ("is the young prince Orlofsky", "is the dame"), lower-case
"miss", a relative's noun that modifies another ("a mother hen"), "man" in a role ("the
front man"), nor a clause of its own after ", and" ("and the man she married"; reviews 39b).

Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns

_HEAD = "Foundry's profit rises\n\nVARSK, Tarvelia — A family foundry said profit rose.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The company's president, Kelvo Aranth, 47, is the first woman to run it.",
        "The company's president, Kelvo Aranth, 47, is the fifth generation of her family to "
        "run it, and the first woman.",
        "Kelvo Aranth became the youngest woman to win the prize in 2019.",
    ],
)
def test_a_predicate_noun_gives_the_names_gender(sentence: str) -> None:
    assert flagged_pronouns(_HEAD + sentence + " He said demand abroad had shifted.") == ["He"]
    assert flagged_pronouns(_HEAD + sentence + " She said demand abroad had shifted.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the name is the object of "of": the son is someone else
        "The son of Kelvo Aranth is the first man to run it.",
        # a possessive owns the noun
        "Kelvo Aranth is the woman's nephew and runs the yard.",
        # a clause of its own after ", and"
        "Kelvo Aranth was a teacher for years, and the man she married was a farmer.",
        # a noun news uses for women too
        "Kelvo Aranth is the chairman of the board.",
        # the name is no subject of the verb (review 39b)
        "Running against Kelvo Aranth is a woman who has never held office.",
        "Charged alongside Kelvo Aranth was a woman of 45 from the same village.",
        # a part, a rank, "miss" in lower case, a relative's noun that modifies another, "man"
        # in a role (review 39b)
        "The mezzo Kelvo Aranth is the young prince Orlofsky in the new staging.",
        "Kelvo Aranth is the dame in this year's pantomime at the Tarvel Playhouse.",
        "Kelvo Aranth is a big miss for the Rovers this weekend.",
        "Kelvo Aranth is a mother hen to the young players in the squad.",
        "Kelvo Aranth is the new front man of the band.",
        # a predicate of a passive's list, after ", and" (review 39b); after ", and" only a
        # ranked noun is the subject's (review 40b)
        "Kelvo Aranth was arrested at the scene along with two doormen, and a young woman.",
        "Kelvo Aranth, 71, is a grandparent of three boys, and a girl.",
        # a noun before a possessive, an idiom, a part after "As" and a title (review 40b)
        "Kelvo Aranth is the girl group's manager.",
        "Kelvo Aranth was the last man standing after four hours of the quiz.",
        "As Hamlet, Kelvo Aranth is a son consumed by grief.",
    ],
)
def test_other_predicates_give_no_gender(sentence: str) -> None:
    from copydesk.checks.rules.pronoun._people import analyse

    people = {m.entity.name: m.entity for m in analyse(_HEAD + sentence).mentions if m.entity}
    assert people["Kelvo Aranth"].title_score == {"m": 0, "f": 0}
