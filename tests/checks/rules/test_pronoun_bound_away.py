"""pronoun.gender: a pronoun inside the relative clause that describes a person is someone else.

"Prof. <Name>, a historian who worked with her for many years, said her recordings were…"
in a woman's obituary: both "her" voted for the historian, who then "said" as "he" and was
flagged (fresh_ar's false alarm on clean text).  No one is described as working with
herself: an object pronoun in the relative clause of a name's apposition, and a pronoun
of its gender after it in that sentence, are no vote for the name.

Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import pronoun_issues

OBITUARY = (
    "Rehana Tarnow, who recorded the memories of the valley, died on Monday. She was 85.\n\n"
    "Her daughter, Dr. Ilse Tarnow, said her mother had died after a stroke. Tarnow was "
    "buried on Wednesday.\n\n"
    "Prof. Ngarvi Varnek, a historian who worked with her for many years, said her "
    "recordings were among the most important sources for the period.\n\n"
    '"The archives tell you how many soldiers," {} said. "Her tapes tell you what it felt '
    'like."'
)


def test_a_pronoun_in_the_relative_clause_of_a_names_apposition_is_no_vote():
    assert pronoun_issues(OBITUARY.format("he")) == []


def test_the_speakers_own_pronoun_outside_the_clause_still_votes():
    text = (
        "Prof. Ngarvi Varnek, a historian who taught at the school, said his recordings were "
        "important. Varnek said he had kept them at home. She said they would go to a museum."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "She"
