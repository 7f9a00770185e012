"""case.capitalised-noun: capitals after adjectives of place no list holds, after two
adjectives that share a plural, after a family's name, and after a name before an
irregular past tense (invented examples; precision first: the names stay quiet)."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

RULE = "case.capitalised-noun"


def _caps(text: str) -> list[str]:
    return [i.matched(text) for i in run(RULE, text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an adjective of place no list holds, the place written alone in the text
        (
            "Voters in Varkh went to the polls on Sunday. The army has held talks with "
            "Varkhi Leaders for three years, but little has changed on the roads.",
            "Leaders",
        ),
        (
            "The high valley of Varkh is cut off for months. A coalition of Varkhi "
            "Religious and civil groups won most of the seats on the council.",
            "Religious",
        ),
        # ... the people's plural in the text
        (
            "Most Zarmitans take the ferry to work. Parking is one of the main issues in "
            "Zarmitan Politics, and the council has argued about it for years.",
            "Politics",
        ),
        # ... the adjective before a lower-case noun elsewhere, never alone
        (
            "Zarmitan farmers sell their cheese at the market. Parking is one of the "
            "main issues in Zarmitan Politics, and the council has argued about it.",
            "Politics",
        ),
        # ... a rare noun the dictionary lacks among them; a given name read so too
        (
            "Dani pigherds walk their animals to the valley market. Last year she became the "
            "first Dani Woman to win the long race, the organisers said.",
            "Woman",
        ),
        # a language's kind after "a"
        (
            "She grew up speaking Tornvik, a Vennic Language close to Estonian, and taught "
            "it to the children of the village for forty years.",
            "Language",
        ),
        # two adjectives sharing a plural
        (
            "The festival opened with sets by Ghanaian and Malian Groups, a forum on the "
            "rights of fishermen and a market of local crafts.",
            "Groups",
        ),
        (
            "The songs that Christian and Muslim Families brought to the coast are still "
            "sung at weddings in the old town, the organisers said.",
            "Families",
        ),
        # a family's name and what the family is or keeps
        (
            "The open race was won by Sahra, owned by the Al Varni Family, and the second "
            "camel was a young female from a farm near the coast.",
            "Family",
        ),
        ("Results of the final race:\n1. Sahra (Al Tarsi Stable) 10:01.7\n", "Stable"),
        (
            "The Vardani Family said on Monday that the house would be sold. The family "
            "has owned the land since the war, neighbours said.",
            "Family",
        ),
        # an irregular past tense that is an adjective too, after a name
        (
            "Engineers said the Tarva Broke its embankment in the spring floods and "
            "changed its course across the plain.",
            "Broke",
        ),
    ],
)
def test_unlisted_adjectives_shared_plurals_families_and_pasts_hit(text: str, word: str) -> None:
    assert word in _caps(text)


# Names built on adjectives of place, people, language or religion, families' names and
# titles, and places used as adjectives: all written as they should be.
CLEAN = [
    "The Scottish Parliament voted on the budget after a long debate about school funding.",
    "Breeders say the Finnish Lapphund is a calm dog that copes well with cold winters.",
    "Volunteers wearing the Maltese Cross handed out water to the runners near the end.",
    "Dancers at the club still love the Congolese Rumba and play it late into the night.",
    "The British and Irish Lions Trust paid for the new pitch at the school in the valley.",
    "Fans of the Boston Celtics queued outside the arena for hours before the game began.",
    "The Olympic Games will return to the city, and the mayor promised new tram lines.",
    "The Anglican Communion said on Friday that its bishops would meet in the spring.",
    "Many Anglicans attend the Lutheran Church in the town, which runs two schools.",
    "She watched the Addams Family on television with her children every weekend.",
    "The Royal Family attended the service, and crowds lined the streets outside the abbey.",
    "A painting of the Holy Family hangs in the chapel beside the old altar of the church.",
    "The Trapp Family Singers toured the country after the war, the museum says.",
    "The Pakistan Cricket Board said the team would fly home on Tuesday night.",
    "Officials in Jordan said the border would stay closed until the end of the week.",
    "Joshi said the talks would continue, and the minister agreed to meet the farmers.",
    "Fans of Ferrari cheered when the red car crossed the line in front of the stand.",
    "Meanwhile, Petrenko said the dam would be repaired before the spring floods arrive.",
    "Edward Said wrote about the region for decades, and his books are still taught.",
    "The new Celtic Park stand will open next season, the club said in a statement.",
    "The Gothic Quarter is crowded with tourists in the summer, and rents have risen.",
    "Villagers in Varkh say the road to the valley is closed for most of the winter.",
    "A Varkhi farmer said the harvest was good, and Varkhi traders agreed with him.",
    "The Varkhi Autonomous Council met in the town hall on Monday to discuss the roads.",
    "The Al Varni family owns the stable, and its camels won two races this season.",
    "Sahra, owned by the Al Varni family, finished second in the race for older camels.",
    "The Swiss Family Robinson was read aloud in the school library every Friday.",
    "The Kennedy family gathered at the house for the funeral on Saturday morning.",
    "Paradise Lost is still read in schools across the country, teachers say.",
    "A Malian and a Senegalese group played at the festival on the beach this year.",
    "The Czech and Slovak Federative Republic split peacefully at the end of 1992.",
    "The Catholic and Orthodox Churches held a joint service in the cathedral on Sunday.",
    "Thousands of Muslim and Jewish families lived side by side in the old quarter.",
    "The Uralic Society held its annual meeting at the university in the autumn.",
    "She studies Permic languages at the institute, and the Permic branch includes Komi.",
    "The Maori King visited the marae on Sunday and spoke to the elders for an hour.",
    "The Zulu King opened the festival and danced with the young men of the village.",
    "Supporters of the Tamil Tigers gathered outside the embassy on Sunday afternoon.",
    "The Persian Gulf was calm when the tanker left port early on Monday morning.",
    "The Welsh Government said it would publish its plan for rural schools next month.",
    "Bali Airport was closed for two hours on Friday because of volcanic ash in the air.",
    "Miami Dade College and the Miami Herald both reported the storm damage on Monday.",
    "Every September the Tuscan Wine Festival draws visitors from across the country.",
    "Nairobi City Council said the roads would be repaired before the rains began.",
    "The Tehran Stock Exchange rose on Sunday as brokers bought shares of the banks.",
    "The Vatican Museums reopened on Monday after a week of repairs to the roof.",
    "Residents of Varkh call the Varkhi Hill Council the main local body in the valley.",
    "Tourists on the island often visit the Zarmitan Cathedral and the old citadel.",
    "The Amish Country attracts tourists who come to buy furniture and quilts.",
    "She sang with the Balkan Beat Box on Friday and with a local choir on Sunday.",
    "The Ottoman Empire ruled the region for four centuries, historians say.",
    "He joined the Gaelic Athletic Association as a boy and played hurling for years.",
    "The Sami Parliament in Norway met on Tuesday to discuss reindeer grazing rights.",
    "The Tamsu river broke its banks in 1997 and changed its course, engineers say.",
    "The Tamsu river floods every year. The Tamsu Barrage was built in the 1950s and "
    "still controls the flow of the river through the plain.",
    "The Hellenic Navy sent two ships to the island after the storm on Thursday.",
    "Workers at the Nissan Motor plant in the north will strike next week, unions said.",
    "He is broke, and the bank has taken his house and the car he bought last year.",
    "The Vedic Society opened a new library for students of the old texts this month.",
    "Volunteers from the Lutheran World Federation handed out food to the families.",
    "The Wesleyan Chapel on the hill was restored with money from the parish.",
    "The Al Varni family and the Al Tarsi family both entered camels in the race.",
    "Critics loved the Addams Family when the musical opened in the capital last spring.",
    "Ferraris and other fast cars lined the road, and the Ferrari Museum was busy.",
    "The Manson Family killings shocked the city in 1969, and the trial lasted months.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_names_with_adjectives_of_place_and_families_stay_quiet(text: str) -> None:
    assert _caps(text) == []


def test_a_past_tense_after_a_name_in_a_one_line_sentence_of_names_hits() -> None:
    # most long words capitalised, but the line ends as a sentence: no title
    assert _caps("Tarkovsky Signed a new contract with Fiorentina on Monday.") == ["Signed"]


@pytest.mark.parametrize(
    "line",
    [
        "Lewandowski Scored Twice as Bayern Beat Dortmund",
        "Why Varga Signed for Ferencvaros",
        "Varga Signed a deal.",
    ],
)
def test_a_past_tense_in_a_heading_or_a_short_line_stays_quiet(line: str) -> None:
    assert _caps(line) == []


# A place's name before lower-case nouns is no adjective for that: what it heads in
# capitals is its own name, unless that is a plural, a field or a person.
@pytest.mark.parametrize(
    "text",
    [
        "Tarvoni residents complained of smog as officials shut the Tarvoni Metro, "
        "which carries a million people a day.",
        "Runners crossed the line at the Oskari Marathon, cheered by Oskari crowds.",
        "Families were moved to Velani Island on Tuesday, and Velani officials said "
        "schools would close for a week.",
        "Elders met at the Tarangi Tribunal, which hears Tarangi claims about the land.",
    ],
)
def test_what_a_place_used_as_an_adjective_heads_stays_quiet(text: str) -> None:
    assert _caps(text) == []


# "the Varn Family" as a band's, a cult's or a show's name: an apposition or a
# performer's or work's noun after it says so.
@pytest.mark.parametrize(
    "text",
    [
        "The Vostrel Family, a sitcom about a northern family, returns to television.",
        "The Vostrel Family musical, about a gloomy family, opens in the spring.",
        "The Vostrel Family star said his own family had always been supportive.",
        "He led the Darnak Family, a cult whose members lived on a farm; his family disowned him.",
        "The Tesslin Family, a folk group, recorded their first songs with a family friend.",
    ],
)
def test_a_family_named_as_a_group_or_a_work_stays_quiet(text: str) -> None:
    assert _caps(text) == []


def test_a_household_head_before_its_verb_still_hits() -> None:
    text = "Neighbours said the Vostrel Family moved away in May. The family had lived there."
    assert _caps(text) == ["Family"]


# A title with a name and a past tense inside a one-line sentence of names.
@pytest.mark.parametrize(
    "text",
    [
        "Paper Moths had a hit with The Night Varnova Burned in 1975, Billboard said.",
        "Anna Kessel starred in When Tarvik Returned, directed by Joel Brand for Hammer.",
    ],
)
def test_a_title_run_in_a_sentence_of_names_stays_quiet(text: str) -> None:
    assert _caps(text) == []


def test_a_profession_after_a_language_name_is_one_of_many() -> None:
    # a title before a name ("Doctor Varga") is no rank after a people's name
    text = "She married a Tamil Doctor she had met at the clinic, her brother said."
    assert _caps(text) == ["Doctor"]


# A currency after a nationality is lower case in news style, however rare the word is in
# English (resources/case/currency_nouns.txt).
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Farmers were paid in the Kenyan Shilling, which fell again.", "Shilling"),
        ("The Ghanaian Cedi fell by 4% against the dollar on Monday.", "Cedi"),
        ("Oil revenue is counted in Nigerian Naira, officials said.", "Naira"),
        ("Traders sold Zambian Kwachas for dollars at the border.", "Kwachas"),
    ],
)
def test_a_currency_after_a_nationality_is_flagged(text, word):
    assert _caps(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan shilling fell again on Monday, traders said.",
        "He banks with the South African Rand Merchant Bank in the city.",
        "Paraguayan Guarani speakers marched to the square on Friday.",
        "The Brazilian Real Madrid fan club met in the square.",
    ],
)
def test_a_currency_word_in_a_name_or_lower_case_stays_quiet(text):
    assert _caps(text) == []


def test_people_after_a_peoples_name_is_left_to_house_style():
    # withdrawn after review: "the Wurundjeri People" in an acknowledgement of country is
    # capitalised on purpose by Australian and Canadian outlets
    text = "An elder of the Tarvoni People, the islands' first inhabitants, spoke first."
    assert _caps(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvoni People's Party won the vote.",  # a party's name goes on
        "Members of the Tarvoni People's Movement marched.",
        "Tarvoni People met on Sunday.",  # no determiner: a group's own name
    ],
)
def test_people_opening_a_longer_name_stays(text):
    assert _caps(text) == []


def test_a_four_letter_peoples_adjective_in_an_is_read_too():
    # fresh_as's shape: a people of four letters ("the <Kvan> Songs"), its adjective before
    # lower-case nouns elsewhere in the text
    text = (
        "Few people sing the Kvan Songs today. A Kvan tower stands above the village, "
        "and Kvan polyphony is taught in one school."
    )
    assert _caps(text) == ["Songs"]


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Songs were sung at the wake. Ivan said so.",  # a given name
        "Flights on Oman Air resumed. Oman Air flights were full.",  # a place's firm
        "The Kvan Songs festival opened. Kvan said the hall was full.",  # a name alone
    ],
)
def test_four_letter_names_in_an_stay(text):
    assert _caps(text) == []


# A way of life after a people's adjective the text writes before lower-case nouns only
@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Zarmitan herders move their flocks twice a year. The festival is one of the "
            "main centres of Zarmitan Culture in the north, organisers said.",
            "Culture",
        ),
        (
            "The floods set the rhythm of Velozi Life. Each year Velozi families move to "
            "higher ground, and Velozi boats carry the cattle.",
            "Life",
        ),
        # the people as a whole
        (
            "Most of the boats belong to the Varnovan Minority, descendants of settlers who "
            "came by river. A Varnovan fisherman was among the passengers.",
            "Minority",
        ),
    ],
)
def test_a_way_of_life_after_a_peoples_adjective_hits(text: str, word: str) -> None:
    assert _caps(text) == [word]


@pytest.mark.parametrize(
    "text",
    [
        # the adjective written alone too: a place's name, which may head its own
        "Voters in Zarmitan went to the polls. The Zarmitan Culture ministry said turnout was low.",
        # a longer name
        "Velozi families met at the Velozi Life Centre, which Velozi elders run.",
        # a firm's, a station's or a troupe's word, not a way of life
        "The food company Zarmitan Food said sales rose 4% in the quarter, as Zarmitan "
        "farmers had expected.",
        "The radio station Zarmitan Music said it had been taken off the air, and Zarmitan "
        "families protested.",
        # a body the people's community names, a capital after it
        "The Varnovan Community Council met on Monday, and Varnovan fishermen attended.",
        # "community" heads bodies' names
        "Leaders of the Varnovan Community of Tarvel met the mayor. Varnovan fishermen have "
        "protested for a week.",
        "Ministers of the European Community met in 1985, and the Caribbean Community followed.",
    ],
)
def test_a_way_of_life_in_a_name_stays_quiet(text: str) -> None:
    assert _caps(text) == []
