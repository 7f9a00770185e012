"""pronoun.gender: a relative named in a name's own "whose" clause ("Harlan Voss, 64, whose
wife, Jolene, had a stroke") leaves the name the one its sentence is about: a "he" in the
next sentence may be his, though the text gives him no gender yet (fresh_ca's blind run).
Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns

LEAD = (
    "Council votes to pay ambulance crews\n\nVARSK, Tarvel — The council voted on Monday to "
    "pay its ambulance crews.\n\n"
)


def test_a_pronoun_after_a_whose_clause_may_be_the_names() -> None:
    text = LEAD + (
        "Among those who spoke was Orvel Varkossi, 64, whose wife, Ilse, had a stroke at the "
        "family's farm in March. He said it took 47 minutes for an ambulance to arrive."
    )
    assert flagged_pronouns(text) == []
