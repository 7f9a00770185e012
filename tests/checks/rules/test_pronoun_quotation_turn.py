"""pronoun.gender: a quotation of several sentences whose attribution comes after them
("“A shot is a good thing. A house is a better thing,” she said.") is one turn of its
speaker, as a quotation of one sentence is, after a paragraph that reports someone's words:
the turn is counted from the quotation's first sentence, so the people named before it stay
in view ("Maria Kassem fled … Her husband, Jonas, … “I dream about him. …,” she said.": the
first review's shape), and the attribution votes for the one person the paragraph before
names (fresh_ce's Arviat nurse, whose given name no list holds).  After narration the
speaker may be named after the quotation ("Jonas Berg's inn flooded.⏎⏎“We had an hour. …,”
she said, his neighbour Maria Lind": the second review's), so its sentences count as before.
A quotation that speaks of the one named before in the third person, when the paragraph
before reports no word of theirs, is someone else's ("Jonas Berg ran the inn for 30
years.⏎⏎“He never took a holiday,” she said, his widow"); after words that report their own
speech it is theirs, and a slip in its attribution shows.  All names are invented."""

import pytest

from tests.checks.rules import helpers

_LEAD = "Clinic wins praise\n\nVARSK, Tarvelia — Officials met on Monday.\n\n"

FOUND = [
    # a listed given name, the quotation of two sentences in the next paragraph
    "Maria Ulayuk said the hamlet still needed more houses.\n\n“A shot is a good thing. A "
    "house is a better thing,” «he» said.",
    # ... and of three
    "Ilse Varnow said the road had been cut for a week.\n\n“We had an hour. Then the water "
    "came. Then the power went,” «he» said.",
    # an unlisted given name: the attribution's vote makes two against one
    "Zhanvera Tolkabek, the nurse in charge, said the nurses had visited every home. «He» "
    "said 94% of babies had received it.\n\nTolkabek said the center still sent 19 babies "
    "south. She said the hamlet needed more houses.\n\n“A shot is a good thing. A house is "
    "a better thing,” she said.",
    # the person named before is reported speaking: the quotation is theirs
    "Maria Lind said the roads were worse than ever.\n\n“He has done nothing. He promised "
    "a bridge,” «he» said.",
    # a narrated quotation's sentences are no turn: the name after them is the antecedent
    "Ilse Varnow, the ward sister, said the nights were the hardest.\n\n“We are four for 40 "
    "beds. The doctor comes at six. Sometimes at seven.” A patient, Jonas Berg, said «she» "
    "had waited 11 hours.",
]

QUIET = [
    "Maria Kassem fled Orsk with her three children in March.\n\nHer husband, Jonas, stayed "
    "behind to guard the house. He has not called since May.\n\n“I dream about him. I wake "
    "up. I check the phone,” she said.",
    "Jonas Berg's inn flooded on Monday night.\n\n“We had an hour. Then the water came. "
    "Nothing was left,” she said, his neighbour Maria Lind.",
    "Judge Jonas Feldt heard the case on Tuesday.\n\n“I am sorry. I was afraid,” she told the "
    "court. Maria Olt, 34, was sentenced to six years.",
    "Jonas Berg ran the inn for 30 years.\n\n“He never took a holiday, not one,” she said, his "
    "widow, Maria Berg, 79.",
    "Jonas Berg, 19, died in the crash on Route 9.\n\n“He was my only son. He was going to be "
    "a nurse,” she said.\n\nMaria Berg has started a petition for a speed camera.",
    "Maria Ulayuk said the hamlet still needed more houses.\n\n“A shot is a good thing. A "
    "house is a better thing,” she said.",
    "Zhanvera Tolkabek, the nurse in charge, said the nurses had visited every home. She "
    "said 94% of babies had received it.\n\nTolkabek said the center still sent 19 babies "
    "south. She said the hamlet needed more houses.\n\n“A shot is a good thing. A house is "
    "a better thing,” she said.",
    # someone unnamed may speak after two sentences of narration between
    "Maria Ulayuk said the hamlet still needed more houses. The council has not answered. "
    "Its members meet in May.\n\n“A shot is a good thing. A house is a better thing,” he "
    "said.",
]


@pytest.mark.parametrize("marked", FOUND)
def test_a_long_quotation_is_its_speakers_turn(marked):
    helpers.flags_only_the_mark("pronoun.gender", _LEAD + marked)


@pytest.mark.parametrize("text", QUIET)
def test_agreeing_or_unnamed_speakers_stay_quiet(text):
    assert helpers.pronoun_issues(_LEAD + text) == []
