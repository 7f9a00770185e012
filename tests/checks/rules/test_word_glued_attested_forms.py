"""word.glued: a dateline's place in capitals ("VARNHOLT, Tarvelia —") attests the place, so
"Varnholtwas a small town" splits there as after a name written alone (fresh_bs's blind
run).  A possessive does not attest its name: "Haddad's office" beside "Yousef Haddadin"
says nothing of a glue (the review's Jordanian surname).  Every other name is invented."""

from copydesk.checks.rules.word._shared import word_counts
from tests.checks.rules.helpers import run


def _glued(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(i.matched(text), i.replacements[:1]) for i in run("word.glued", text)]


TOWN = (
    "Wool market to move\n\n"
    "VARNHOLT, Tarvelia — The council voted on Monday.\n\n"
    '"When the market was built, {0} a small town," the mayor said.'
)


def test_a_datelines_place_in_capitals_attests_the_place() -> None:
    assert _glued(TOWN.format("Varnholt was")) == []
    assert _glued(TOWN.format("Varnholtwas")) == [("Varnholtwas", ("Varnholt was",))]


def test_a_possessive_attests_no_name() -> None:
    text = (
        "Trade talks resume\n\n"
        "AMMAN, Jordan — Governor Sami Haddad's office said the talks would resume. Trade "
        "Minister Yousef Haddadin said the border would stay open."
    )
    assert _glued(text) == []


def test_word_counts_add_the_datelines_place() -> None:
    counts = word_counts("LE VARNE, Tarvelia — Orvask’s play and Orvask's book.")
    assert counts["Le"] == 1 and counts["Varne"] == 1 and counts["LE"] == 1
    assert counts["Orvask"] == 0
