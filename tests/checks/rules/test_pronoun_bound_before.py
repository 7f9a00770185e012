"""pronoun.gender: one pronoun against one.  A person whose given name the list lacks is
called "her" in their own report ("X said her teams…"), where it can mean no one else,
and "He" opens the next sentence, or attributes it ("…, he said"), with no one else named
between: the later pronoun is the slip, or the earlier one is.  Each "he" or "she" of the
pair is flagged, with a message that either may be the slip.  Anyone named between, or a
sentence between, leaves both alone.  All names are invented."""

import pytest

from tests.checks.rules import helpers

run = helpers.pronoun_issues


FOUND = [
    "The coast guard's commander, Lt. Xenavy Tholvanna, said her teams had pulled 23 "
    "people from the water. «He» said none had been hurt.",
    "Xenavy Tholvanna said she had counted 40 boats on the river. «He» said the count "
    "would go on until Sunday.",
    "Xenavy Tholvanna, 41, said he had counted 40 boats on the river. «She» said the count "
    "would go on until Sunday.",
    # each pronoun opens the sentence after one that names the person alone
    "Housing Minister Xenavy Tholvanna said the government shared the marchers' concerns. "
    "She said a 2020 reform had made contracts compulsory.\n\nTholvanna said a rent cap "
    "would drive landlords out of the market. «He» said a new plan would follow in spring.",
    # the later opens the next paragraph with a verb of saying: news goes on with the speaker
    "A driver who has carried pilgrims home from Varsk for 20 years, Edison Tholvanna, said "
    "she had made four trips by noon.\n\n«He» said the buses were always full.",
    # across a paragraph's break, a woman named in the paragraph before is no "He"
    "Drivers strike\n\nTARVEL, Varskia — Transport Minister Ilse Varnow met union leaders on "
    "Monday. The talks lasted six hours.\n\nEdison Tholvanna, who has driven the No. 5 bus "
    "for 12 years, said she had not been paid since March.\n\n«He» said talks would resume.",
    # a place the text shows is one ("from Tarvel") is no one the "he" may mean, though a
    # ", who" after it once made it look like a person's name
    "Pilgrims walk to Varsk\n\nVARSK — Pilgrims walked from Tarvel overnight. A vendor from "
    "the south of Tarvel, who set out at dawn, sold candles.\n\nBuses ran all night.\n\nA "
    "driver who has carried pilgrims home from Varsk for 20 years, Edison Tholvanna, said she "
    "had made four trips to Tarvel by noon. «He» said the buses were always full.",
]

QUIET = [
    # someone else named between
    "Xenavy Tholvanna said she had counted 40 boats with Orvel Varkossi. He said the count "
    "would go on until Sunday.",
    # a sentence between
    "Xenavy Tholvanna said she had counted 40 boats on the river. The count began at dawn. "
    "He said it would go on until Sunday.",
    # the second sentence after the name names someone else first
    "Housing Minister Xenavy Tholvanna said the government shared the marchers' concerns. "
    "She said a 2020 reform had made contracts compulsory.\n\nTholvanna met Orvel Varkossi "
    "on Monday. He said a new plan would follow in spring.",
    # a role the person nouns lack stands between: the master or the keeper may be the "he"
    "Lt. Xenavy Tholvanna said her teams had worked through the night with the harbour "
    "master. He said none of the crew had been hurt.",
    "Lt. Xenavy Tholvanna said her teams had worked with the town's undertaker. He said "
    "none of the crew had been hurt.",
    # across a paragraph's break, after a sentence that names a place too, the later
    # pronoun must go on with a report
    "A driver from Varsk, Edison Tholvanna, said she had made four trips by noon.\n\nHe "
    "drove the last bus home at midnight.",
    # across a paragraph's break a bare "He said" may go back to a man the paragraph before
    # named or spoke of, whom the speaker only interrupted
    "Minister promises pay\n\nTARVEL, Varskia — Transport Minister Orvel Varkossi promised on "
    "Monday to pay the drivers by Friday. He said the money would come from a reserve.\n\n"
    "Edison Tholvanna, who has driven the No. 5 bus for 12 years, said she had not been paid "
    "since March.\n\nHe said talks with the union would resume on Wednesday.",
    "Drivers strike\n\nTARVEL, Varskia — Transport Minister Orvel Varkossi met union leaders "
    "on Monday. The talks lasted six hours. Edison Tholvanna, a bus driver, said she had not "
    "been paid since March.\n\nHe said the government would pay the drivers by Friday.",
    # someone named between who may be a person (no place by the text's evidence)
    "Xenavy Tholvanna said she had met Orvel twice. He said the buses were full.",
    # the first pronoun is not in the person's own report
    "Xenavy Tholvanna counted the boats, and a clerk helped her. He said the count would go "
    "on until Sunday.",
]


@pytest.mark.parametrize("marked", FOUND)
def test_the_later_of_two_disagreeing_pronouns_is_flagged(marked):
    start = marked.index("«")
    text = marked.replace("«", "").replace("»", "")
    assert start in [i.offset for i in run(text)]


def test_the_earlier_he_or_she_of_the_pair_is_flagged_too():
    text = (
        "Xenavy Tholvanna said she had counted 40 boats on the river. He said the count "
        "would go on until Sunday."
    )
    issues = run(text)
    assert [text[i.offset : i.end] for i in issues] == ["she", "He"]
    assert "“she” and the later “He”" in issues[0].message
    assert "“He” and the earlier “she”" in issues[1].message


def test_both_of_a_pair_across_a_paragraph_break_are_flagged():
    text = (
        "A driver who has carried pilgrims home from Varsk for 20 years, Edison Tholvanna, "
        "said she had made four trips by noon.\n\nHe said the buses were always full."
    )
    issues = run(text)
    assert sorted(text[i.offset : i.end] for i in issues) == ["He", "she"]
    [earlier] = [i for i in issues if text[i.offset : i.end] == "she"]
    assert "“she” and the later “He”" in earlier.message
    assert earlier.replacements[0] == "he"


def test_the_slip_may_come_first_before_an_attribution():
    """fresh_ap's unlisted given names: the slip first, then "…, he said"."""
    text = (
        "Tarvo Kelmani, whose family has run the shop for four generations, said she had sold "
        "2 tonnes of pastries. The price had risen to 18 dinars a kilogram, he said, because "
        "dates cost more."
    )
    assert [text[i.offset : i.end] for i in run(text)] == ["she", "he"]


def test_the_message_says_either_may_be_the_slip():
    # the slip may be the earlier pronoun: the later one is flagged, and the message
    # sends the editor to both
    text = (
        "The coast guard's commander, Lt. Xenavy Tholvanna, said his teams had pulled 23 "
        "people from the water. She said none had been hurt."
    )
    [issue] = run(text)
    assert text[issue.offset : issue.end] == "She"
    assert "“She” and the earlier “his”" in issue.message
    assert "one of the two is wrong" in issue.message
    assert issue.replacements[0] == "He"
    assert not issue.safe


@pytest.mark.parametrize("text", QUIET)
def test_no_evidence_which_is_wrong_stays_quiet(text):
    assert run(text) == []


def test_two_attributions_after_sentences_that_name_the_person_alone():
    """fresh_bk's unlisted given names: "<Name>, said on Friday. …, he said." and, a
    paragraph later, "<Surname> said …. …, she said.": each attribution closes the sentence
    after one that names the person and no one else (a day is no one)."""
    text = (
        "Growers expect a record\n\nVARSK, Tarvel — Growers are bringing in a record "
        "harvest.\n\nThe cooperative expects 780 tonnes this season, its president, Xenavy "
        "Tholvanna, said on Friday. The rains explained most "
        "of the increase, he said.\n\nThe region grows mostly robusta.\n\nTholvanna said the "
        "cooperative had persuaded 400 members to use raised beds. Beans dried on the beds sold "
        "for 40% more, she said.\n"
    )
    assert [text[i.offset : i.end] for i in run(text)] == ["he", "she"]


def test_an_attribution_after_a_sentence_naming_someone_else_stays_quiet():
    text = (
        "Growers expect a record\n\nVARSK, Tarvel — Growers are bringing in a record "
        "harvest.\n\nThe cooperative expects 780 tonnes this season, its president, Xenavy "
        "Tholvanna, said on Friday. The rains explained most "
        "of the increase, he said.\n\nThe region grows mostly robusta.\n\nTholvanna said the "
        "cooperative had hired Orvel Varkossi to build raised beds. Beans dried on the beds sold "
        "for 40% more, she said.\n"
    )
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the attribution's speaker spoke of the person the "He" opens on (review)
        "Port strike goes on\n\nVARSK, Tarvel — Dock workers stayed out on Monday.\n\nUnion "
        "leader Xenavy Tholvanna said talks with the owners had failed.\n\nThe owners fired "
        "Dariel Omarsk, 44, on Friday. He had worked at the port for 20 years, she said.\n",
        "Captain convicted\n\nVARSK, Tarvel — A court convicted a ferry captain on Monday.\n\n"
        "The defence lawyer, Xenavy Tholvanna, said she would appeal.\n\nThe court convicted "
        "Dariel Omarsk, 61, in March. He was arrested in 2023. The charges were politically "
        "motivated, she said.\n",
    ],
)
def test_an_attribution_pairs_only_with_a_person_named_speaking(text):
    assert run(text) == []


@pytest.mark.parametrize(
    "opening",
    [
        # the verb of saying before the name, past a role, or "according to" (review)
        "The cooperative expects 780 tonnes this season, said its president, Xenavy Tholvanna.",
        "According to the cooperative's president, Xenavy Tholvanna, it expects 780 tonnes.",
    ],
)
def test_a_speaker_named_after_the_verb_pairs_too(opening):
    text = (
        "Growers expect a record\n\nVARSK, Tarvel — Growers are bringing in a record harvest."
        f"\n\n{opening} The rains explained most of the increase, he said.\n\nThe region grows "
        "mostly robusta.\n\nTholvanna said the cooperative had persuaded 400 members to use "
        "raised beds. Beans dried on the beds sold for 40% more, she said.\n"
    )
    assert [text[i.offset : i.end] for i in run(text)] == ["he", "she"]


def test_a_verb_of_saying_with_another_subject_names_no_speaker():
    text = (
        "Port thefts\n\nVARSK, Tarvel — Growers are bringing in a record harvest.\n\nDariel "
        "Omarsk, 44, was charged on Friday with theft, police said. He had worked at the port "
        "for 20 years, she said.\n"
    )
    assert run(text) == []
