"""pronoun.gender: one "he" and one "she" in a sentence, read by the person's other votes.

"The accountant, Ngarvi Tamsel, told the court that she … Tamsel said he had kept copies of
every email in her kitchen drawer": the tie's first pronoun, the slip, used to vote and
silence "her", so the person had one vote each way and the slip went unread (fresh_l at
seed 20261301).  Once a first round has voted, the tie's second pronoun wins when the
first's person has votes from other sentences of the second's gender only, and no one
else the first may mean is named from the paragraph before on (a review's false alarm:
"Orvel Brask denies stalking. … Tamsel said he had followed her home").

Every name is invented; of the given names only "Maria" and "Tomasz" are on copydesk's list."""

from __future__ import annotations

from tests.checks.rules.helpers import pronoun_issues


def test_the_first_of_a_tie_is_the_slip_when_the_other_votes_agree_with_the_second():
    text = (
        "Ngarvi Tamsel, an accountant at the shipyard, said she had raised questions about "
        "the invoices. Tamsel said he had kept copies of every email in her kitchen drawer."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "he"


def test_a_tie_after_an_attribution_is_read_the_same_way():
    text = (
        "The playwright Orvel Tamsel grew up near Varsk and has said the story draws on his "
        "own family. She wrote the first draft in 2019 and rewrote it, he said in a note."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "She"


def test_a_tie_whose_first_agrees_with_the_other_votes_keeps_the_first():
    # the votes elsewhere are "he": the tie's "he" stands, and "her" is the one queried
    text = (
        "Ngarvi Tamsel, an accountant at the shipyard, said he had raised questions about "
        "the invoices. Tamsel said he had kept copies of every email in her kitchen drawer."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "her"


def test_someone_else_named_before_may_be_the_first_of_the_tie():
    # "he" is Brask, whom Tamsel accuses: a woman reporting what a man did to her
    text = (
        "Orvel Brask, 41, denies stalking. Ngarvi Tamsel told the court she had ended their "
        "relationship in March. Tamsel said he had followed her home twice in April."
    )
    assert pronoun_issues(text) == []


def test_someone_named_in_the_paragraph_before_may_be_the_second_of_the_tie():
    # "his" is the obituary's subject's, named in the paragraph before: "She" stays hers
    text = (
        "Tomasz Varnek, who built accordions for 60 years, has died at 88.\n\n"
        "Varnek trained more than 200 apprentices.\n\n"
        "The guild's president, Maria Tamsel, said the town would mourn. She said his "
        "first accordion would be shown at the museum.\n\n"
        "Tamsel went on. His wife of 58 years died in 2020."
    )
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "His"


REVIEW = (
    'Review: "Kotva," a family saga in two languages, fills Tamsel’s Varsk Theatre\n\n'
    'A house on the Orsa River and a dispute over land: the material of "Kotva," the new '
    "play by Tarvo Kelmani, could have made a dutiful drama.\n\n"
    "The play, which opened on Saturday at Varsk Theatre in Tamsel and continues until "
    "December 20, is performed in English and Velnic, with surtitles.\n\n"
    "Kelmani, 38, grew up near Velna, a small settlement on the river also known as "
    "Velnahama, and has said the story draws on his own family's long fight over a block of "
    "land taken by the Crown in the 19th century. {} wrote the first draft in 2019 and "
    'rewrote it, he said in a programme note, "at least 11 times."'
)


def test_places_named_in_the_paragraph_before_are_no_one_the_tie_may_mean():
    # fresh_k's review: a theatre the headline names after a possessive, so a name a person
    # may bear, stood the rule aside where the body names it after "at"
    assert pronoun_issues(REVIEW.format("He")) == []
    text = REVIEW.format("She")
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "She"


def test_a_person_named_in_the_paragraph_still_stands_the_rule_aside():
    text = REVIEW.format("She").replace("grew up near Velna", "grew up with Ilse Varnow near Velna")
    assert pronoun_issues(text) == []
