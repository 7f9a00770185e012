"""LanguageTool's house-style advice on clean news copy, against the real server.

Each case is first shown to fire with the filter off (``lt_context.house_style``
patched to keep everything), so the test fails if the filter stops working; its
near miss is a real error of the same rule, which must still be reported.
"""

from __future__ import annotations

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.grammar import lt_context, lt_mapping
from copydesk.checks.settings import Settings

pytestmark = pytest.mark.languagetool


def _lt(text: str, language: str = "auto") -> list[tuple[str, str]]:
    settings = Settings()
    settings.languagetool.language = language
    issues = Engine(settings).check_text(text)
    return [(i.rule, i.matched(text)) for i in issues if i.rule.startswith("lt.")]


def _unfiltered(monkeypatch: pytest.MonkeyPatch, text: str, language: str = "auto"):
    with monkeypatch.context() as patch:
        patch.setattr(lt_context, "house_style", lambda *args: False)
        return _lt(text, language)


def _fires(found: list[tuple[str, str]], rule: str, span: str) -> bool:
    return any(r.startswith(f"lt.{rule}") and s == span for r, s in found)


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        # a compound adjective after its noun goes open in every style guide
        ("The ponies were well behaved and calm after the show.", "EN_COMPOUNDS_", "well behaved"),
        # a noun compound, open or hyphenated by house style
        ("He told three half truths in one week.", "EN_COMPOUNDS_", "half truths"),
        # a hyphenated compound closed up: the dictionary's (or the dialect's) choice
        ("Her bee-keeping is a slow craft.", "EN_COMPOUNDS_", "bee-keeping"),
    ],
)
def test_compounds_written_open_or_hyphenated_are_house_style(
    real_lt, monkeypatch, text, rule, span
):
    assert _fires(_unfiltered(monkeypatch, text), rule, span)
    assert not _fires(_lt(text), rule, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A well behaved pony won the show.", "well behaved"),  # a modifier before its noun
        ("The bottle neck on the bridge got worse.", "bottle neck"),  # a word split
        ("He sent an e mail to the clerk.", "e mail"),  # "e" is no word alone
    ],
)
def test_real_compound_errors_still_fire(real_lt, text, span):
    assert _fires(_lt(text), "EN_COMPOUNDS_", span), _lt(text)


def test_a_collective_noun_may_take_a_plural_verb_in_british_copy(real_lt, monkeypatch):
    text = "The older squad have trained hard since May."
    assert _fires(_unfiltered(monkeypatch, text, "en-GB"), "SUBJECT_VERB_AGREEMENT", "have")
    assert not _fires(_lt(text, "en-GB"), "SUBJECT_VERB_AGREEMENT", "have")
    # "auto" asks in en-GB for a text with British spellings
    british = f"{text} The colour of their kit was chosen by the organisers."
    assert not _fires(_lt(british), "SUBJECT_VERB_AGREEMENT", "have")
    # American copy keeps the issue
    assert _fires(_lt(text, "en-US"), "SUBJECT_VERB_AGREEMENT", "have")


def test_a_plural_verb_after_a_singular_noun_still_fires_in_british_copy(real_lt):
    text = "The old barn are mostly empty."
    assert _fires(_lt(text, "en-GB"), "SUBJECT_VERB_AGREEMENT", "are"), _lt(text, "en-GB")


@pytest.mark.parametrize(
    "text",
    [
        "Tickets cost 300 forint, or $1, at the door.",  # a conversion follows
        "Tickets cost 300 forint at the door and 500 forint online.",  # again after an amount
    ],
)
def test_a_foreign_unit_after_a_number_keeps_its_singular(real_lt, monkeypatch, text):
    assert _fires(_unfiltered(monkeypatch, text), "CD_NN", "forint")
    assert not _fires(_lt(text), "CD_NN", "forint")


def test_an_amount_after_a_or_an_qualifies_one_thing(real_lt, monkeypatch):
    text = "Kelvo town council has approved a £38 million flood barrier on the River Tarn."
    spans = [s for r, s in _unfiltered(monkeypatch, text) if r.startswith("lt.CD_NN")]
    assert spans, _unfiltered(monkeypatch, text)
    assert not _fires(_lt(text), "CD_NN", spans[0])
    # without the article the amount counts things, and the rule still fires
    assert _fires(_lt("The farmer keeps 12 cow in the shed."), "CD_NN", "cow")


def test_a_singular_english_noun_after_a_number_still_fires(real_lt):
    text = "The farmer keeps 12 cow in the shed."
    assert _fires(_lt(text), "CD_NN", "cow"), _lt(text)


def test_a_plural_noun_adjunct_is_no_missing_apostrophe(real_lt, monkeypatch):
    text = "The quarries inspector said it would act."
    assert _fires(_unfiltered(monkeypatch, text), "POSSESSIVE_APOSTROPHE", "quarries")
    assert not _fires(_lt(text), "POSSESSIVE_APOSTROPHE", "quarries")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We read the ministers speech from March.", "ministers"),  # a person owns it
        ("This is a transcript of the presidents speech from March.", "presidents"),
    ],
)
def test_a_missing_apostrophe_after_an_owner_still_fires(real_lt, text, span):
    assert _fires(_lt(text), "POSSESSIVE_APOSTROPHE", span), _lt(text)


def test_loanwords_written_without_accents_are_news_style(real_lt):
    text = "The gallery holds three soirees a week, and a recieved letter."
    found = _lt(text)
    assert not any("DIACRITICS" in rule for rule, _ in found), found
    assert "EN_DIACRITICS_REPLACE_ORTHOGRAPHY" in lt_mapping.config().disabled_rules
    assert any(span == "recieved" for _, span in found), found  # spelling still checked


def test_a_superlative_adverb_after_a_verb_needs_no_article(real_lt, monkeypatch):
    # A trial: "would fall hardest on" was offered "the hardest".
    text = "The new fees would fall hardest on small farms, the council said."
    assert _fires(_unfiltered(monkeypatch, text), "THE_SUPERLATIVE", "hardest")
    assert not _fires(_lt(text), "THE_SUPERLATIVE", "hardest")


@pytest.mark.parametrize(
    "text",
    [
        "He is best player in the team.",  # after a linking verb: an adjective
        "Their new striker played best football of the season.",  # before a noun
    ],
)
def test_a_superlative_missing_its_article_still_fires(real_lt, text):
    assert any(rule.startswith("lt.THE_SUPERLATIVE") for rule, _ in _lt(text)), _lt(text)
