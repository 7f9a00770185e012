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


def test_the_relative_the_paragraph_is_about_may_be_the_bare_surname():
    # review's false alarm: the daughter, named in full, opens the story's news, and "Ben
    # Salvar said she" may be hers, as a one-word surname's would be
    text = (
        "Lawyer enters race for mayor of Varsk\n\n"
        "VARSK, Tarvelia — Karim Ben Salvar, a former fisheries minister, was a fixture of "
        "Varsk politics for three decades.\n\n"
        "His daughter, Leila Ben Salvar, a human rights lawyer, announced on Monday that she "
        "would run for mayor.\n\n"
        "Ben Salvar said she would focus on housing and the harbour."
    )
    assert flagged_pronouns(text) == []
