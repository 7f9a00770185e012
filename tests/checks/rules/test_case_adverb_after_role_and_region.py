"""case.capitalised-noun: a frequency adverb after a name a role opens, and a past
tense after "the" and a sea's name.

"Her brother Penisimani Sometimes changes it": "Still" and "Once" may end a name after a
role ("the rower Kaisu Still won"), but no one is called "Often", "Never" or
"Sometimes", so the capital is a slip after a person's or a relative's noun and a one-word
name; after another word the name may open a title or a brand ("her debut Lagos Always in
Motion").  "sometimes" is one of those adverbs (resources/case/frequency_adverbs.txt).
"Fishermen across the Pacific Lost a quarter of their catch": after "the", a sea's name
ends in no past tense, as a place's head does not ("the Indian Ocean Came within");
without "the" the pair may be a title ("Arctic Lost").  Both were fresh_cx's hold-out
misses.  After a preposition of place, "the" and a sea's name, perhaps behind a quarter of
it, a frequency adverb or
an everyday one in -ly ends no name either ("cyclones in the South Pacific Usually form", a
fresh_cz hold-out miss).  The quarter may stand before a past tense's sea as well, and a
figure that counts after it, after a preposition ("in the western Pacific Voted 112-47", a
fresh_dk blind-run miss).  A past that is a noun too before an article ("the Atlantic Split
the field", another) was tried and taken back: ships, races and shows bear such names ("On
the Atlantic Rose the crew worked"; review 38b).  Every name is invented."""

from __future__ import annotations

import pytest

from copydesk.checks.context import BatchMember
from copydesk.checks.engine import Engine

_TAIL = " when the tide turns, and the rest of the crew stay at home for the winter."


def _flags(text: str) -> list[str]:
    [result] = Engine().check_batch([BatchMember("t.txt", text)])
    return [text[i.offset : i.end] for i in result.issues if i.rule == "case.capitalised-noun"]


@pytest.mark.parametrize("adverb", ["Sometimes", "Often", "Never", "Always"])
def test_a_frequency_adverb_after_a_role_and_a_name_is_flagged(adverb: str) -> None:
    assert _flags(f"Her brother Penisimani {adverb} changes the net{_TAIL}") == [adverb]


@pytest.mark.parametrize(
    "text",
    [
        # a surname after a role, or the Spanish eleven, as before
        "The rower Kaisu Still won gold, and her coach Mirtel Still said the team was ready",
        "He met the fisherman Kaisu Once in May, and the ferry to Tarvel Once a week sails",
        # after a word that is no person's noun the name may open a title, a brand or a
        # slogan (review B's probes)
        "Her debut Lagos Always in Motion won the jury prize, and critics praised it",
        "The bank launched its Safaricom Always plan for small traders",
        "The slogan Ubuntu Always guided the campaign, its organisers said",
        # lower case, or no verb after the adverb
        "Her brother Penisimani sometimes changes the net",
        "Her brother Penisimani Often, the villagers say, changes the net",
    ],
)
def test_surnames_and_correct_adverbs_are_left_alone(text: str) -> None:
    assert _flags(text + _TAIL) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fishermen across the Pacific Lost a quarter of their catch", "Lost"),
        ("Sea ice across the Arctic Grew thinner than ever in September", "Grew"),
        # a quarter may stand between "the" and the sea, and a figure after the past (fresh_dk)
        ("Residents of the island in the western Pacific Voted 112-47 on Saturday", "Voted"),
        ("Storms over the central Pacific Killed 12 people on the weekend", "Killed"),
    ],
)
def test_a_past_tense_after_a_seas_name_is_flagged(text: str, word: str) -> None:
    assert _flags(text + _TAIL) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen across the Pacific lost a quarter of their catch",
        # a title after an English word, as before
        "She read Paradise Lost a second time, and the series Lost ended",
        # with no "the" the pair may be a title, and before a plain noun a series'
        "Audiences flocked to Arctic Lost in its opening weekend",
        "She wrote the Arctic Lost series while living in Longyearbyen",
        # a past that is a noun too before a figure or a word may be a name's noun
        "Storms in the South Pacific Hit 40 villages, the Red Cross said",
        "She crewed on the Atlantic Cut for two seasons before the race",
        # a ship's name before a span of time or of measure (review 37a)
        "Relatives boarded the Arctic Rose a week before it sank off the Aleutians",
        "She skippered the Atlantic Rose the length of the coast last summer",
        # a past that is a noun too may end a ship's or a race's name (reviews 37b, 38b)
        "The yard gave the Atlantic Rose a new hull before the season opened",
        "On the Atlantic Rose the crew worked 18-hour shifts in the herring season",
        # a year before a noun, a sequel's digit, a title-case headline's capital (review 37b)
        "Delegates met at the Pacific Connected 2025 summit in Suva on Monday",
        "Speaking at the Pacific Connected 2025 on Tuesday, the minister said no",
        # a span of time, a year before a plural, a whole number before a singular
        # (review 39b)
        "Footage shot for the Arctic Revealed 20 years ago has been restored",
        "Winners at the Pacific Connected 2025 awards were announced in Suva",
        "She was named in the Pacific Connected 40 under 40 list on Monday",
        # a version's decimal before a singular (review 40b)
        "Officials at the Pacific Connected 3.0 conference in Nadi agreed a new fund",
        "An exhibition, called the Arctic Revisited 2, opens in Tromsø on Friday",
        "Fishermen in the Atlantic Lost 30 Boats. The Union Blames the Quotas",
    ],
)
def test_correct_pasts_and_titles_are_left_alone(text: str) -> None:
    assert _flags(text + _TAIL) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cyclones in the South Pacific Usually form in the warm months", "Usually"),
        ("Forecasters said storms in the Atlantic Often reach the coast by late August", "Often"),
    ],
)
def test_an_adverb_after_the_and_a_seas_name_is_flagged(text: str, word: str) -> None:
    assert _flags(text + _TAIL) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters said cyclones in the South Pacific usually form in the warm months",
        # a ship's name, with no verb after it
        "Its sister ship, the Pacific Still, sails from Tarvel in May",
        # ... or with no preposition of place before "the" (the review's probe)
        "The crew of the Atlantic Always said the catch was poor this winter",
    ],
)
def test_a_lower_adverb_or_a_ships_name_after_a_sea_is_left_alone(text: str) -> None:
    assert _flags(text + _TAIL) == []
