"""repeat.word and repeat.phrase: hits with exact spans, near misses, applying the fix."""

import pytest

from copydesk.checks.apply import apply_edits
from copydesk.checks.engine import Engine
from copydesk.checks.registry import REGISTRY


def run(rule: str, text: str):
    return [i for i in Engine(checks=[REGISTRY.get(rule)]).check_text(text) if i.rule == rule]


# --- repeat.word -------------------------------------------------------------


def test_doubled_function_word_is_a_safe_fix():
    text = "Kim left for the the border on Sunday."
    (issue,) = run("repeat.word", text)
    assert issue.matched(text) == "the the"
    assert issue.replacements == ("the",) and issue.safe
    assert apply_edits(text, [issue.edit()]).text == "Kim left for the border on Sunday."


def test_sentence_initial_double_keeps_the_capital():
    text = "The The convoy crossed the border."
    (issue,) = run("repeat.word", text)
    assert (issue.offset, issue.length) == (0, 7)
    assert apply_edits(text, [issue.edit()]).text == "The convoy crossed the border."


def test_ordinary_content_word_is_safe():
    text = "The train train left at noon."
    (issue,) = run("repeat.word", text)
    assert issue.safe and issue.replacements == ("train",)


def test_double_across_a_wrapped_line_is_flagged_but_not_safe():
    text = "a speed of\nof 60 km per hour"
    (issue,) = run("repeat.word", text)
    assert issue.matched(text) == "of\nof" and not issue.safe


def test_sometimes_meant_doubles_are_not_safe():
    (issue,) = run("repeat.word", "What it is is a problem.")
    assert not issue.safe and issue.confidence <= 0.5


def test_triple_gives_one_issue_per_pair_not_overlapping():
    text = "in the the the end"
    issues = run("repeat.word", text)
    assert len(issues) == 1
    assert apply_edits(text, [i.edit() for i in issues]).text == "in the the end"


@pytest.mark.parametrize(
    "text",
    [
        "He had had enough.",
        "She said that that was wrong.",
        "Bye bye, said the child.",
        "The talks ended.\n\nThe talks resumed.",
        "Title\nTitle of the next part",
        "Sirhan Sirhan was convicted.",
        "The UN UN-backed plan.",
        "a so-so result",
        "the theme of the day",
    ],
)
def test_word_near_misses(text):
    assert run("repeat.word", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal doubled before a bare verb (perhaps after "not" or an adverb)
        ("“Nobody can can say we did not warn them.”", "“Nobody can say we did not warn them.”"),
        ("They may may not come.", "They may not come."),
        ("It can can also help.", "It can also help."),
        ("The farm must must close.", "The farm must close."),
        # "which" and "that" before a modal are relative pronouns
        ("a price which would would allow it", "a price which would allow it"),
        ("a plan that will will cut costs", "a plan that will cut costs"),
        # an inflection of an everyday word is as ordinary as the word
        ("summer droughts droughts more frequent", "summer droughts more frequent"),
        ("the blizzards blizzards killed cattle", "the blizzards killed cattle"),
        # nothing in the clause can make "was was" or "is is" right: one copy is a slip
        ("We thank God that nobody was was hurt.", "We thank God that nobody was hurt."),
        ("“Nobody was was hurt,” she said.", "“Nobody was hurt,” she said."),
        ("The first step was was to drain the field.", "The first step was to drain the field."),
        ("The plan is is to wait.", "The plan is to wait."),
        ("The one road was was closed.", "The one road was closed."),
        # a relative clause after a comma has its own subject: its verb doubled is a slip
        ("Arvo, who was was born in 1920, sang.", "Arvo, who was born in 1920, sang."),
        ("The dam, which is is old, leaks.", "The dam, which is old, leaks."),
        # a "who" that opens a clause asks: the modal is doubled
        ("When the mine shuts, who will will pay them?", "When the mine shuts, who will pay them?"),
        ("Who can can say?", "Who can say?"),
        # "more more" outside speech, before no third "more"
        ("Officials said more more than a third left.", "Officials said more than a third left."),
        # a bare verb doubled after a modal, or a "not" a modal opens, or "did"
        ("The climbers could not go go further.", "The climbers could not go further."),
        ("They did go go home early.", "They did go home early."),
    ],
)
def test_word_safe_fixes(text, expected):
    (issue,) = run("repeat.word", text)
    assert issue.safe
    assert apply_edits(text, [issue.edit()]).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a modal after a determiner or "who" is a noun or elliptical
        "A can can hold a litre.",
        "The will will be read on Monday.",
        "His will will be read on Monday.",
        "Those who can can help.",
        # no verb after the pair: the dance written as two words
        "They danced can can all night.",
        # a capitalised word and its lower-case copy mid-sentence: a scientific name
        "The black rat (Rattus rattus) and the red fox, Vulpes vulpes, carry it.",
    ],
)
def test_modal_and_taxon_near_misses(text):
    assert run("repeat.word", text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("the saffron crocus, Crocus sativus sativus, is", "sativus sativus"),
        ("the grey wolf, Canis lupus lupus, was seen", "lupus lupus"),
        ("the western lowland gorilla (Gorilla gorilla gorilla) lives", "gorilla gorilla"),
        ("It grew. Gorilla gorilla is the species.", "Gorilla gorilla"),
    ],
)
def test_possible_scientific_name_is_flagged_not_fixed(text, pair):
    (issue,) = run("repeat.word", text)
    assert issue.matched(text) == pair and not issue.safe
    assert "scientific name" in issue.message


def test_everyday_word_after_a_rare_name_stays_safe():
    for text in (
        "near the Mahakam area area",
        "a Duqm refinery refinery",
        "Ulaanbaatar data data",
        "Most of Oaxaca's 570 municipalities municipalities elect",
        "the Oaxaca municipalities municipalities elect",  # an English plural is no epithet
    ):
        (issue,) = run("repeat.word", text)
        assert issue.safe, text


# --- repeat.phrase -----------------------------------------------------------


def test_adjacent_phrase_copy_offers_deletion_but_is_not_safe():
    text = "The train arrived in the early hours in the early hours of Tuesday."
    (issue,) = run("repeat.phrase", text)
    assert issue.matched(text) == " in the early hours"
    assert issue.replacements == ("",) and not issue.safe
    fixed = apply_edits(text, [issue.edit()]).text
    assert fixed == "The train arrived in the early hours of Tuesday."


def test_stacked_connective_is_flag_only():
    text = "The pace was slow, due to the weight due to the armor measures."
    (issue,) = run("repeat.phrase", text)
    assert issue.matched(text) == "due to"
    assert issue.offset == text.rindex("due to")
    assert issue.replacements == () and not issue.safe


def test_noun_repeated_with_modifier_is_flag_only_low_confidence():
    text = "Pyongyang may supply Russia with bullets, missiles and even old missiles."
    (issue,) = run("repeat.phrase", text)
    assert issue.matched(text) == "missiles and even old missiles"
    assert issue.replacements == () and issue.confidence < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Government of the people, by the people, for the people.",
        "They advanced step by step and day after day.",
        "More and more people came from time to time.",
        "They fired missiles and more missiles.",
        "The army has new missiles and old missiles.",
        "The delay was due to the rain and due to the strikes.",
        "According to the police, according to witnesses, two men fled.",
        "The man in the car in the street waved.",
        "She met the North Korean leader and the North Korean delegation.",
        "We sell cars, and electric cars too.",
        "He said: very good, very good.",
        "It rose by 5 per cent and by 6 per cent.",
        # a word said three times with "and" between the copies: rhetoric
        "Some nights we searched, and searched, and searched, and found nothing.",
        "The rain fell and fell and fell, and the river rose.",
        "The peso is pegged one to one to the dollar.",  # an idiom of ok_phrases.txt
        "The two teams meet head to head to decide the title.",
        # a rank of its own after the conjunction, not a subset of the first noun
        "Delegates may choose a chair or vice chair for the assembly.",
        "She hired a trainer and assistant trainer for the season.",
        "The board named a treasurer and deputy treasurer.",
    ],
)
def test_phrase_near_misses(text):
    assert run("repeat.phrase", text) == []


def test_phrase_does_not_cross_sentences():
    assert run("repeat.phrase", "He left in the morning. In the morning he came back.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a pseudo-cleft or a free relative makes the clause the subject of the copula
        "What it is is a problem.",
        "All he was was a clerk.",
        "The way it was was better.",
        "Whatever it is is enough.",
        "The reason it was was that the road closed.",
        # a relative clause closed by its subject pronoun may be the subject
        "The boy he was was shy, and I know the man I was was proud.",
        # ... or by a name ("the ruler [that] Assad was")
        "The ruler Arvid Lund was was plain to everyone.",
        # a clause opened by when, whether, whose or a kind of … is the subject
        "When the vote is is a matter for the council.",
        "The kind of leader she is is clear.",
        "Whether it is is not yet known.",
        # speech's double copula before a clause
        "The problem is is that nobody came.",
        "The thing was was whether to go.",
        # a chant, or speech
        "“We want more more more,” they chanted.",
        "“We need more more help,” she said.",
        # after "to" or a bare "not", the doubled word may be a noun (the go-go genre)
        "The city gave $2 million to go go bands this year.",
        "The new single is not go go but a slower funk.",
        "The team wanted to go go home.",
    ],
)
def test_doubles_that_may_be_meant_stay_questions(text):
    issues = run("repeat.word", text)
    assert issues and not any(i.safe for i in issues)


def test_a_phrase_said_twice_with_and_is_still_flagged():
    text = "The report was ready, and ready, and then it was lost."
    (issue,) = run("repeat.phrase", text)
    assert text[issue.offset : issue.offset + issue.length] == " ready, and"


def test_a_word_said_three_times_with_and_and_no_comma_is_rhetoric():
    assert run("repeat.phrase", "The talks went on and on and on until dawn.") == []


@pytest.mark.parametrize(
    "text",
    [
        "“Mothers come at night. They knock, and they knock, and I get up,” she said.",
        "“We wait, or we wait, or we leave,” the driver said.",
    ],
)
def test_a_clause_said_twice_before_a_comma_and_a_link_is_rhetoric(text):
    assert run("repeat.phrase", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ships use the port, and the port, and the airport.",
        "Prices rose in March, and in March, and in April.",
        "The port reopened on Monday, and the port reopened on Monday, and ships docked.",
    ],
)
def test_a_doubled_conjunct_outside_a_quotation_is_still_flagged(text):
    assert len(run("repeat.phrase", text)) == 1


def test_a_word_said_twice_with_and_in_a_quotation_is_rhetoric():
    text = "“My father told me to wait, and wait, and then go,” Ilse Varnow said."
    assert run("repeat.phrase", text) == []


def test_a_verb_doubled_after_a_subject_whose_present_is_bare_is_removed():
    text = "“The shrine does not ask which church you go go to,” she said."
    (issue,) = run("repeat.word", text)
    assert issue.safe and issue.replacements[0] == "go"


def test_a_modal_doubled_after_a_subject_may_govern_its_own_verb():
    # "can" the modal, then "can" the verb (to preserve food)
    assert run("repeat.word", "“In August we can can forty jars of tomatoes,” she said.") == []
