"""word.glued, glued16: a Spanish "Río" before "de la", a place with accents glued to
"neighbourhood" or "dams", a people's unseen plural before "had", a place before "for" and a
span of time, a demonym before a plural in "-ies"; a brand's one word in "-market" stays whole.

Every example is invented."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.fixer import fix_text
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import applied_split, only_issue

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a three-letter everyday Spanish word before "de", its article and a name
        ("Boats sail between the harbour and the Ríode la Venta each morning.", "Ríode",
         "Río de"),
        ("The ferry crossed the Ríode los Santos at dawn.", "Ríode", "Río de"),
        # a place no lexicon knows glued to a neighbourhood or to dams
        ("Many of them live in the Tepozcatlánneighbourhood, near the church.",
         "Tepozcatlánneighbourhood", "Tepozcatlán neighbourhood"),
        ("Power flows from the Marubá and Quenetádams to the coast.", "Quenetádams",
         "Quenetá dams"),
        # ... or to the hills, mountains, island, lake or forest it names
        ("Tea grows in the Marovelahills above the town.", "Marovelahills", "Marovela hills"),
        ("Boats reached the Kelvoraisland at dawn.", "Kelvoraisland", "Kelvora island"),
        ("Fires burned in the Karelmaforest for days.", "Karelmaforest", "Karelma forest"),
        # a people's plural English has not seen, before "had" and a participle
        ("He said Vanuatuanshad waited too long.", "Vanuatuanshad", "Vanuatuans had"),
        ("She said Grenadianshad waited long enough.", "Grenadianshad", "Grenadians had"),
        # a demonym before a plural in "-ies" is no company's name
        ("An analyst who follows East Africaneconomies said growth had slowed.",
         "Africaneconomies", "African economies"),
        # a place no lexicon knows before "for" and a span of time
        ("Power was cut at the centre at Molavengafor six hours on Sunday.", "Molavengafor",
         "Molavenga for"),
    ],
)  # fmt: skip
def test_glued16_splits_are_applied(text, token, fix):
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        # a noun of trade glued to a name, after "the" and before the noun it qualifies and
        # that noun's verb, is a brand's one word: offered, not applied
        ("The Asiamarket chain opened a store in town.", "Asia market"),
        ("The Asiamarket chain opened a store. Asia is a big region.", "Asia market"),
    ],
)
def test_glued16_brand_words_are_offered_not_applied(text, fix):
    issue = only_issue(GLUED, text)
    assert (issue.replacements[0], issue.safe) == (fix, False)


def test_glued16_lake_opens_the_next_name_after_and():
    # "Lake" before a name opens it: "and" is no ending of the name before ("Dorvand County")
    text = "Crews worked in Kelvington, Baton Kelvaand Lake Orrin on Monday."
    issue = only_issue(GLUED, text)
    assert (issue.matched(text), issue.replacements[0]) == ("Kelvaand", "Kelva and")


GLUED16_CLEAN = (
    "Hills and lakes surround the town of Tovala.",
    "The Kelvora Island ferry and the Ubrov Lake hotel reopened.",
    "Gombe State and Kebbi State declared a holiday.",
    "The Karelma Forest reserve is closed in winter.",
    "The Asiamart chain opened a store in Leeds.",
    "Shoppers at Eurobazaar found few bargains.",
    "The Fishmarket restaurant reopened on Friday.",
    "The Velmarket app lists stalls across the city.",
    "The Dockwharf project was approved.",
    "Residents of Tlalpán said the water was back.",
    "The mayor of Cañasgordas opened the bridge.",
    "Farmers near Itaguí harvested coffee in May.",
    "The boat reached Itajaí on Tuesday.",
    "A dam on the Yaguarón was finished in 1990.",
    "The Amsterdam office and the Dordrecht port both closed.",
    "She grew up in Zaandam and later moved to Schiedam.",
    "The village of Volendam welcomed the team.",
    "He spent a decade in Monnickendam before retiring.",
    "The painter Dorian Kellan lived in Milan.",
    "Adrian Sayan and Marian Okoth spoke at the forum.",
    "The Samoan delegation arrived late.",
    "The Tokelauan flag flew over the hall.",
    "Many Bahamians live in Nassau.",
    "The Tokelau government announced a new budget.",
    "Vanuatuans voted in record numbers.",
    "The shad run on the Delaware was early this year.",
    "Anglers caught shad and herring near the weir.",
    "The Ríos family owns a bakery.",
    "Her surname, Delarosa, is common in Texas.",
    "He studied at the Universidad de los Andes in Bogotá.",
    "The Río Grande flooded in 2010.",
    "Tourists visit the Plaza de la Constitución every summer.",
    "The Casa de la Música hosted the show.",
    "The team played at the Estadio de la Cerámica.",
    "Logroño hosted the tournament in 2019.",
    "The film premiered at the Festival de Cannes.",
    "Rui Faria joined the club in 2004.",
    "The Order of the Ostrebrog was founded in 1671.",
    "Cyclone Kelva hit Tokelau in 2004.",
    "The ship Kastellin sailed in 2004 from Hull.",
    "Coach Marco Antonin won the cup in 2012.",
    "He met Karpin two years ago.",
    "They met Lenin's grandson in Moscow.",
    "The Salford plant ran for six hours a day.",
    "The Telford office stayed open for nine hours.",
    "Staff at Pitlochry worked for ten hours.",
    "Southeast Asian economies grew faster than expected.",
    "East African farmers planted early.",
    "The Asian Development Bank lent the money.",
    "The Constitutional Court ruled on Friday.",
    "The Supreme Court halts executions rarely.",
    "Order of Kaspain and others were honoured.",
    "The word Courthalt is the name of a café.",
    "The brand Nordsouk sells rugs online.",
    "The Ecuadorian shave club met on Monday.",
    "The Vanuatuan shad fishery is small.",
    "The Fijian delegation had waited for hours.",
    "Bahamians had waited for news all night.",
    "The old Tepozcatlán neighbourhood is quiet.",
    "The Kelurá and Ostavá dams supply power.",
    "Southeast Asia markets fell on Monday.",
    "The Asia market is growing fast.",
    "She bought shares in Asiamundo and Eurohaus.",
    "The Bürgerhaus in Kassel hosted the meeting.",
    "The suburb of Thornlie grew fast.",
    "Lakeside suburbs flooded in March.",
    "Thousands live in the Kibera neighbourhood.",
    "He wrote a song called Rosadeluna.",
    "The Mar de la Venta resort filled up.",
    "The Sol de la Costa hotel was sold.",
)


@pytest.mark.parametrize("text", GLUED16_CLEAN)
def test_glued16_clean_sentences_stay_quiet(text):
    assert GLUED.check_text(text) == []


def test_glued16_the_clean_sentences_are_sixty_or_more():
    assert len(GLUED16_CLEAN) >= 60


@pytest.mark.parametrize(
    "text",
    [
        # review16b: a span of time an adverb closes ("two days later", "20 minutes into")
        # follows a name as readily as "for": a name ending in "-for" is not split safely
        "He came home from Trelanfor two days later.",
        "A header by Okevafor 20 minutes into the game won it.",
        "She moved away from Penmarfor three years ago.",
    ],
)
def test_glued16_a_name_in_for_before_a_closed_span_is_not_split_safely(text):
    assert all(not issue.safe for issue in GLUED.check_text(text))
    assert fix_text(GLUED, text).text == text


@pytest.mark.parametrize(
    "text",
    [
        # review16b: "-dam" ends names, and Dutch writes "of Schiedam" with an "-s": a known
        # name and its "-s" is no place glued to "dams"
        "The Schiedams Dagblad was sold in May.",
        "The Zaandams Dagblad folded in 1990.",
    ],
)
def test_glued16_a_known_name_in_dam_and_its_s_is_no_glue(text):
    assert GLUED.check_text(text) == []


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # review16b: "Forest", "Island" and "Hills" open a name as "Lake" does; the feature
        # nouns glued16 added do not make "and" before them a name's ending ("Dorvand County")
        ("Crews worked in Kelvington, Baton Kelvaand Forest Orrin on Monday.", "Kelvaand"),
        ("Buses ran between Kelvoraand Island Park on Sunday.", "Kelvoraand"),
        ("He moved from Bulawayoand Hills Corner to the capital.", "Bulawayoand"),
    ],
)
def test_glued16_forest_island_hills_open_the_next_name_after_and(text, token):
    issue = only_issue(GLUED, text)
    assert (issue.matched(text), issue.safe) == (token, True)


@pytest.mark.parametrize(
    "text",
    [
        # review16b: an article opens a noun phrase, which no preposition does: a lower-case
        # word after one that reads as a preposition and a word is a word of another language
        "Dancers performed the ondome, a harvest dance of the valley.",
        "She learned the intale from her grandmother as a girl.",
    ],
)
def test_glued16_no_preposition_glue_right_after_an_article(text):
    assert GLUED.check_text(text) == []
