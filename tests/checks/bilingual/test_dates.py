"""bilingual.dates: month and weekday names compared between source and target.

Trial 20: a German "Mai" given as "March" went unreported (no figure differs), while an
Italian "14 marzo" given as "4 March" was caught only through the day.
"""

from __future__ import annotations

import pytest

from copydesk.checks.bilingual.runner import check_pair
from copydesk.checks.registry import REGISTRY

DATES = REGISTRY.get("bilingual.dates")


def _found(source: str, target: str, lang: str = "") -> list[tuple[str, str]]:
    return [(u.side, u.issue.message) for u in check_pair(source, target, [DATES], lang)]


@pytest.mark.parametrize(
    ("source", "target", "lang", "said"),
    [
        ("Die Messe in Quelmont beginnt am 3. Mai.", "The Quelmont fair opens on 3 March.", "de",
         "March here, but the source has Mai (May)"),
        ("Die Messe beginnt im Mai.", "The fair opens in March.", "",
         "March here, but the source has Mai (May)"),
        ("La gara di Varsi si terrà il 14 marzo.", "The Varsi race will be held on 14 June.", "it",
         "June here, but the source has marzo (March)"),
        ("El mercado abre el 2 de abril.", "The market opens on April 2.", "es", None),
        ("Le marché ouvre le 2 août.", "The market opens on 2 September.", "fr",
         "September here, but the source has août (August)"),
        ("O mercado abre em 2 de março.", "The market opens on 2 May.", "pt",
         "May here, but the source has março (March)"),
        ("Lunedì il consiglio voterà.", "On Tuesday the council will vote.", "it",
         "Tuesday here, but the source has Lunedì (Monday)"),
        ("A segunda-feira o conselho vota.", "On Friday the council votes.", "pt",
         "Friday here, but the source has segunda-feira (Monday)"),
    ],
)  # fmt: skip
def test_a_month_or_weekday_changed_is_one_issue_on_the_target(source, target, lang, said):
    found = _found(source, target, lang)
    assert found == ([("target", said)] if said else [])


@pytest.mark.parametrize(
    "target",
    [
        "The fair opens on 3 May.",
        "The fair opens on May 3.",
        "The fair opens on the 3rd of May.",
        "The fair opens on May 3rd, 2026.",
        "The fair opens in early May.",
        "The fair opens on 03.05.2026.",
    ],
)
def test_months_that_agree_in_any_date_order_stay_quiet(target):
    assert _found("Die Messe beginnt am 3. Mai 2026.", target, "de") == []


def test_a_month_only_the_source_has_is_reported_in_the_source():
    found = _found("Abrirá en mayo y en junio.", "It will open in May.", "es")
    assert found == [("source", "junio (June) in the source has no counterpart in the translation")]


def test_a_month_only_the_target_has_is_reported_when_the_language_is_known():
    assert _found("La fiera apre domani.", "The fair opens on 4 October.", "it") == [
        ("target", "October is not in the source")
    ]
    # Unknown language and no name in the source: nothing to compare with.
    assert _found("La fiera apre domani.", "The fair opens on 4 October.", "") == []
    # A source language with no names in the data: not compared.
    assert _found("博览会10月4日开幕。", "The fair opens on 4 October.", "zh") == []


def test_a_figure_date_in_the_source_answers_its_month():
    assert _found("Il 14/03/2026 apre.", "It opens on 14 March 2026.", "it") == []
    assert _found("Il 14/03/2026 apre.", "It opens on 14 July 2026.", "it") == [
        ("target", "July is not in the source")
    ]


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        # Names and words that are no month or weekday
        ("Domenica Varsi ha parlato.", "Domenica Varsi spoke.", "it"),
        ("August Brenner ist gekommen.", "August Brenner came.", "de"),
        ("Domingo Varsi habló.", "Domingo Varsi spoke.", "es"),
        ("Il sindaco ha parlato.", "The mayor spoke. You may march on, he said.", "it"),
        ("Il sindaco ha parlato.", "May I speak? March on, he said.", "it"),
        ("Jan Brenner ha parlato.", "Jan Brenner spoke on Jan Brenner's behalf.", "it"),
        ("Sur Mars, il fait froid.", "On Mars it is cold.", "fr"),
        # The source's name left in the target (bilingual.untranslated says so)
        ("Apre il 3 marzo.", "It opens on 3 marzo.", "it"),
        # Plurals
        ("La entrada es gratuita los domingos.", "Admission is free on Sundays.", "es"),
        ("Il museo chiude il lunedì.", "The museum closes on Mondays.", "it"),
    ],
)
def test_near_misses_stay_quiet(source, target, lang):
    assert _found(source, target, lang) == []
