"""pronoun.gender: a person noun inside a name's apposition is someone else.

"<Name>, a teacher at the school who taught the girl, said she had been a gifted pupil":
the girl is whom the "she" means.  The check that skips a noun repeating the apposition's
head ("Blagoj, a retired wrestling coach, … the coach's pride") matched the girl as that
head, since the apposition's own words run up to her, and so read her as the teacher:
the "she" was flagged.  The head must end before the noun.  Every name is invented."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import flagged_pronouns


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berger, a teacher at the school who taught the girl, said she had been a "
        "gifted pupil.",
        "Ana Ruiz, a doctor at the hospital who treated the boy, said he had lost a leg.",
        "Tomas Berger, a lawyer at the firm who represents the actress, said she would sue.",
    ],
)
def test_the_person_in_the_apposition_may_be_whom_the_pronoun_means(text: str) -> None:
    assert flagged_pronouns(text) == []


def test_the_apposition_head_repeated_later_is_still_the_named_person() -> None:
    # "the coach" after "Tomas Varkossi, a retired wrestling coach,": the same man, no
    # second person, so the "she" for him is flagged (tests/checks/rules/
    # test_pronoun_played_part.py has the part an actor plays)
    text = (
        "Tomas Varkossi, a retired wrestling coach, drove to the final in Skopje.\n\n"
        "The coach's pride was plain, and {0} said the title was the best of his life."
    )
    assert flagged_pronouns(text.format("he")) == []
    assert flagged_pronouns(text.format("she")) == ["she"]
