"""pronoun.gender: the dateline's town is a place, not a person of unknown gender.

"TØNDER, Denmark — …" names the town in capitals; where the text later writes it as a
name opening a sentence ("Tønder itself is known for its lace"), it is no one a pronoun
could mean, so it does not stand between a woman named before it and a stray "he" after it
(a fresh_cz hold-out miss).  Only the text's first line that opens with capitals and goes on
with a country or an agency, a dash and words is its dateline (not a results list's
"KESMARU, Merevi (Green) — 4,210"), and a name the text has speak is a person's ("Varnholt
said he was at sea").  Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import pronoun_issues

_STORY = (
    "{line}The council elected a former midwife as mayor on Thursday.\n\n"
    "Sidsel Ravnkildemo, 58, won by three votes. She will serve until 2029.\n\n"
    "Varnholt itself is known for its lace-making tradition and its marshes.\n\n"
    "Ravnkildemo grew up on a farm and worked for 24 years at hospitals in the region "
    "before he was elected to the council in 2017. She has chaired its school committee "
    "since 2022.\n"
)


def _flagged(line: str) -> list[str]:
    text = _STORY.format(line=line)
    return [text[i.offset : i.end] for i in pronoun_issues(text)]


def test_the_towns_name_after_its_dateline_stops_no_pronoun() -> None:
    assert _flagged("VARNHOLT, Denmark — ") == ["he"]


def test_a_dateline_with_an_agency_names_a_town_too() -> None:
    assert _flagged("VARNHOLT (AP) — ") == ["he"]


def test_a_capitalised_line_that_is_no_dateline_makes_no_place() -> None:
    # no country or agency after the capitals: a name of unknown kind, as before
    assert _flagged("VARNHOLT — ") == []


def test_a_person_who_speaks_by_the_towns_name_is_no_place() -> None:
    # a one-name person called as the town is ("Bima said", the review's probe)
    text = (
        "VARNHOLT, Denmark — A storm hit the coast on Monday.\n\n"
        "A midwife at the clinic, Ratna Kesumawadi, said she treated 40 people in the first "
        "hour. She said the clinic ran out of bandages by noon.\n\n"
        "Varnholt said he was at sea when the storm hit. He said his house was gone.\n"
    )
    assert [text[i.offset : i.end] for i in pronoun_issues(text)] == []


@pytest.mark.parametrize("clause", ["estimated he had lost", "lost his boat and"])
def test_a_person_a_pronoun_follows_by_the_towns_name_is_no_place(clause: str) -> None:
    # "Bima lost his boat": the name is a person's (the third review's probes)
    text = (
        "VARNHOLT, Denmark — A storm hit the coast on Monday.\n\n"
        "A midwife at the clinic, Ratna Kesumawadi, said she treated 40 people in the first "
        "hour. She said the clinic ran out of bandages by noon.\n\n"
        f"Varnholt {clause} half his nets. He said his house was gone.\n"
    )
    assert [text[i.offset : i.end] for i in pronoun_issues(text)] == []


def test_a_results_line_is_no_dateline() -> None:
    # "SURNAME, Given (Party) — 4,210": a figure after the dash (the review's probe)
    text = (
        "Final results for the ward, as announced by the returning officer:\n\n"
        "KESMARU, Merevi (Green) — 4,210\nONDOTERA, Tavita (Labour) — 4,198\n\n"
        "Merevi Kesmaru, a retired midwife, said she would ask for no recount. She said the "
        "margin was clear.\n\nOndotera said he would not challenge the result.\n"
    )
    assert [text[i.offset : i.end] for i in pronoun_issues(text)] == []
