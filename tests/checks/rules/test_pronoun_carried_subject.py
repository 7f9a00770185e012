"""pronoun.gender: a "she" that goes on from a sentence about a man, and the evidence that
lets a paragraph carry on with the people of the one before.

An obituary of a drum maker: "…for him to travel to the forests where he had always found
his wood, and he bought timber from traders instead. She told visitors he did not like
wood he had not chosen himself" (fresh_au/fresh_ap shapes).  Three things kept the planted
"she" quiet: "the town, who would test new drums" made the town someone (a noun before
"who"), a place named in the paragraph's first sentence ("in northern Varsk") stopped the
paragraph from carrying on with the man named in the one before, and a sentence-opening
"She" had no subject before it to go on from.

Every name is invented."""

from __future__ import annotations

from tests.checks.rules.helpers import flagged_pronouns, pronoun_issues

OBITUARY = (
    "Tarvo Kelmani, a maker of drums played across the region, died on Saturday at his "
    "home in Tamsel. He was 79.\n\n"
    "Kelmani was born in 1946 near Tamsel and learned to carve from an uncle. He made his "
    "first drum at 15, he liked to say.\n\n"
    "Kelmani charged a month's wages for a drum. His workshop was a meeting place for "
    "musicians passing through the town, who would test new drums late into the night.\n\n"
    "In recent years, the conflict in northern Varsk made it hard for him to travel to the "
    "forests where {0} had always found his wood, and he bought timber from traders "
    "instead. {1} told visitors he did not like wood he had not chosen himself.\n\n"
    "His son said that his father had kept working until the week of his death."
)


def test_the_clean_obituary_raises_nothing():
    assert flagged_pronouns(OBITUARY.format("he", "He")) == []


def test_a_town_before_who_is_no_one_the_pronoun_may_mean():
    assert flagged_pronouns(OBITUARY.format("she", "He")) == ["she"]


def test_a_sentence_opening_she_goes_on_from_the_sentence_about_him():
    text = OBITUARY.format("he", "She")
    [issue] = pronoun_issues(text)
    assert text[issue.offset : issue.end] == "She"
    assert issue.replacements[0] == "He"
    assert "the sentence before calls “he”" in issue.message


def test_a_woman_named_just_before_may_be_the_one_who_told():
    text = OBITUARY.format("he", "She").replace(
        "His workshop was", "His niece Velna Kelmani said his workshop was"
    )
    assert flagged_pronouns(text) == []


def test_a_paragraph_opening_she_is_not_read_so():
    text = OBITUARY.format("he", "He").replace(
        "and he bought timber from traders instead. He told",
        "and he bought timber from traders instead.\n\nShe told",
    )
    assert flagged_pronouns(text) == []


def test_someone_named_in_the_paragraph_before_may_be_the_one_who_goes_on():
    # the review's false alarm: a partner whose given name says nothing of his gender
    text = (
        "Juice maker Ilse Varnow wins first export order\n\n"
        "TAMSEL — Ilse Varnow started pressing fruit in her mother's kitchen in 2009. Varnow "
        "now runs a plant that employs 40 people on the edge of Tamsel.\n\n"
        "Her business partner, Orvel Varov, handles the orchards and the trucks.\n\n"
        "Last month a supermarket chain signed a contract for 200,000 bottles. The contract "
        "will double her output this year. He has already leased 30 more hectares.\n\n"
        "Varnow said the first shipment would leave in March."
    )
    assert flagged_pronouns(text) == []


def test_a_possessive_alone_in_the_sentence_before_carries_no_subject():
    text = OBITUARY.format("he", "He").replace(
        "and he bought timber from traders instead. He told",
        "and his timber came from traders instead. She told",
    )
    assert flagged_pronouns(text) == []
