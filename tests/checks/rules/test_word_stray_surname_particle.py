"""word.stray-fragment: one stray capital fused to a surname's particle at a paragraph's
start, before the rest of the surname, is debris: ``Qdu Plessis said`` -> "Du Plessis said"
(fresh_df's hold-out run; resources/word/surname_particles.txt).  The capital and the
particle together must be no word or name English knows ("Adu", "Aden", "Ida" stay), nor a
given name the lists hold; the capital is a plain consonant other than "Z", the line opens a
paragraph and the word after it is none the dictionary knows (review 28b); applied only when
the text writes the particle and that word together again (reviews 29b, 30b).  "van" and
"von" keep their older, looser reading.  Invented people."""

import pytest

from tests.checks.rules.helpers import first_fixes

RULE = "word.stray-fragment"
HEAD = "The school reopened on Monday.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "token", "fixed"),
    [
        ("Qdu Plessis said many of his pupils came by boat.", "Qdu", "Du"),
        ("Xdi Stefano said the ferry was late again.", "Xdi", "Di"),
        ("Qla Fontaine told the court the vines were lost.", "Qla", "La"),
        ("Qde Kerlan told the council the roof was safe.", "Qde", "De"),
        ("Dvan Rooyen said the harbour would reopen.", "Dvan", "Van"),
    ],
)
def test_a_capital_before_a_surnames_particle_is_dropped(paragraph, token, fixed):
    # the article named the person before: the surname stands twice
    particle, surname = token[1:], paragraph.split()[1]
    head = f"The school reopened on Monday, its teacher Ana {particle} {surname} said.\n\n"
    assert first_fixes(RULE, head + paragraph + "\n") == [(token, fixed, True)]


def test_a_surname_written_once_is_offered_only() -> None:
    # "Xdi Pharma" may be a brand: only a surname written again is applied (review 29b)
    text = HEAD + "Qdu Plessis said many of his pupils came by boat.\n"
    assert first_fixes(RULE, text) == [("Qdu", "Du", False)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # names and words English knows whole, or given names
        "Adu Boahen said the archive would open in May.",
        "Aden Plessis said the ferry was late.",
        "Ida Marsh said the roof was safe.",
        "Ode Varnic read the poem at the opening.",
        # a vowel or a letter with a mark before the particle makes a name one can say
        # (review 27b)
        "Ọla Adeyemi said the ferry to the island was full.",
        "Udos Bakery in the old town said it would close.",
        # Czech and Slovak words open with "Z" so ("zde", "zda": review 28b)
        "Zde Jsou Lvi, the Prague troupe's new show, opens on Friday.",
        # a word the dictionary knows after the particle: a brand's or a body's name
        "Xdu Games, a Warsaw studio, said its new title would launch in March.",
        # a hard-wrapped line inside a sentence opens no paragraph
        "The firm said on Tuesday that its chief\nQdu Plessis unit would list separately.",
        # not at a paragraph's start: no drop cap's place
        "The teacher, said Qdu Plessis, was late.",
        # "der", "den", "del" are left out: a capital before them makes names ("Zden")
        "Zden Kovar said the roof was safe.",
    ],
)
def test_near_misses(paragraph):
    assert first_fixes(RULE, HEAD + paragraph + "\n") == []


def test_a_sector_word_written_again_is_no_surname_named_again() -> None:
    # "Pharma" stands again, but never after "di": a brand's (review 30b)
    text = (
        HEAD + "Xdi Pharma, a generic drugmaker, said profit rose.\n\n"
        "Rivals Sun Pharma and Glenmark Pharma reported weaker sales.\n"
    )
    assert first_fixes(RULE, text) == [("Xdi", "Di", False)]
