"""word.glued: a run of names split before a word that opens a clause ("Iva|then") is only
offered, not applied, when punctuation follows: "then" before a comma opens no clause, so a
place's name in "-then" is as likely as a glue.  Before a verb the split is still applied
("Kim Myong Sikthen said").  A common name no dictionary classes ("Kenya") before a
noun is a glue only outside a person's name ("Judge Kenyaport Tamskar").  All names are
invented."""

import pytest

from tests.checks.rules.helpers import run

LEAD = "Snow cuts off mountain villages\n\nTARVEL, Varskia — Snow fell on Monday. "


def _glued(text: str) -> list[tuple[str, bool]]:
    return [(i.matched(text), i.safe) for i in run("word.glued", text)]


@pytest.mark.parametrize(
    ("sentence", "piece"),
    [
        ("In a village above the town of Dorsk Nath Ivathen, Seda Varnow, 67, spoke.", "Ivathen"),
        ("The road to Varsk Tol Irathen. Crews were out at dawn.", "Irathen"),
    ],
)
def test_a_clause_opener_before_punctuation_is_only_offered(sentence: str, piece: str) -> None:
    assert _glued(LEAD + sentence) == [(piece, False)]


def test_a_clause_opener_before_a_verb_is_still_applied() -> None:
    text = LEAD + "The minister Kim Myong Sikthen said the road was shut."
    assert _glued(text) == [("Sikthen", True)]


def test_a_place_like_head_inside_a_persons_name_is_not_split_by_itself() -> None:
    # "Kenya|port" before a surname: a given name, not a name glued to a noun
    text = LEAD + "Judge Kenyaport Tamskar of the provincial court ruled on Monday."
    assert [safe for _, safe in _glued(text)] in ([], [False])
    # before a lower-case word the same head and tail are a glue
    assert _glued(LEAD + "The Christmasseason opened on Monday.") == [("Christmasseason", True)]


@pytest.mark.parametrize(
    ("sentence", "piece"),
    [
        # a capital after the glue that is no surname of a run of names: a day, a name
        ("Shares fell in the Londonmarket Friday, traders said.", "Londonmarket"),
        ("After the Kenyaelection Ruto said he had won.", "Kenyaelection"),
    ],
)
def test_a_glue_before_a_capital_outside_a_run_of_names_is_still_applied(
    sentence: str, piece: str
) -> None:
    assert _glued(LEAD + sentence) == [(piece, True)]
