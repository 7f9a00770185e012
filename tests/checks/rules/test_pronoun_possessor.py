"""pronoun.gender: a person noun in the possessive is a person.

"Ilse Varnow, the outfielder's mother, travelled with his father": the outfielder is someone
the "his" may mean, though the noun stands in the name's apposition (fresh_ad's false alarm:
the possessive was read as no one, and the apposition as hers alone).  A possessive that
names no person ("the club's coach") makes no one.

Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import pronoun_issues


def test_a_possessive_person_noun_in_an_apposition_is_someone_else():
    text = (
        "Among the fans was Ilse Varnow, the outfielder's mother, who travelled from Varsk "
        "with his father, Jonas Varnow, and his sister. “He listened to me,” she said."
    )
    assert pronoun_issues(text) == []


def test_a_possessive_that_names_no_person_makes_no_one():
    text = (
        "Ilse Varnow, the club's coach, said she was pleased. Varnow said she would rest "
        "the team. Varnow said his players were tired."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "his"


def test_a_possessor_in_the_sentence_before_is_off_stage():
    """fresh_ap: "…with the artist's family, and her wall texts are short. He told…" — the
    artist is a possessor in the sentence before, no subject a "He" goes on with."""
    text = (
        "The curator, Dr. Ilse Varnow, spent three years cataloguing the paintings with the "
        "artist's family, and her wall texts are short and useful. He told visitors at the "
        "opening that Tamberg had been dismissed as a Sunday painter."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "He"
