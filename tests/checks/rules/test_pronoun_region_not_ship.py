"""pronoun.gender: a region named "X of Y" is no ship a "she" could mean.

In a story about livestock ships, "banned imports from the Cape of Varsk … Jonas
Tamberg, a trader, said she lost most of his savings" was left alone: "the Cape",
an unknown name after "the" in a text about ships, might have been a vessel called
"she".  A name that heads "X of Y" and that the text uses as a place (after "from",
"in"…) is a region (fresh_ab's shape).  Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

STORY = (
    "Exporters at the port of Tamsel filled six ships this season, each carrying about "
    "15,000 animals.\n\n"
    "The kingdom has banned imports from the Cape of Varsk several times over fears of "
    "fever, and traders remember each ban. Jonas Tamberg, a trader in Tamsel, said {0} lost "
    "most of his savings during one in 2000."
)


def test_the_clean_story_raises_nothing() -> None:
    assert flagged_pronouns(STORY.format("he")) == []


def test_a_she_for_the_trader_is_flagged_despite_the_ships() -> None:
    assert flagged_pronouns(STORY.format("she")) == ["she"]


def test_a_ship_named_after_from_still_blocks() -> None:
    text = (
        "Captain Jonas Tamberg said crew from the Tarvela were taken ashore by two other "
        "ships after the fire. She sank within an hour, he said."
    )
    assert flagged_pronouns(text) == []


def test_a_ship_named_x_of_y_still_blocks() -> None:
    # "the Pride of Tamsel" is a ferry's name, not a region's: its head is no region's
    text = (
        "Captain Jonas Tamberg said crew from the Pride of Tamsel were taken ashore by two "
        "other ships after the fire. She sank within an hour, he said."
    )
    assert flagged_pronouns(text) == []
