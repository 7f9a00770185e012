"""pronoun.gender: a quotation of several sentences whose attribution comes after them
("“A shot is a good thing. A house is a better thing,” she said.") is one turn of its
speaker, as a quotation of one sentence is.  Its sentences count for no distance back to
the person named before it, and a paragraph it opens still belongs to the one before: the
attribution is read against that person, and votes for them (fresh_ce's Arviat nurse,
whose given name no list holds).  All names are invented."""

import pytest

from tests.checks.rules import helpers

_LEAD = "Clinic wins praise\n\nVARSK, Tarvelia — Officials met on Monday.\n\n"

FOUND = [
    # a listed given name, the quotation of two sentences in the next paragraph
    "Maria Ulayuk said the hamlet still needed more houses.\n\n“A shot is a good thing. A "
    "house is a better thing,” «he» said.",
    # ... and of three
    "Ilse Varnow said the road had been cut for a week.\n\n“We had an hour. Then the water "
    "came. Then the power went,” «he» said.",
    # an unlisted given name: the attribution's vote makes two against one
    "Zhanvera Tolkabek, the nurse in charge, said the nurses had visited every home. «He» "
    "said 94% of babies had received it.\n\nTolkabek said the center still sent 19 babies "
    "south. She said the hamlet needed more houses.\n\n“A shot is a good thing. A house is "
    "a better thing,” she said.",
]

QUIET = [
    "Maria Ulayuk said the hamlet still needed more houses.\n\n“A shot is a good thing. A "
    "house is a better thing,” she said.",
    "Zhanvera Tolkabek, the nurse in charge, said the nurses had visited every home. She "
    "said 94% of babies had received it.\n\nTolkabek said the center still sent 19 babies "
    "south. She said the hamlet needed more houses.\n\n“A shot is a good thing. A house is "
    "a better thing,” she said.",
    # someone unnamed may speak after two sentences of narration between
    "Maria Ulayuk said the hamlet still needed more houses. The council has not answered. "
    "Its members meet in May.\n\n“A shot is a good thing. A house is a better thing,” he "
    "said.",
]


@pytest.mark.parametrize("marked", FOUND)
def test_a_long_quotation_is_its_speakers_turn(marked):
    helpers.flags_only_the_mark("pronoun.gender", _LEAD + marked)


@pytest.mark.parametrize("text", QUIET)
def test_agreeing_or_unnamed_speakers_stay_quiet(text):
    assert helpers.pronoun_issues(_LEAD + text) == []
