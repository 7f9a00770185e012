"""word.glued: a surname glued to "said" before "was" or "is" is split when the text writes
the surname alone elsewhere: "which Kyomugisha said was her mother's recipe" reports a
relative clause's verb, so "was" is no second finite verb that makes the token a subject's
name.  Outside a relative clause ("Ahmed Bousaid was"), or with a head the text never writes
alone, the token stays whole (invented names); so it does where it is the subject of "was"
("Karim Abusaid was coaching"): "said was" never opens a clause."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import run

LEAD = (
    "Dairy profit doubles\n\nVARSK, Tarvelia — Grace Kyomugisha runs a dairy. Kyomugisha said "
    "sales rose.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "It sells a ghee made with spices, which Kyomugishasaid was her mother's recipe.\n",
        "The recipe, which Kyomugishasaid is the oldest, sold well.\n",
        # a clause's head opening the sentence ("What Orlov said was true")
        "What Kyomugishasaid was true, the court found.\n",
        "Everything Kyomugishasaid was recorded.\n",
        "Much Kyomugishasaid was new to the court.\n",
    ],
)
def test_split_after_a_surname_written_alone(sentence: str) -> None:
    text = LEAD + sentence
    (issue,) = run("word.glued", text)
    assert issue.matched(text) == "Kyomugishasaid"
    assert issue.replacements[0] == "Kyomugisha said"
    assert issue.safe


@pytest.mark.parametrize(
    "text",
    [
        # a head the text never writes alone
        "The coach, Marian Wessellsaid was the best, left the club in June.\n",
        # after a given name, not a relative word: a surname ending in "said"
        "The mine at Bou Saada reopened on Monday. Ahmed Bousaid was its director.\n",
        "The Kipropsaid was a rumor, officials said. Kiprop won the race.\n",
        # the subject of "was", after a given name or opening the sentence, even where a
        # part of the name ("Abu") is a word the lists know
        "The club hired a coach in May. Karim Abusaid was coaching the under-12 team.\n",
        "The club hired a coach in May. Abusaid was coaching the under-12 team.\n",
        "The club hired a coach in May. Abusaid is coaching the under-12 team.\n",
    ],
)
def test_no_split_outside_a_relative_clause(text: str) -> None:
    assert run("word.glued", text) == []


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("Mediareports were denied by the ministry on Monday.\n", "Media reports"),
    ],
)
def test_a_noun_of_saying_at_the_subject_is_still_split(text: str, fix: str) -> None:
    (issue,) = run("word.glued", text)
    assert issue.replacements[0] == fix
