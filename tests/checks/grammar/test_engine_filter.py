"""What neither grammar engine reports: a name only respelt, a wire dateline (engine_filter)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from copydesk.checks.grammar import engine_filter, harper_engine, lt_mapping


def _match(text: str, word: str, rule: str, suggestions: list[str], category: str = "MISC"):
    return SimpleNamespace(
        rule_id=rule,
        message="m",
        replacements=suggestions,
        offset=text.index(word),
        error_length=len(word),
        category=category,
        rule_issue_type="grammar",
    )


@pytest.mark.parametrize(
    ("matched", "suggestions", "respelt"),
    [
        ("Kim Jong Un", ["Kim Jong-un"], True),  # a hyphen and case
        ("Jong Un", ["Jong-un"], True),
        ("Covid-19", ["COVID-19"], True),  # case only
        ("THE HAGUE", ["The Hague"], True),
        ("Lee Ji-hoon", ["Lee Jihoon", "Lee Ji Hoon"], True),
        ("Sao Paulo", ["São Paulo"], True),  # accents: agency copy drops them
        ("iPad mini", ["iPad Mini"], True),  # a name with an inner capital
        ("covid-19", ["COVID-19"], False),  # not written as a name: a real fix
        ("the hague", ["The Hague"], False),
        ("Kim Jong Un", ["Kim Jong-un", "Kim"], False),  # one suggestion is another word
        ("Their", ["There"], False),
        ("Reagan", [], False),  # flag only: nothing respelt
    ],
)
def test_a_suggestion_that_only_respells_a_name(matched, suggestions, respelt):
    assert engine_filter.respells_name(matched, suggestions) is respelt


@pytest.mark.parametrize(
    "paragraph",
    [
        "THE HAGUE, March 4 (Reuters) - A court ruled on Tuesday.",
        "WASHINGTON, Jan. 5 (AP) — The United States said it would send aid.",
        "ROME, 12 March (ANSA) - The government approved the budget.",
        "NEW DELHI, March 4 - India said it would send aid.",
        "VALPARAÍSO, Chile, Feb 3 (Reuters) - Dockworkers ended their strike.",
        "SAN FRANCISCO, Sept 30, 2024 - The company said it would cut jobs.",
    ],
)
def test_datelines(paragraph):
    text = f"Headline\n\n{paragraph}"
    start = text.index(paragraph)
    end = engine_filter.dateline_end(text, start)
    assert end is not None and text[start:end].split(",")[0].isupper()
    assert engine_filter.in_dateline(text, start + 1)
    assert not engine_filter.in_dateline(text, len(text) - 3)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Hague, March 4 - a court ruled.",  # not in capitals
        "NATO said on March 4 it would act.",  # a subject, not a place before a date
        "UN, EU AND US LEADERS MET",
        "BREAKING NEWS: the court ruled on Tuesday.",
    ],
)
def test_not_datelines(paragraph):
    text = f"Headline\n\n{paragraph}"
    assert engine_filter.dateline_end(text, text.index(paragraph)) is None


def test_languagetool_leaves_names_to_the_batch_and_datelines_alone():
    text = (
        "Headline\n\nTHE HAGUE, March 4 (Reuters) - Kim Jong Un arrived.\n\n"
        "Covid-19 and covid-19 cases rose. He go home."
    )
    matches = [
        _match(text, "Jong Un", "JONG_UN", ["Jong-un"]),
        _match(text, "Covid-19", "COVID_19", ["COVID-19"]),
        _match(text, "covid-19", "COVID_19", ["COVID-19"]),
        _match(text, "HAGUE", "SOME_RULE", ["Hague's"]),  # inside the dateline
        _match(text, "go", "HE_VERB_AGR", ["goes"]),
    ]
    issues = lt_mapping.to_issues(text, 0, text, matches)
    assert [(i.rule, i.matched(text)) for i in issues] == [
        ("lt.COVID_19", "covid-19"),
        ("lt.HE_VERB_AGR", "go"),
    ]


def test_harper_leaves_the_capital_in_a_dateline_and_keeps_it_in_a_sentence():
    text = "THE HAGUE, March 4 (Reuters) - A court in the hague ruled on Tuesday."
    found = [(f.rule, text[f.offset : f.offset + f.length]) for f in harper_engine.lint(text)]
    assert found == [("NationalCapitals", "the hague")]


def test_house_style_advice_is_off_by_default():
    # "per cent" is British and international news style, not an error.
    assert "PER_CENT" in lt_mapping.config().disabled_rules
    # A rule that is right on a name in lower case stays on: the filter takes the respellings.
    assert "COVID_19" not in lt_mapping.config().disabled_rules


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Details are on puertovalparaiso.cl, the port said.", "cl"),
        ("Write to desk@example.com.", "com"),
        ("See www.port.pl for the timetable.", "port"),
    ],
)
def test_nothing_inside_an_address(text, word):
    start = text.index(word)
    assert engine_filter.in_address(text, start, start + len(word))
    assert not engine_filter.in_address(text, 0, text.index(" "))  # the sentence's first word
