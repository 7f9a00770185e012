"""word.glued, glued18: a place's name glued to "in" where the phrase around it makes the
token a place (after "a club in", "the village of", "beside the"), before a noun phrase or
another place (``the town of Korvattenin the far north``, ``beside the Old Palacein the
square``, ``to Santa Veldirain Manitoba``), and a name glued to "in" or "on" before a bare year at a
seam known words have (``on Kelvoin 2023``).  Names in "-in" as a fronted phrase's place
("In Kostrin the council voted"), before a time ("arrived in Kostrin the next day") or as a
person's ("the election of Volodin the same year"), and names before a year in a list or a
title, stay quiet; so does a given name and a surname in "-for" before what "for" never
takes ("Ayodele Nwafor in Enugu" was split "Nwa for", safe).

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
        # a known place glued to "in" before a noun phrase, in a phrase of place
        ("Tourists queued beside the Old Palacein the market square.", "Palacein",
         "Palace in"),
        ("Fishermen worked on the coast of Kelmer Bayin the shallow water.", "Bayin",
         "Bay in"),
        ("She grew up in the town of Orvietoin the hills above the lake.", "Orvietoin",
         "Orvieto in"),
        # ... or before a place
        ("Ferries sail from Évora to Setúbalin Portugal twice a day.", "Setúbalin",
         "Setúbal in"),
        ("He studied at the University of Trondheimin Norway.", "Trondheimin", "Trondheim in"),
    ],
)  # fmt: skip
def test_glued18_place_in_glues_are_applied(text, token, fix):
    applied_split(GLUED, text, token, fix)


@pytest.mark.parametrize(
    ("text", "token", "fix"),
    [
        # a head no lexicon knows: offered only
        ("Wolves roam the town of Korvattenin the far north.", "Korvattenin", "Korvatten in"),
        ("He trained with a team in Tavaretin the mountains.", "Tavaretin", "Tavaret in"),
        ("Her sister runs a shop in the town of Tarakhin eastern Ostrava.", "Tarakhin",
         "Tarakh in"),
        ("Trucks run from Tarvok to Santa Veldirain Manitoba every week.", "Veldirain",
         "Veldira in"),
        # ... and before a year at a seam known words have ("-rgin": margin)
        ("He moved to Kelvenborgin 1998.", "Kelvenborgin", "Kelvenborg in"),
        ("She last visited her mother on Kelvoin 2023.", "Kelvoin", "Kelvo in"),
    ],
)  # fmt: skip
def test_glued18_unknown_place_in_glues_are_offered(text, token, fix):
    offered_split(GLUED, text, token, fix)


GLUED18_CLEAN = (
    "In Kostrin the council voted to close the school.",
    "At a rally in Kostrin the mayor thanked the nurses.",
    "He arrived in Kostrin the next day.",
    "She moved to Varnin the following year.",
    "The fair opened in Brosselin this spring.",
    "Floods along the Chindwenin Ostmark forced thousands out.",
    "The strike in Tavarin the previous week cost millions.",
    "Police said that in Kostrin the roads were closed.",
    "And in Varnin the bakeries ran out of bread.",
    "After talks near Kostrin the two sides signed a truce.",
    "Tourists queued beside the old Kastrin. The guards waved.",
    "The election of Volodin the same year surprised many.",
    "Voters in Kostrin, the smallest town, backed the plan.",
    "The village of Kostrin lies near the border.",
    "Ilya Sobrykin 1998 is the title of her first film.",
    "Results: Ivan Karpin 2019, Oleg Lukin 2020, Pavel Zorin 2021.",
    "The Lublin 2030 strategy was published on Monday.",
    "Karpin won in 2019 and again in 2021.",
    "The Seraphin Trust gave money to the school.",
    "Dr Siddharth Venkatanarayan spoke in Madurai.",
    "She met Ayodele Ibekwe in Enugu in 2019.",
    "She met Ayodele Nwafor in Enugu in 2019.",
    "She met Ayodele Nwafor at the market on Monday.",
    "Ayodele Nwafor yesterday denied the report.",
    "The court heard from Chidi Nwafor and two other witnesses.",
    "The chef Théoline Barrault opened a bistro in Dijon.",
    "Mateusz Wróblewski scored in the first half.",
    "The singer Oyedokun Adebisi toured the north.",
    "Kofi Adjei-Kwarteng was born in Tamale in 1987.",
    "Dinara Zhakupova trained in Shymkent for the Games.",
    "Ngozi Nwachukwu visited the market in Onitsha.",
    "The poet Eirik Solheimsnes read in Ålesund.",
    "Tuğba Karaağaçlı won silver in the final.",
    "The firm Brightvolt opened a plant near the river.",
    "The app Kelvomart lists prices in every town.",
    "The hashtag #SaveTheValley trended in the north.",
    "Chlorobenzene and polyethylene were found in the soil.",
    "The router uses IPv6 and WireGuard in the lab.",
    "The band Moonshadowin played in the park.",
    "Sodium hypochlorite was stored in the shed.",
    "Engineers tested the Volkswagen ID.4 in the snow.",
    "Paracetamol and ibuprofen were sold in the shop.",
    "The drug, atorvastatin, is taken in the evening.",
    "Selin Kahraman met Ahmet Güzelin the next morning.",
    "The show at the Teatro Severin the whole summer sold out.",
    "A beluga, the dolphin and the porpoise swim in the bay.",
    "The village of Gorodkin the next week was evacuated.",
    "She lived in Lublin the rest of her life.",
    "He taught in Korvin the whole winter.",
    "The mayor said Ilya Sobrykin 2019 was a forgery.",
    "Workers in the Kostrin the plant employs went on strike.",
)


@pytest.mark.parametrize("text", GLUED18_CLEAN)
def test_glued18_names_and_words_stay_quiet(text):
    assert GLUED.check_text(text) == [], text


def test_glued18_enough_clean_sentences():
    assert len(GLUED18_CLEAN) >= 40
