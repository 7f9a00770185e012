"""pronoun.gender: a name possessive before a noun of a person's own life ("Varkan's marriage
to Ilvena", "Varkan's widow") is a person, so the "his" after it is his, not the playwright's
of the sentence before; the playwright, a woman whose given name no list holds, then stands no
"she" aside.  Names are invented."""

import pytest

from copydesk.checks.rules.pronoun._people import analyse
from tests.checks.rules.helpers import flagged_pronouns

REVIEW = (
    "A provincial theater stages an old epic\n\n"
    "TARVEL, Varskia — The production, adapted by the playwright Aizvar Tolkanova, opened on "
    "Friday.\n\n"
    "Tolkanova has wisely chosen not to tell the whole story. The play concentrates on Varkan's "
    "{noun} to Ilvena, his long campaigns against his enemies and his death, and then follows "
    "Ilvena as she escapes with their infant son."
)


def test_the_heros_marriage_makes_him_the_one_his_means():
    assert flagged_pronouns(REVIEW.format(noun="marriage")) == []


@pytest.mark.parametrize(("noun", "person"), [("marriage", True), ("campaigns", False)])
def test_only_a_noun_of_a_life_makes_a_possessive_name_a_person(noun: str, person: bool):
    a = analyse(REVIEW.format(noun=noun))
    varkan = next(m.entity for m in a.mentions if m.entity and m.entity.name == "Varkan")
    assert varkan.is_person is person


def test_a_country_that_divorces_or_marries_is_no_person():
    # review's lost hit: "Britain's divorce" made Britain the "he"
    for noun in ("divorce from", "marriage to"):
        text = (
            "Minister defends trade deal\n\nLONDON — The trade minister, Anna Kovelin, "
            "defended the deal on Monday.\n\nKovelin said Britain's "
            f"{noun} the European Union had cost exporters dearly, and he said the "
            "government would not reopen the deal."
        )
        assert flagged_pronouns(text) == ["he"]
