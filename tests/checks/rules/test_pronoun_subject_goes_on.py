"""pronoun.gender: what does not block the pronoun of a sentence's subject.

- "Mohamed Jaziri represents Sfax. She said…" (fresh_h): one word after the subject, which
  nothing shows is a person's name, blocked the subject's slip as a person of unknown
  gender; the subject goes on into the next sentence's opening pronoun.
- "The mayor of the municipality where the estate lies, Joaquim Piteira, said … He said"
  (fresh_am): the role opening the sentence, closed by its first comma, is the name's own
  apposition however long its phrase, not a second person.

Every name is invented; the given name "Jonas" is on copydesk's list."""

from __future__ import annotations

from tests.checks.rules.helpers import pronoun_issues


def test_one_word_after_the_subject_does_not_block_the_next_sentences_pronoun():
    text = (
        "The budget was passed on Monday.\n\nJonas Tamberg represents Varsk. She said many "
        "families would pay more for bread."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "She"


def test_a_name_in_full_after_the_subject_still_blocks():
    # "Ilse Varnow" may be the "she": a person met there is named in full
    text = (
        "The budget was passed on Monday.\n\nJonas Tamberg met Ilse Varnow. She said many "
        "families would pay more for bread."
    )
    assert pronoun_issues(text) == []


def test_a_long_role_opening_the_sentence_is_the_names_apposition():
    text = (
        "The mayor of the town where the estate lies, Jonas Kelmani, said the council had "
        "backed the plant. She said the ruling would be discussed at the next meeting."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "She"
