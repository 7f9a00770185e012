"""bench/eval_families.py: pronoun and in-article name sites the planters skip.

A pronoun site is skipped when someone named in full whose given name the list does not
know stands beside it (the swapped pronoun may mean them); a person's one full mention is
not misspelt when a relative of that surname was named in full before it.
"""

from __future__ import annotations

import random

import pytest

from bench import eval_families


@pytest.mark.parametrize(
    ("span", "unknown"),
    [
        ("beating the Romanian grandmaster Dorin Vaduvescu in 58 moves. ", True),
        ("said Dorin Vaduvescu, who lost. ", True),
        # a place or an institution: after a preposition or an article, or a longer name
        ("at the Escuela Superior Agraria in Quito. ", False),
        ("drove to Santa Vaduvescu on Monday. ", False),
        # a given name the list knows is a person of known gender, counted elsewhere
        ("beating the grandmaster Maria Vaduvescu. ", False),
    ],
)
def test_someone_named_in_full_of_unknown_gender(span: str, unknown: bool) -> None:
    assert "dorin" not in eval_families.given_names()
    assert eval_families._unknown_person(span) is unknown


def test_a_pronoun_site_beside_a_person_of_unknown_gender_is_skipped() -> None:
    text = (
        "Headline\n\nAnna Novak won her last game, beating the grandmaster Dorin Vaduvescu "
        "in 58 moves. She said it was her best result.\n"
    )
    assert eval_families._pronoun_sites(text) == []
    alone = text.replace("beating the grandmaster Dorin Vaduvescu", "with the white pieces")
    assert [w for _, w, _ in eval_families._pronoun_sites(alone)] == ["She"]


def _spots(text: str) -> set[int]:
    spots = set()
    for seed in range(40):
        plant = eval_families.plant_name("a.txt", text, random.Random(seed), {"a.txt": text})
        if plant is not None:
            spots.add(plant.start)
    return spots


def test_a_relatives_one_full_mention_is_not_misspelt() -> None:
    # Rosa Elena Salcedo Vidal is named first; "Salcedo had" is hers; Paula Salcedo is her
    # sister, named once in full: misspelt there, hers would be another family's name
    text = (
        "Headline\n\nRosa Elena Salcedo Vidal, 41, died in May.\n\nSalcedo had spent years "
        "in the valley.\n\nHer sister, Paula Salcedo, spoke to reporters. Salcedo said the "
        "family was relieved.\n"
    )
    assert _spots(text) == {text.index("Salcedo said")}


def test_a_full_name_after_the_surname_alone_in_a_headline_is_misspelt() -> None:
    # the headline names her by surname; the body's full name is hers and may be misspelt
    text = "Salcedo wins\n\nPaula Salcedo won the race. Salcedo said it was hard.\n"
    assert _spots(text) == {text.index("Paula Salcedo") + 6, text.index("Salcedo said")}


# pronoun-unlisted: a person whose given name the list does not know, gender from the text
def _unlisted(text: str) -> list[tuple[str, str, str]]:
    return [(w, g, k) for _, w, g, k in eval_families._unlisted_sites(text)]


def test_unlisted_sites_take_the_gender_from_the_article() -> None:
    assert "ozren" not in eval_families.given_names()
    honorific = "Headline\n\nMrs Valbrekt runs the kiln. She said glaze prices had doubled.\n"
    assert _unlisted(honorific) == [("She", "f", "honorific")]
    noun = (
        "Headline\n\nOzren Valbrekt, a widower of 70, runs the kiln. Valbrekt said he "
        "would retire.\n"
    )
    assert _unlisted(noun) == [("he", "m", "noun")]
    pronouns = (
        "Headline\n\nOzren Valbrekt runs the kiln. He opened it in 1990.\n\nValbrekt said "
        "prices had doubled. He said he would retire.\n"
    )
    # the first has two pronouns in another sentence, the others one each
    assert [k for _, _, k in _unlisted(pronouns)] == ["pronouns", "pronoun", "pronoun"]


def test_no_unlisted_site_without_evidence_elsewhere_or_against_it() -> None:
    alone = "Headline\n\nOzren Valbrekt runs the kiln. Valbrekt said he would retire.\n"
    assert _unlisted(alone) == []  # the pronoun is the only evidence: nothing to swap against
    mixed = (
        "Headline\n\nMrs Valbrekt runs the kiln. Valbrekt said he would retire.\n\n"
        "Valbrekt said she would sell the shop.\n"
    )
    assert _unlisted(mixed) == []  # the article gives both genders: no site for anyone


def test_no_unlisted_site_beside_someone_else_named_in_full() -> None:
    text = (
        "Headline\n\nMrs Valbrekt runs the kiln. A court fined Tovin Asker Brell, 58, for "
        "selling it glaze.\n\nValbrekt said Brell had known. She said she would sue.\n"
    )
    assert ("She", "f", "honorific") not in _unlisted(text)
    assert _unlisted(text.replace("Brell had known", "the quarry had known"))
