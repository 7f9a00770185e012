"""pronoun.gender: a person introduced by role and named later in apposition to the same
noun ("A ministry doctor … The doctor, Ana Ruiz, said") is one person, so the earlier noun is
no rival for a pronoun after the name.  All names are invented."""

import pytest

from tests.checks.rules import helpers


def run(text: str):
    return helpers.run("pronoun.gender", text)


FOUND = [
    "A ministry doctor at one of the tents, who treated pilgrims all morning, said most had "
    "fasted. The doctor, Maria Keller, said «he» had asked the organisers for water points.",
    "A union official who attended the talks said the offer was poor. The official, Jonas "
    "Brandt, said «she» had asked the employers for a better one.",
]

QUIET = [
    # someone else of that role
    "A ministry doctor at one of the tents said most had fasted. The nurse, Maria Keller, "
    "said he had asked for water.",
    # the earlier noun is another person of the pronoun's gender
    "A ministry doctor said most had fasted. A nurse, Maria Keller, said he had asked for water.",
    # the pronoun agrees
    "A ministry doctor at one of the tents said most had fasted. The doctor, Maria Keller, "
    "said she had asked for water.",
]


@pytest.mark.parametrize("marked", FOUND)
def test_role_named_later_leaves_no_rival(marked):
    start = marked.index("«")
    text = marked.replace("«", "").replace("»", "")
    assert [i.offset for i in run(text)] == [start]


@pytest.mark.parametrize("text", QUIET)
def test_another_role_or_agreement_stays_quiet(text):
    assert run(text) == []
