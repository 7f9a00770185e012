"""word.glued: a well-known name glued to "is" or "are" before a verb's -ing form
("Lisbonis looking", fresh_au's shape) splits safely; names ending in "-is" after a
head no list knows stay whole.  A demonym glued to "mountain" before a place's kind
splits too ("a Kenyanmountain town", fresh_at's): "mountain" is a feature noun, as
"mountains" was.  A demonym's plural glued to a short preposition before a determiner
splits safely ("Hungarianson the night shift", fresh_af's shape): no noun ("Hungarian son") stands
before "the", and no family name is built on a demonym.  Invented names but for
well-known places."""

import pytest

from tests.checks.rules.helpers import glued_splits


@pytest.mark.parametrize(
    ("text", "piece", "split"),
    [
        (
            "Within an hour a forecaster in Lisbonis looking at what you sent.",
            "Lisbonis",
            "Lisbon is",
        ),
        ("Officials say Portugalis preparing a bid for the games.", "Portugalis", "Portugal is"),
    ],
)
def test_a_known_name_glued_to_is_before_an_ing_form_splits(text, piece, split):
    assert glued_splits(text) == [(piece, split, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Kostis looking tired, the coach said, after the final.",  # a name in "-is"
        "A forecaster in Tarvelis looking at the charts said so.",  # an unknown head
        "Crowds in Lisbonis building up outside the stadium.",  # "building" is a noun too
        # after "with" or a verb, a surname in "-is" ("Pavilionis", "Rubenis")
        "The committee, with Pavilionis chairing the session, approved the bill.",
        "A video showed Rubenis shouting at the referee after the match.",
        "Fans watched Rafaelis dancing at the party on Saturday.",
    ],
)
def test_names_in_is_stay_whole(text):
    assert glued_splits(text) == []


def test_a_demonym_glued_to_mountain_before_a_place_kind_splits():
    text = "Pilgrims filled the churches of a Kenyanmountain town for Christmas."
    assert glued_splits(text) == [("Kenyanmountain", "Kenyan mountain", True)]


def test_a_demonyms_plural_glued_to_a_preposition_before_the_splits():
    text = "Farm workers, most of them Hungarianson the night shift, went on strike."
    assert glued_splits(text) == [("Hungarianson", "Hungarians on", True)]


def test_the_part_of_a_double_surname_after_its_hyphen_is_not_offered():
    # "Ernest Varsk-Wolfhide": a double surname's second part, written whole (fresh_aw's
    # clean-text false alarm); a safe split there would still apply
    text = "One of the regulars was Ernest Varsk-Wolfhide, a miner, who crossed twice a day."
    assert glued_splits(text) == []


def test_a_place_after_at_is_no_genus_and_epithet():
    # "at Varnatanai,": a place's name, not a genus glued to a Latin epithet (fresh_av's
    # clean-text fix edit)
    text = "She ran the health centre at Varnatanai, in the south of the island, for years."
    assert [s for _, _, s in glued_splits(text) if s] == []


def test_a_name_glued_to_a_bare_singular_before_a_stop_is_only_offered():
    # "said her manager, Grace Tangasong.": "Tanga song." is no English; a surname in
    # "-song" is a name (fresh_av's clean-text fix edit)
    text = "Most votes came from women, said her campaign manager, Grace Tangasong. She smiled."
    assert [s for _, _, s in glued_splits(text) if s] == []
