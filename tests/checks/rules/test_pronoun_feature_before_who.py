"""pronoun.gender: a natural feature's noun before ", who" is no one a pronoun may mean.

"…a trapper with a hut by a stream east of the lake, who came every morning": "who"
reaches back past "the river" to the trapper, as it reaches past a settlement's noun
("musicians passing through the town, who would test new drums").  Read as someone, the
river blocked every pronoun of the next sentence (fresh_aw's shape).  Only after a name:
with no one named before it, the noun before ", who" may stand for someone unnamed ("a
hiker stranded on the mountain, who").  Every name is invented."""

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
