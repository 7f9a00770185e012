"""case.capitalised-noun, fresh_dn's hold-out misses (tunable since its one run): a kind of place
after "this", a lede's adjective and the dateline's country or region ("NHLANGANO, Eswatini — … this
southern Eswatini Town"; review 45a: only the dateline's place, not any name, since real places end
in their kind: "this remote Manus Island"); houses of worship in the plural with no article ("houses
and Catholic Churches on a hill").  A place's name before a common noun in a headline the story
never writes again ("Niger's Galmi Onion growers") was tried and taken back (review 45b).  Every
name but well-known places and countries is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import capitalised_noun_flags as _flags

LEDE = (
    "VELANDO, Eswatini — Clinics in and around this southern Eswatini Town screened three "
    "times as many women this year, officials said.\n\n"
    "Eswatini has one of the highest rates of the infection in the world."
)


def test_a_kind_of_place_after_a_locating_name_is_flagged() -> None:
    assert _flags(LEDE) == ["Town"]


def test_a_plural_kind_after_these_is_flagged() -> None:
    text = (
        "TARVO, Ghana — Farmers in these northern Ghana Villages planted early, officials "
        "said.\n\nGhana's rains came late this year."
    )
    assert _flags(text) == ["Villages"]


def test_a_pair_before_a_noun_stays() -> None:
    # the pair modifies a noun: the town's council
    text = LEDE.replace("Town screened", "Town council screened")
    assert _flags(text) == []


def test_a_pair_the_text_writes_again_stays() -> None:
    text = LEDE + " Another Eswatini Town council met on Monday."
    assert _flags(text) == []


def test_a_place_that_is_not_the_datelines_stays() -> None:
    # a real place whose name ends in its kind (review 45a)
    text = LEDE + " Refugees were once held in this remote Manus Island, where it rains."
    assert _flags(text) == ["Town"]


def test_a_time_or_a_verb_after_the_demonstrative_stays() -> None:
    text = (
        "TARVO, Ghana — Officials said this week Ghana Town would ration water. This left "
        "Ghana Village without power, and Ghana voted."
    )
    assert _flags(text) == []


def test_an_adjective_that_is_a_noun_too_counts() -> None:
    text = (
        "TARVO, Malawi — Schools in this central Malawi District reopened on Monday, "
        "officials said."
    )
    assert _flags(text) == ["District"]


def test_a_kind_a_region_names_its_own_stays() -> None:
    # valleys, islands, counties and cities take the region's name (review 46a)
    text = (
        "SHUNA, Jordan — Farmers in this fertile Jordan Valley have watched prices fall, "
        "and these windswept Jordan Islands are empty."
    )
    assert _flags(text) == []


def test_a_division_named_after_the_datelines_middle_place_stays() -> None:
    # the middle place may be the province itself, by its official name (review 47a)
    text = (
        "WABAG, Enga, Papua New Guinea — Schools in this highland Enga Province reopened, "
        "officials said, and visitors toured this so-called Guinea Village, a replica."
    )
    assert _flags(text) == []


def test_no_dateline_no_flag() -> None:
    # without a dateline the name may be a place's own ("this snowbound Quebec City")
    text = "Clinics in this southern Eswatini Town screened more women, officials in Eswatini said."
    assert _flags(text) == []


def test_a_place_name_before_a_common_noun_in_a_headline_stays() -> None:
    # tried and taken back (review 45b): teams, firms and events are written so
    text = (
        "Karachi Kings beat Quetta in final over as Pakistan league ends its season\n\n"
        "KARACHI — The Kings won the title on Sunday in Karachi, the league said."
    )
    assert _flags(text) == []


def test_houses_of_worship_in_the_plural_are_flagged() -> None:
    text = "Velda, a town of wooden houses and Catholic Churches on a hill, lies near the border."
    assert _flags(text) == ["Churches"]


def test_houses_of_worship_in_a_name_stay() -> None:
    text = (
        "Leaders of the Eastern Catholic Churches met in Rome. She joined the World "
        "Communion of Reformed Churches, and members of Reformed Churches in the "
        "Netherlands voted. The Catholic and Orthodox Churches held a joint service."
    )
    assert _flags(text) == []
