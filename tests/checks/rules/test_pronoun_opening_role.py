"""pronoun.gender: a role opening the sentence is the apposition of the name after its comma.

"The mayor of the municipality where the estate lies, Jonas Kelmani, said … He said"
(fresh_am): the role opening the sentence, closed by its first comma, is the name's own
apposition however long its phrase, not a second person.

Every name is invented; the given name "Jonas" is on copydesk's list."""

from __future__ import annotations

from tests.checks.rules.helpers import pronoun_issues


def test_a_long_role_opening_the_sentence_is_the_names_apposition():
    text = (
        "The mayor of the town where the estate lies, Jonas Kelmani, said the council had "
        "backed the plant. She said the ruling would be discussed at the next meeting."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "She"
