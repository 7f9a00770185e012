"""case.capitalised-noun: readings mended after fresh_dl's hold-out run.

- An adjective of a place whose name has a word before the one its suffix derives from
  ("New Caledonia", "New Caledonian") starts the rule when the text names the place so:
  the derived reading of "Caledonian" needs an article before it, and a headline opens with
  none ("New Caledonian Health workers hand out boots").  Not after "the" or another
  capital, where the three words may be an official name ("The South Moravian Region", "the
  Westin Nova Scotian Hotel"; review 38a), nor after a possessive or a figure, nor before a
  singular head alone ("the restless East Anatolian Fault"; review 39a).  Listing "New
  Caledonian" was tried and taken back: "New" is often the plain adjective before a Scottish
  name ("New Caledonian Canal lock gates"; review 37a), and the list's last words
  ("Caledonian") count as nationalities everywhere.
- After a preposition and "a" opening a sentence, a land's natural feature is a kind of
  place as a village is ("On a Jamaican Beach, an uncle and his nephew …"; resources/
  pronoun/natural_place_nouns.txt): the pair is one of many, not a name the apposition
  defines, when the apposition runs to its sentence's end with no comma of its own (an
  abbreviation's stop, "the U.K.", ends no sentence).  Not after "At", "Inside", "Near",
  "Outside" or "Beside", where a business stands ("At a Mexican Beach, a clerk said"), nor
  after a kicker's colon, where a work's title does ("Review: On a Jamaican Beach, a slow
  and tender film"), nor before an apposition a business's or a work's noun heads ("a
  seafood brand sold in …", "a new film by …"; resources/case/business_nouns.txt,
  work_nouns.txt), nor on a listing's line with no stop and no verb, nor after a street or
  a road, a business's address ("At a Turkish Street, a kebab chain"; reviews 37a–40a).

Every name but well-known places is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import capitalised_noun_flags as _flags


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "New Caledonian Health workers hand out boots as rains open the season\n\n"
            "KONÉ, New Caledonia — Health workers began handing out boots on Monday.",
            "Health",
        ),
        (
            "NOUMÉA, New Caledonia — A New Caledonian Nickel miner said the price had fallen.",
            "Nickel",
        ),
        (
            "On a Jamaican Beach, an uncle and his nephew still build fishing boats by hand.",
            "Beach",
        ),
        ("Off a Kenyan Reef, a diver from the village found the wreck of a dhow.", "Reef"),
        # a capitalised "Many" as a lower-case one; a listed noun that is no phrase's head
        # (review 39a)
        (
            "NOUMÉA, New Caledonia — Many New Caledonian Families queued for rice on Monday.",
            "Families",
        ),
        ("On a Jamaican Beach, a hotel worker found a turtle's nest at dawn.", "Beach"),
    ],
)
def test_fresh_dl_capitals_are_flagged(text: str, word: str) -> None:
    assert _flags(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "NOUMÉA, New Caledonia — The New Caledonian Congress voted on Tuesday to wait.",
        # "New" before a name, in a text that never names New Caledonia (review 37a)
        "New Caledonian Canal lock gates were lowered into place at Fort Augustus last week.",
        "Traders at the New Caledonian Market in Bermondsey said trade was slow.",
        # a feature's noun inside a longer name ("Beach Bar") is the name's
        "At a Jamaican Beach Bar, a waiter said the rum had run out before midnight.",
        # a street may be a business's address (review 37a)
        "At a Turkish Street, a kebab chain that opened its 50th branch, staff walked out.",
        # after "At" a business may stand, and a comma closes an apposition that names
        # a business or a work (review 37a)
        "At a Mexican Beach, a clerk said the chain would close its doors in June.",
        "On a Jamaican Beach, a song by Marcia Griffiths, opens the album.",
        # an abbreviation's stop ends no sentence before the comma (review 38a)
        "Outside a Turkish Bay, a seafood chain with 12 branches in the U.K., workers went on "
        "strike on Friday.",
        # an apposition a business's or a work's noun heads names the pair (review 38b)
        "From a Korean Bay, a seafood brand sold in 40 countries takes its name.",
        "On a Jamaican Beach, a new film by Karen Liu premieres in Kingston tonight.",
        # after a kicker's colon, a work's title (review 38b)
        "Review: On a Jamaican Beach, a slow and tender film about two fishermen",
        # a singular head alone, after a possessive or a lower-case adjective, and a
        # preposition opening the sentence (review 39a)
        "ELAZIG, Turkey — East Anatolia shook again. Turkey's East Anatolian Fault has "
        "produced six large quakes, and the restless East Anatolian Fault may slip again.",
        "TURNOV, Czech Republic — In Bohemia, tourism fell. In Bohemian Paradise, the rock "
        "towns drew a record 2 million hikers.",
        # a listing's line with no stop and no verb names a venue (review 40a)
        "Stay\n\nOn a Greek Beach, a guesthouse with six rooms and no wifi",
        # after "Near" a business stands; an abbreviation's stop ends no sentence (review 39a)
        "Near a Mexican Beach, a taco truck parked by the pier sells out by noon.",
        "Off a Turkish Bay, a kebab grill run by Capt. Mehmet Kaya's sons, diners waited an hour.",
        # after "the" a compass word and a region's adjective may open an official name
        # (review 38a)
        "BRNO, Czech Republic — The South Moravian Region will spend 40 million koruna on "
        "flood walls, officials in South Moravia said.",
        # lower case, as news style writes it
        "On a Jamaican beach, an uncle and his nephew still build fishing boats by hand.",
    ],
)
def test_names_stay_quiet(text: str) -> None:
    assert _flags(text) == []
