"""pronoun.gender: a name the article shows nothing of may still be a place the world knows.
A large city's name (resources/pronoun/large_cities.txt, built from GeoNames) after a verb
whose object is a place ("had left Multan"), and an institution's head alone or before "of"
and a capital ("the University of Varsk") are no one a "she" could mean, so they no
longer shield a wrong pronoun of the man speaking; a name of unknown kind that is no large
city still does, and so does a news agency ("told Reuters he": an unnamed person may be
meant).  The people are invented."""

from __future__ import annotations

import pytest

from copydesk.checks.data import word_set
from tests.checks.rules.helpers import flagged_pronouns

DRIVER = (
    "Hundreds of lorries were stuck at the pass on Tuesday.\n\n"
    "One driver, Jonas Tamberg, said he had left {place} on Sunday with a load of melons. "
    "He said his company had told him to wait, and that {pronoun} had wrapped the cargo in "
    "blankets."
)

ROWER = (
    "Jonas Tamberg won the single sculls for the third year. His father said he had "
    "trained all summer.\n\n"
    "Mixed eights: 1. Tarvel club crew 15:21.8; 2. University of Varsk crew 15:44.1.\n\n"
    "Tamberg said {0} would spend the winter training indoors."
)


def test_the_city_list_holds_large_cities_and_no_given_names() -> None:
    cities = word_set("pronoun", "large_cities.txt")
    assert {"multan", "kayseri", "porto alegre"} <= cities
    assert not {"florence", "victoria", "paris", "jackson"} & cities  # people bear them
    # ... and surnames and given names of the US census ("Hamilton", "Sydney")
    assert not {"hamilton", "preston", "matsumoto", "santos", "sydney", "milan"} & cities
    assert "reading" not in cities  # an English word first


def test_a_large_city_named_once_does_not_shield_a_wrong_she() -> None:
    assert flagged_pronouns(DRIVER.format(place="Multan", pronoun="he")) == []
    assert flagged_pronouns(DRIVER.format(place="Multan", pronoun="she")) == ["she"]


def test_an_unknown_name_named_once_still_may_be_the_she() -> None:
    # "left Velna on Sunday": a woman he left may be whom "she" means
    assert flagged_pronouns(DRIVER.format(place="Velna", pronoun="she")) == []


def test_a_university_of_a_place_does_not_shield_a_wrong_she() -> None:
    assert flagged_pronouns(ROWER.format("he")) == []
    assert flagged_pronouns(ROWER.format("she")) == ["she"]


def test_a_city_that_is_the_surname_of_someone_named_in_full_is_that_person() -> None:
    # "Okayama" is a large city, but the text names Kenji Okayama: he may be the "He"
    text = (
        "Prosecutors on Monday charged a former executive. Ilse Varnow, a spokeswoman for "
        "the prosecutors, said she could not comment. Varnow said investigators had "
        "questioned Ryoichi Okayama, the former head of procurement, three times. Okayama "
        "has denied wrongdoing. He is due in court next month, she said."
    )
    assert flagged_pronouns(text) == []


def test_a_body_cut_at_its_possessive_is_no_one_the_pronoun_means() -> None:
    text = (
        "The flooding closed the main road on Tuesday, officials said.\n\n"
        "Jonas Tamberg of the Tarvel Farmers' Union said {0} had lost two bookings."
    )
    assert flagged_pronouns(text.format("he")) == []
    assert flagged_pronouns(text.format("she")) == ["she"]


@pytest.mark.parametrize(
    "text",
    [
        # an unnamed person may be meant: an agency shields the "he" as before
        "The Norwegian won the race in record time on Sunday. Maria Lund, the race director, "
        "told Reuters he had broken the course record by 40 seconds.",
        # a player known by one name that is a city's, not after a verb of place
        "The team landed on Friday. Coach Maria Lund said Paulista was fit. He scored 14 "
        "goals last season.",
        "The market closed early on Friday. Maria Lund, a witness, said she saw Takamatsu "
        "leave the building. He was released on bail.",
    ],
)
def test_people_a_city_name_or_an_agency_may_hide_stay_quiet(text: str) -> None:
    assert flagged_pronouns(text) == []
