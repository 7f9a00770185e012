"""pronoun.gender: the subject of a relative clause owns the possessive after its second verb.

"played by Orvel Varov, who falls for Ilse and then loses his nerve": the second verb's
subject is "who", Varov's character, so "his" may be his, not Ilse's.  A person of unknown
gender there is a rival, as one named after the antecedent is (fresh_aq's false alarm).  A
person of the antecedent's own gender there is no rival.

Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import pronoun_issues

_ILSE = (
    "Ilse, the heroine, carries water for a rich household because she must, and her "
    "father cannot work. She is played by Tarja Velde. "
)


def test_the_relative_clause_subject_is_a_rival_for_the_possessive():
    text = _ILSE + (
        "A subplot about the merchant's son, played by Orvel Varov, who falls for Ilse and "
        "then loses his nerve, takes up 40 minutes."
    )
    assert pronoun_issues(text) == []


def test_a_possessive_after_the_antecedent_and_no_second_verb_is_still_read():
    text = _ILSE + "Later Ilse loses his nerve and runs."
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "his"


def test_a_relative_subject_of_the_antecedents_gender_is_no_rival():
    text = _ILSE + (
        "A subplot about a neighbour, played by Anna Varnow, who falls for Ilse and "
        "then loses his temper, takes up 40 minutes."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "his"
