"""pronoun.gender (pron26): a "he" or "she" that attributes the quotation opening its
paragraph ("“…,” she said.") is the one person the paragraph before names, so it counts as
one more pronoun of theirs, and one pronoun against two of the other gender is flagged; a
name right after a person's possessive ("Varkossi’s Tamburlaine") is what the person owns
or plays, no second person a pronoun could mean; nor is a person noun that names a person's
role in apposition ("Tavo Reyes, as the son,"), nor the same noun again.  All names are
invented."""

import pytest

from tests.checks.rules import helpers


def run(text: str):
    return helpers.run("pronoun.gender", text)


FOUND = [
    "The head of the harbour office, Xenavy Tholvanna, said she expected 9,000 passengers. "
    "«He» said the office would print the timetables.\n\n“A slow boat is a long stay,” she "
    "said. “That is good for the town.”",
    "The head of the harbour office, Xenavy Tholvanna, said «he» expected 9,000 passengers. "
    "She said the office would print the timetables.\n\n“A slow boat is a long stay,” she "
    "said. “That is good for the town.”",
    "Orvel Varkossi plays the lead. He has trained for years.\n\nVarkossi’s Tamburlaine is at "
    "his most dangerous when «she» is laughing, and he never shouts.",
    "Orvel Varkossi, as the son, has the harder part, and «she» plays it without making the "
    "son a villain. He loves his mother; he also has debts.",
    "Orvel Varkossi, as the son, has the harder part, and he plays it without making the "
    "son a villain. «She» loves his mother; he also has debts.",
]

QUIET = [
    # the paragraph before names two people: the quotation may be either's
    "The head of the harbour office, Xenavy Tholvanna, met Orvel Varkossi. She said the "
    "office would print the timetables.\n\n“A slow boat is a long stay,” he said.",
    # the paragraph before has a person noun: the quotation may be the skipper's
    "The head of the harbour office, Xenavy Tholvanna, said she expected 9,000 passengers. "
    "She said a skipper would print the timetables.\n\n“A slow boat is a long stay,” he said.",
    # a person noun other than the role: the sister is the "she"
    "Orvel Varkossi, as the son, has the harder part. He meets his sister, and she helps "
    "him. He loves his mother.",
    # the quotation does not open the paragraph: no continuation is read
    "The head of the harbour office, Xenavy Tholvanna, said she expected 9,000 passengers. "
    "She said the office would print the timetables.\n\nThe ferry was late. “A slow boat is "
    "a long stay,” he said.",
]


@pytest.mark.parametrize("marked", FOUND)
def test_quotation_speaker_or_possessed_name_lets_the_slip_show(marked):
    start = marked.index("«")
    text = marked.replace("«", "").replace("»", "")
    assert [i.offset for i in run(text)] == [start]


@pytest.mark.parametrize("text", QUIET)
def test_other_speakers_stay_quiet(text):
    assert run(text) == []
