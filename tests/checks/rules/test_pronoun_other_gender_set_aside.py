"""pronoun.gender: a candidate the text clearly gives the other gender is set aside.

"Isla Macpherson finished … ahead of the defending champion, Gordon Kerr. She needed only a
draw": two people named in the sentence before, so "She" cast no vote, and a woman whose
given name the list lacks kept too few votes for a later slip to be read (the report
pool's unlisted given names, 0.0 at seed 777).  Kerr is a man by his given name, so "She"
is a vote for the other.

Every name is invented but the listed "Gordon"; "Ngarvi" is not on the list."""

from __future__ import annotations

from copydesk.checks.rules.pronoun import _people as people
from tests.checks.rules.helpers import pronoun_issues

STORY = (
    "Ngarvi Varnow won the national title on Sunday, half a point ahead of the defending "
    "champion, Gordon Kerr. She needed only a draw in the last round.\n\n"
    '"I was shaking at the start," Varnow said afterwards.\n\n'
    "Varnow started playing at the age of seven, when her grandmother taught her the "
    "moves. {} joined a club a year later."
)


def test_the_other_gender_set_aside_leaves_one_person_to_vote_for():
    text = STORY.format("He")
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "He"


def test_the_story_as_written_is_clean():
    assert pronoun_issues(STORY.format("She")) == []


def test_a_companys_one_word_left_over_gets_no_vote():
    # "Tarvotram, who joined" makes the company a person to the reader of names; with the
    # woman set aside, the slip "he" once voted for the company, which then blocked it
    text = (
        "The chief executive of Tarvotram, who joined the company in 2023, said the trams "
        "had run without a fault.\n\nThe line adds three stops. Tarvotram's head of "
        "operations, Maria Varnow, said he expected about 12,000 more on weekdays."
    )
    analysis = people.analyse(text)
    company = {id(m.entity): m.entity for m in analysis.mentions if m.entity is not None}
    [tram] = [e for e in company.values() if e.name.startswith("Tarvotram")]
    assert tram.votes == {}
