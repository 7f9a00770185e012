"""pronoun.gender: a relative who shares the subject's surname does not take the bare surname
over, when the surname is of two words too ("Hamadi Ben Tarvel … His granddaughter, Sonia Ben
Tarvel … Ben Tarvel went to sea": the subject, so a "She" after it is the slip).  Names are
invented."""

from tests.checks.rules.helpers import flagged_pronouns

OBITUARY = (
    "Hamadi Ben Tarvel, fisherman of Varsk, dies at 91\n\n"
    "VARSK, Tarvelia — Hamadi Ben Tarvel, a fisherman who set clay pots for octopus for six "
    "decades, died on Friday at his home. He was 91.\n\n"
    "His granddaughter, Sonia Ben Tarvel, said he died peacefully. He was buried the same "
    "afternoon.\n\n"
    "Ben Tarvel went to sea at the age of 9 with his father and fished until he was well into "
    "his 70s. {pronoun} specialized in octopus."
)


def test_the_bare_two_word_surname_is_the_subjects():
    assert flagged_pronouns(OBITUARY.format(pronoun="She")) == ["She"]
    assert flagged_pronouns(OBITUARY.format(pronoun="He")) == []
