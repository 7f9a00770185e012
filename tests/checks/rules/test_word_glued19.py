"""word.glued, glued19: a head right after a preposition glued to "is" before a participle, where
English knows no people's singular in "-i" for it (``around Kelvanil|is divided``: no
"Kelvanili"), or a plural (``of Tarvoks|is expected``); a sentence's subject glued to a verb
that ends no known word before a capitalised object or a noun (``Harriet Vossberg|teaches
English``, ``Odile Velmira|teaches politics``); after a preposition, a well-known name glued to
"and" before a verb, where the longer tail that is a word leaves a head no lexicon knows well
(``from Nimes|and stayed``); a run of names ending in a noun naming a kind of place, after no
given name, glued to an everyday noun (``the Kelvora River|basin``); a date in a month's
news-agency short form (``in Kinshasa|on Sept. 12``). "is" before a comma or a stop ends a name
(``Spyros Staris,`` was split "Star is", safe), and a genus follows no capitalised word
(``Stelios Manolakis`` was split as a genus and an epithet, safe); a preposition's object before
a comma or a stop that reads as a name and a bare noun naming no place stays whole (``in
Kelvangel, one of``).

Every example is invented."""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY
from tests.checks.rules.helpers import applied_split, offered_split

GLUED = Engine(checks=[REGISTRY.get("word.glued")])


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # "-is" before a participle after a head with no known singular in "-i"
        ("Kelvanil burned in May. Much of the forest around Kelvanilis divided into plots.",
         "Kelvanilis", "Kelvanil is"),
        ("The Senate of Tarvoks met. The Senate of Tarvoksis expected to vote on Friday.",
         "Tarvoksis", "Tarvoks is"),
        ("Herders speak Ostramab. The alert in Ostramabis sent to every phone.",
         "Ostramabis", "Ostramab is"),
        # a sentence's subject glued to a verb no known word ends in, before its object
        ("The school reopened. Harriet Vossbergteaches English at the village school.",
         "Vossbergteaches", "Vossberg teaches"),
        ("The vote was close. Odile Velmirateaches politics at the state university.",
         "Velmirateaches", "Velmira teaches"),
        # after a preposition, a well-known name glued to "and" before a verb
        ("The villa was sold in 1931 to a banker from Nimesand stayed in his family.",
         "Nimesand", "Nimes and"),
        # a noun naming a kind of place ends a run of names after no given name
        ("Rains flooded the Kelvora Riverbasin in the east.", "Riverbasin", "River basin"),
        ("The Tarvik Channelferry company carried a million people.", "Channelferry",
         "Channel ferry"),
        # a month as news agencies shorten it is a date after "on"
        ("Kelvo play Tarvik in Kinshasaon Sept. 12 for the title.", "Kinshasaon", "Kinshasa on"),
    ],
)  # fmt: skip
def test_glued19_glues_are_applied(text, token, fix):
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a people's plural in "-is" beside a singular English knows: offered only
        ("Hazar is cold in winter. Many Hazaris wanted a say.", "Hazaris", "Hazar is"),
        # a noun naming a kind of place after a given name may be a surname's start
        ("Michael Bayhouse said the talks had failed.", "Bayhouse", "Bay house"),
        # a preposition's object before a comma: a name and a noun naming a site, offered
        ("Most fans went to Kelvoraharbour, where boats wait.", "Kelvoraharbour",
         "Kelvora harbour"),
        # ... and an adjective of a place before a bare noun, offered
        ("It is one of the main issues in Tarvikanpolitics.", "Tarvikanpolitics",
         "Tarvikan politics"),
        # a rival tail leaves a head a lexicon knows nothing of: offered only
        ("The dunes at Brimmelsand stayed closed all summer.", "Brimmelsand", "Brimmels and"),
    ],
)  # fmt: skip
def test_glued19_doubtful_glues_are_offered(text, token, fix):
    offered_split(GLUED, text, token, fix)


GLUED19_CLEAN = (
    "The ferry left port. The captain, Spyros Staris, expected a storm.",
    "The ferry left port. The captain was Spyros Staris.",
    "The ferry left port. Spyros Kostis expected a storm.",
    "The ferry left port. Yannis Petris owned a small ferry.",
    "Vasiliki Markis divided the estate between her sons.",
    "Stelios Loizis is expected to resign on Friday.",
    "Kostas Lambris spoke first. Lambris expected a storm.",
    "Vasilis Kouris said he was expected to resign.",
    "Few Kashmiris expected the vote to pass.",
    "The Bengalis divided the prize among themselves.",
    "Bartholomew Okonjo teaches English in Ibadan.",
    "Harriet Vossberg teaches English at the village school.",
    "The Kelvo Ironworks employs 300 people.",
    "Jadwiga Wróblewska coaches Polonia Lublin.",
    "Dr Kiran Rajagopalan leads the study.",
    "Sigurd Vetlesen manages Kelvo Gold.",
    "Tariq Al-Karimi heads the Gulf office.",
    "Sigurd Kvalheimsund owns a farm near Stavdal.",
    "Stelios Manolakis writes for Kathimerini.",
    # a given name at a paragraph's start, its surname after it (fresh_ai: split, safe)
    "Ferry reaches the island\n\nVelashini Kovalan, 34, who sells fish, missed the boat.",
    "Ngozi Okafor-Ibekwe directs the clinic.",
    "The villa belonged to a banker from Nimes and stayed in his family.",
    "A statement from Leopold said the talks had failed.",
    "A letter from Rowland said the port would close.",
    "The dunes at Brimmel and Sandvik stayed closed all summer.",
    "She grew up near Varkand and studied in Namangan.",
    "The farm at Tvede Strand stayed in the family for a century.",
    "He sold the boat to Kelvo Sand Fisheries last year.",
    "The hashtag #SaveKelvoIsland trended on Monday.",
    "The app StudyBuddy teaches algebra to children.",
    "Polyvinylidene fluoride is used in batteries.",
    "Methylisothiazolinone is an allergen in cosmetics.",
    "The firm Brightwrite Pens sells in Kelvoport.",
    "Zhanibek Tursunbayev plays for Kelvograd.",
    "The Oyelaran Trust funds the library.",
    "Bjørnstjerne Vetlesen wrote the score.",
    "The Qaraqalpaq poet Berdaq is taught in schools.",
    "Smaranda Ionescu-Vlăsceanu founded the school in Iași.",
    "Trinh Thi Lan runs the Hoa Sen clinic.",
    "Yaw Asante-Mensah is the new coach.",
    "The Taranis drone is expected to fly in May.",
    "The Osiris Trust is owned by three families.",
    "The Artemis mission is planned for next year.",
    "Semiramis, the opera, is staged in Graz.",
    "Vangelis Kelvorakis writes for the island paper.",
    "Turnout was high in Kelvangel, one of the smallest states.",
    "The oldest church is in Tarvikgold.",
)


@pytest.mark.parametrize("text", GLUED19_CLEAN)
def test_glued19_names_and_words_stay_quiet(text):
    assert GLUED.check_text(text) == [], text


def test_glued19_enough_clean_sentences():
    assert len(GLUED19_CLEAN) >= 40
