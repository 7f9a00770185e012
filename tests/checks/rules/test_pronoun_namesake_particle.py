"""pronoun.gender: a relative who shares the subject's surname does not take the bare surname
over, when the surname is of two words too ("Hamadi Ben Tarvel … His granddaughter, Sonia Ben
Tarvel … Ben Tarvel went to sea": the subject, so a "She" after it is the slip).  Names are
invented."""

from copydesk.checks.rules.pronoun._people import analyse
from tests.checks.rules.helpers import flagged_pronouns, pronoun_issues

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


def test_a_husband_named_as_whom_she_married_is_a_relative_too():
    """fresh_s's false alarm: "she married the island's lighthouse keeper, Aleksander
    Laanemets" took the bare surname over from the obituary's subject, who then was no
    article's subject, and a later "Her granddaughter" was flagged.  Whom she married is a
    relative who shares her surname, as "His daughter, <Name>" is."""
    text = (
        "Ilse Tamberg, lighthouse keeper of Varsk, dies at 91\n\n"
        "VARSK, Tarvelia — Ilse Tamberg, who kept the lighthouse for 27 years, died on "
        "Thursday. She was 91.\n\n"
        "In 1961 she married the island's lighthouse keeper, Orvel Tamberg. After his death "
        "she applied for his post.\n\n"
        "Tamberg kept logbooks of every ship."
    )
    people = {e.name: e for e in (m.entity for m in analyse(text).mentions) if e is not None}
    assert people["Orvel Tamberg"].relative
    assert not people["Ilse Tamberg"].relative


def test_a_name_far_past_the_verb_of_marrying_is_no_relative():
    text = (
        "Ilse Tamberg, lighthouse keeper of Varsk, dies at 91\n\n"
        "VARSK, Tarvelia — Ilse Tamberg, who kept the lighthouse for 27 years, died on "
        "Thursday. She was 91.\n\n"
        "In 1961 she married and moved to the island, where the keeper, Orvel Tamberg, "
        "trained her."
    )
    people = {e.name: e for e in (m.entity for m in analyse(text).mentions) if e is not None}
    assert not people["Orvel Tamberg"].relative


def test_a_relatives_possessive_is_the_namesakes_whoever_was_named_last():
    """After review: "Her granddaughter, <Name Varnow>" after a man is quoted is the
    granddaughter of the Varnow the text made a woman, not the man's."""
    text = (
        "Lighthouse keeper Ilse Varnow dies at 91\n\n"
        "VARSK, Tarvelia — Ilse Varnow, who kept the lighthouse at Varsk for 27 years, has "
        "died. She was 91.\n\n"
        "Her son, Orvel Varnow, said she had been in hospital since October.\n\n"
        "The museum's director, Jonas Tarvel, said the archive would be scanned. He said "
        "readers would be able to search it by ship.\n\n"
        "{} granddaughter, Kelvari Varnow, described her as a strict and funny woman."
    )
    assert flagged_pronouns(text.format("Her")) == []
    assert flagged_pronouns(text.replace("Kelvari Varnow", "Kelvari Tamsk").format("Her")) == [
        "Her"
    ]


# fresh_ck's blind run: the relative's kin noun in apposition after the name, then a
# second apposition ("a retired farmer who …") that is the same man's, not another person.
_FATHER = (
    "Teacher elected mayor of Varsk\n\n"
    "VARSK, Tarvelia — Rahel Tamberg won the mayor's race on Sunday by 71 votes.\n\n"
    "Tamberg said she had not expected to win.\n\n"
    "Among those who waited for the count was Anton Tamberg, the mayor-elect's father, a "
    "retired dairy farmer who kept cows above the village for four decades. {} said his "
    "daughter had learned to argue at his kitchen table.\n\n"
    "Tamberg said she would present a plan in February."
)


def test_a_kin_noun_in_apposition_makes_a_namesake_relative():
    people = {e.name: e for e in (m.entity for m in analyse(_FATHER.format("He")).mentions) if e}
    assert people["Anton Tamberg"].relative
    assert not people["Rahel Tamberg"].relative


def test_the_relatives_second_apposition_is_his_own():
    assert flagged_pronouns(_FATHER.format("She")) == ["She"]
    assert flagged_pronouns(_FATHER.format("He")) == []


def test_a_kin_noun_inside_a_longer_phrase_makes_no_relative():
    text = _FATHER.replace("the mayor-elect's father, a", "a farmer whose daughter won, a")
    people = {e.name: e for e in (m.entity for m in analyse(text.format("He")).mentions) if e}
    assert not people["Anton Tamberg"].relative


def test_a_bare_surname_after_a_namesake_of_the_pronouns_gender_votes_for_no_one():
    # the review: "Tamberg said he" right after the father came on stage may be his, so it
    # is no vote that hides the slip in the daughter's earlier "he"
    text = (
        "Teacher elected mayor\n\n"
        "VARSK, Tarvelia — Rahel Tamberg won the mayor's race in Varsk on Sunday by 71 "
        "votes.\n\n"
        "Tamberg, a teacher, said he had not expected to win.\n\n"
        "Anton Tamberg, her father, drove in from the farm for the count. Tamberg said he "
        "had voted at dawn."
    )
    assert [i.offset for i in pronoun_issues(text)] == [text.index("he had not")]


def test_a_second_apposition_in_a_list_is_someone_else():
    # the review: "a farmer" in a list of members is another person, who may be the "He"
    text = (
        "Council names valley panel\n\n"
        "VARSK, Tarvelia — The council named its valley panel on Monday.\n\n"
        "It includes Ilse Marten, the mayor, a farmer, two nurses and her sister.\n\n"
        "He will represent the valley's farms, the council said."
    )
    assert flagged_pronouns(text) == []


def test_a_relative_of_the_pronouns_gender_may_be_the_she_after_the_subjects_sentence():
    # the reviews: the widow, named in the paragraph before, is the one who said so; the
    # article's subject keeps the bare surname in its own sentence only
    text = (
        "Farmer dies at 88\n\n"
        "VARSK, Tarvelia — Jonas Varnow died on Friday at 88.\n\n"
        "Varnow farmed above Varsk for 60 years.\n\n"
        "Ana Varnow, his widow, will keep the farm.\n\n"
        "Varnow built the barn himself in 1962. She said he had cut every beam by hand."
    )
    assert flagged_pronouns(text) == []
    assert flagged_pronouns(text.replace("Ana Varnow, his widow,", "His widow, Ana Varnow,")) == []
    # a "She" that says nothing of him is still the subject's slip
    assert flagged_pronouns(text.replace("She said he had cut", "She cut")) == ["She"]
