"""Three false alarms of fresh_au's blind run on clean text, and one miss.

- consistency.name-variant: a person's surname and a place a letter apart ("Prof. Ilse
  Varsella" beside "Varsela province") were read as one name spelled two ways.  A one-word
  name that ends a longer name and never stands before a noun of place, beside one that
  stands before such a noun ("province", "river") and in no longer name, is a person and a
  place.
- word.glued: a people's name before "people" was split as a genus and a species epithet
  ("the Varsgarai people" -> "Vars garai", safe): a people or a language is no species.
- punct.missing-space: a title abbreviation glued to an unknown given name ("Prof.Tarvo
  Kelmani") was left alone, because only an everyday word before the dot counted.

Every person's name is invented."""

from __future__ import annotations

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from copydesk.checks.settings import Settings

NAMES = "consistency.name-variant"


def _variants(*docs: str) -> list[str]:
    engine = Engine(Settings(), checks=[REGISTRY.get(NAMES)])
    members = [BatchMember(f"doc{k}.txt", t) for k, t in enumerate(docs)]
    return [
        docs[k][i.offset : i.end]
        for k, r in enumerate(engine.check_batch(members))
        for i in r.issues
    ]


FARMS = (
    "Growers in Varsela province sold less this year. A farmer from the highlands of "
    "Varsela said prices had halved.\n\n"
    "An economist, Prof. Ilse Varsella, said many had stopped spraying. Varsella said she "
    "expected prices to recover. Varsella added that exports would help.\n\n"
    "Traders in Varsela province agreed."
)


def test_a_surname_beside_a_place_a_letter_apart_is_two_names():
    assert _variants(FARMS) == []


def test_a_place_misspelt_before_its_noun_of_place_is_still_a_variant():
    # no one's surname: both stand before "province", in no longer name
    text = FARMS.replace("Traders in Varsela province", "Traders in Varsella province")
    text = (
        text.replace("Prof. Ilse Varsella", "Prof. Ilse Tamberg")
        .replace("Varsella said she", "Tamberg said she")
        .replace("Varsella added", "Tamberg added")
    )
    assert _variants(text) == ["Varsella"]


GLUED = Engine(checks=[REGISTRY.get("word.glued")])


def test_a_peoples_name_before_people_is_no_genus_and_epithet():
    text = "The houses of the Varsgarai people have high, pointed roofs."
    assert GLUED.check_text(text) == []


def test_a_genus_glued_to_its_epithet_is_still_split():
    text = "Officials blame Plasmodiumfalciparum for most cases."
    [issue] = GLUED.check_text(text)
    assert issue.replacements[0] == "Plasmodium falciparum" and issue.safe


SPACE = Engine(checks=[REGISTRY.get("punct.missing-space")])


def test_a_title_glued_to_an_unknown_given_name_gets_its_space():
    text = "An engineer who advised the council, Prof.Tarvo Kelmani, said the dike would hold."
    [issue] = SPACE.check_text(text)
    assert text[issue.offset] == "." and issue.replacements[0] == ". " and issue.safe


def test_the_clergy_and_military_titles_get_their_space_too():
    # the review: "Rev." and "Maj." were left out of the first list
    text = "The service was led by Rev.Tarvo Kelmani, and Maj.Orvel Varov spoke after him."
    found = [(text[i.offset - 3 : i.offset], i.safe) for i in SPACE.check_text(text)]
    assert found == [("Rev", True), ("Maj", True)]


def test_a_title_before_a_lone_unknown_word_is_left_alone():
    # no given name, no second capital, no verb after it: a field or a file's name
    assert SPACE.check_text("The file is named Prof.Kelmani in the archive.") == []
