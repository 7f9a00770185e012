"""pronoun.gender: a natural feature's noun before ", who" is no one a pronoun may mean.

"…a trapper with a hut by a stream east of the lake, who came every morning": "who"
reaches back past "the river" to the trapper, as it reaches past a settlement's noun
("musicians passing through the town, who would test new drums").  Read as someone, the
river blocked every pronoun of the next sentence (fresh_aw's shape).  Only after a name:
with no one named before it, the noun before ", who" may stand for someone unnamed ("a
hiker stranded on the mountain, who").  Nor is the body that "of" gives a name ("Sgt.
<Name> of the county sheriff's office, who has stopped"): "who" is the sergeant's.  Every
name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

PROFILE = (
    "For 20 summers, Ilse Varnow and Velna Tamberg have run the ferry across the river at "
    "Tamsel.\n\n"
    "Varnow, 63, steered the boat. Tamberg, 61, loaded the cars, and she said she had "
    "loaded every kind of vehicle she could imagine.\n\n"
    "One of the most regular passengers was Orvel Varov, a trapper with a hut by a "
    "stream east of the lake, who came every morning for more than 20 years. {0} said he "
    "had once missed his crossing because Tamberg held the boat for him.\n\n"
    "Both women plan to stay in Tamsel."
)


def test_the_clean_profile_raises_nothing() -> None:
    assert flagged_pronouns(PROFILE.format("He")) == []


def test_a_she_for_the_man_after_the_river_who_is_flagged() -> None:
    assert flagged_pronouns(PROFILE.format("She")) == ["She"]


def test_with_no_name_before_the_feature_may_stand_for_someone_unnamed() -> None:
    # "a hiker stranded on the mountain, who": no name before, so "who" may be the hiker,
    # whom the "She" after may mean
    text = (
        "The rescue was led by Captain Jonas Tamberg. Among those saved was a hiker "
        "stranded on the mountain, who had been missing for two days. She told reporters "
        "she had run out of water."
    )
    assert flagged_pronouns(text) == []


DINER = (
    "Two waitresses retire after 38 years\n\n"
    "TAMSEL, Maine — Ilse Varnow and Velna Tamberg served their last breakfast on Friday.\n\n"
    "Sgt. Raymond Okonjo of the county sheriff's office, who has stopped at the diner on "
    "his patrols for 20 years, said the two women knew more about the town than his "
    "department did. {0} said {1} had learned of a lost dog from them before the calls "
    "came in.\n\n"
    "Both women plan to stay in Tamsel."
)


def test_the_body_after_a_names_of_before_who_is_no_one() -> None:
    # "<Name> of the county sheriff's office, who": "who" is the sergeant's, so the
    # office is no one a pronoun may mean, and a slip in the next sentence is his
    assert flagged_pronouns(DINER.format("He", "he")) == []
    assert flagged_pronouns(DINER.format("She", "he")) == ["She"]
    assert flagged_pronouns(DINER.format("He", "she")) == ["she"]


ENGINEER = (
    "Court orders bridge rebuilt\n\nVARSK, Tarvelia — A court ordered the region to build a "
    "bridge on Monday.\n\nAn engineer called by the families, Dr. Ilse Varnow, told the "
    "court that the cable had not been designed by {0} who had calculated its load. He said "
    "the basket could carry 150 kilograms."
)


def test_anyone_before_who_is_no_one_in_particular() -> None:
    # "anyone who": no particular person, so the "He" after is the engineer's slip
    assert flagged_pronouns(ENGINEER.format("anyone")) == ["He"]
    assert flagged_pronouns(ENGINEER.format("nobody")) == ["He"]


def test_someone_before_who_may_be_the_man_meant() -> None:
    assert flagged_pronouns(ENGINEER.format("someone")) == []


def test_a_trade_or_a_verbs_from_before_who_stays_someone() -> None:
    # "from" a verb takes, and a noun of one who works: "who" may be the stonemason's
    text = (
        "The hut was bought by Ilse Varnow from a retired stonemason, who said he had "
        "built it in 1971. She plans to rent it to walkers."
    )
    assert flagged_pronouns(text) == []


def test_a_generic_he_bound_to_anyone_in_its_own_sentence() -> None:
    text = (
        "Ice fishing season opens\n\nVARSK, Tarvelia — The season opened on Monday.\n\n"
        "Anna Lind said anyone who fishes the lake in winter knows he must test the ice first."
    )
    assert flagged_pronouns(text) == []
