"""word.glued: a name the text writes alone only in another form still attests it (fresh_bs's
blind run).  A possessive ("Orvask's play") counts its name, and a dateline's place in
capitals ("VARNHOLT, Tarvelia —") counts the place, so "Orvaskand staged" and "Varnholtwas
a small town" split there as after a name written alone.  Without either, a glue of an
unknown name and a small word stays unread.  Every name is invented."""

from copydesk.checks.rules.word._shared import word_counts
from tests.checks.rules.helpers import run


def _glued(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.matched(text), i.replacements[:1]) for i in run("word.glued", text)]


PLAY = (
    "A family's last olive pressing\n\n"
    "TARVEL, Varskia — Critics praised Orvask’s play on Monday. The play, written by Ilmar "
    "{0} by a young company, ran for two hours."
)
TOWN = (
    "Wool market to move\n\n"
    "VARNHOLT, Tarvelia — The council voted on Monday.\n\n"
    '"When the market was built, {0} a small town," the mayor said.'
)


def test_a_possessive_attests_its_name() -> None:
    assert _glued(PLAY.format("Orvask and staged")) == []
    assert _glued(PLAY.format("Orvaskand staged")) == [("Orvaskand", ("Orvask and",))]


def test_a_datelines_place_in_capitals_attests_the_place() -> None:
    assert _glued(TOWN.format("Varnholt was")) == []
    assert _glued(TOWN.format("Varnholtwas")) == [("Varnholtwas", ("Varnholt was",))]


def test_without_another_form_the_glue_stays_unread() -> None:
    text = PLAY.replace("Orvask’s", "the").format("Orvaskand staged")
    assert _glued(text) == []


def test_word_counts_add_the_other_forms() -> None:
    counts = word_counts("LE VARNE, Tarvelia — Orvask’s play and Orvask's book.")
    assert counts["Orvask"] == 2 and counts["Orvask’s"] == 1
    assert counts["Le"] == 1 and counts["Varne"] == 1 and counts["LE"] == 1
