"""bilingual.untranslated on partly untranslated sentences, short identical targets, and
the grammar engines' issues on a span it reports (dropped, in bilingual files too)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from copydesk.checks.bilingual import fragments
from copydesk.checks.bilingual.model import BilingualDocument, Unit
from copydesk.checks.bilingual.runner import check_documents, check_pair
from copydesk.checks.context import Batch, BatchMember, CheckContext
from copydesk.checks.engine import Engine, _dedupe
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import REGISTRY, Check

UNTRANSLATED = REGISTRY.get("bilingual.untranslated")
CLEAN_NEWS = Path(__file__).resolve().parents[1] / "rules" / "clean_news.txt"


IT_SOURCE = "Secondo il sindaco, la scuola ospiterà 450 studenti a partire dal prossimo settembre."
IT_TARGET = (
    "According to the mayor, the school ospiterà 450 studenti a partire dal prossimo settembre."
)
IT_RUN = "ospiterà 450 studenti a partire dal prossimo settembre"


def _spans(source: str, target: str, lang: str = "") -> list[str]:
    found = check_pair(source, target, [UNTRANSLATED], lang)
    return [target[u.issue.offset : u.issue.end] for u in found]


@pytest.mark.parametrize(
    ("lang", "source", "target", "span"),
    [
        ("it", IT_SOURCE, IT_TARGET, IT_RUN),
        ("it", "Secondo il sindaco, la scuola ospiterà 450 studenti.",
         "According to the mayor, the school ospiterà 450 studenti.", "ospiterà 450 studenti"),
        ("it", "I lavori sono iniziati lunedì e dureranno sei mesi.",
         "The works began on Monday e dureranno sei mesi.", "e dureranno sei mesi"),
        ("es", "El alcalde dijo que la escuela abrirá sus puertas el próximo septiembre.",
         "The mayor said the school abrirá sus puertas el próximo septiembre.",
         "abrirá sus puertas el próximo septiembre"),
        ("fr", "Le maire a dit que l'école accueillera 450 élèves dès septembre prochain.",
         "The mayor said the school accueillera 450 élèves dès septembre prochain.",
         "accueillera 450 élèves dès septembre prochain"),
        ("de", "Der Bürgermeister sagte, die Schule werde ab nächstem September 450 Schüler "
               "aufnehmen.",
         "The mayor said die Schule werde ab nächstem September 450 Schüler aufnehmen.",
         "die Schule werde ab nächstem September 450 Schüler aufnehmen"),
        ("pt", "O prefeito disse que a escola vai receber 450 alunos a partir de setembro.",
         "The mayor said the school vai receber 450 alunos a partir de setembro.",
         "vai receber 450 alunos a partir de setembro"),
        # The source language unnamed (a CSV): guessed from the source.
        ("", IT_SOURCE, IT_TARGET, IT_RUN),
    ],
)  # fmt: skip
def test_a_run_of_source_words_is_reported_with_its_span(lang, source, target, span):
    assert _spans(source, target, lang) == [span]


def test_a_run_in_tags_is_reported_without_them():
    source = "La scuola <g id='1'>ospiterà 450 studenti</g> a partire da settembre."
    target = "The school <g id='1'>ospiterà 450 studenti</g> from September."
    assert _spans(source, target, "it") == ["ospiterà 450 studenti"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Il sindaco ha visto La forza del destino alla Scala.",
         "The mayor saw La forza del destino at La Scala."),  # a title
        ("Ha gridato: «non mollate mai».", "He shouted: “non mollate mai”."),  # a quotation
        ("Ha gridato: «non mollate mai».", 'He shouted: "non mollate mai".'),
        ("Si chiama la dolce vita.", "It is called the dolce vita (la dolce vita)."),  # a gloss
        ("Il parle de sa joie de vivre.", "He speaks of his joie de vivre."),  # a loan phrase
        ("Ha parlato sotto voce.", "He spoke sotto voce."),
        ("Il caffè costa due euro, il 5 per cento in più.",
         "The café charges two euros, 5 per cent more, ad hoc and status quo."),
        ("Ha votato per il Partito democratico.", "He voted for the Partito democratico."),
        ("Ha incontrato Mario Rossi a Milano.", "He met Mario Rossi in Milan."),
        # Two words are a term kept on purpose; a few foreign words are no foreign clause.
        ("Ha ordinato l'osso buco.", "He ordered osso buco, a veal dish."),
        ("Parla della riforma del lavoro.", "He spoke of the riforma lavoro, the labour reform."),
        ("I carabinieri hanno arrestato il boss della 'ndrangheta.",
         "The carabinieri arrested the 'ndrangheta boss."),
    ],
)  # fmt: skip
def test_titles_quotes_glosses_loanwords_and_names_stay_quiet(source, target):
    assert _spans(source, target, "it") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("", "Biglietti esauriti"), ("it", "Biglietti esauriti"), ("it", "annulla"),
     ("es", "Entradas agotadas"), ("fr", "Billets épuisés")],
)  # fmt: skip
def test_a_short_target_left_as_its_source_is_reported(lang, text):
    assert _spans(text, text, lang) == [text]


@pytest.mark.parametrize(
    "text", ["Milano", "Monte Bianco", "Ferrari F40", "ID-4521", "NASA", "iPhone", "OK", "2024"]
)
def test_names_numbers_codes_and_brands_left_identical_stay_quiet(text):
    assert _spans(text, text, "it") == []
    assert _spans(text, text) == []


def _article(text: str) -> list[str]:
    engine = Engine(checks=[UNTRANSLATED])
    member = BatchMember("a.txt", text)
    return [i.matched(text) for i in engine.check_member(member, Batch([member])).issues]


def test_an_english_article_reports_a_run_lingua_confirms():
    clean = CLEAN_NEWS.read_text(encoding="utf-8")
    fragment = "The school ospiterà 450 studenti a partire dal prossimo settembre, he said."
    assert _article(clean + "\n\n" + fragment + "\n") == [
        "ospiterà 450 studenti a partire dal prossimo settembre"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The café on the via Roma served pizza at the fiesta: 5 per cent, ad hoc, status quo.",
        "She recalled the joie de vivre, the sotto voce asides and the fait accompli.",
        "They watched La forza del destino and read Cien años de soledad at the festival.",
        "He shouted “non mollate mai, ragazzi” before the race.",
        # A whole article in Italian is not an English article with fragments in it.
        "Il governo ha approvato la legge ieri sera dopo una lunga discussione in aula.",
    ],
)
def test_an_article_keeps_quiet_on_loanwords_titles_quotes_and_other_languages(text):
    assert _article(text) == []


def test_foreign_letters_in_a_hashtag_a_handle_or_a_gloss_stay_quiet():
    text = (
        "Fans followed the tournament under the hashtag #大相撲 and the account @ニュース. "
        "The daily Asahi Shimbun (朝日新聞) and Kyiv (Київ) were named."
    )
    assert _article(text) == []


def test_foreign_letters_left_in_a_sentence_are_still_reported():
    text = "The minister said the plan 大相撲 would start soon, and (Київ said) more."
    assert _article(text) == ["大相撲", "Київ"]


def test_clean_news_has_no_run():
    assert _article(CLEAN_NEWS.read_text(encoding="utf-8")) == []


def test_the_gate_reads_no_sentence_without_three_rare_words_close_together():
    assert not fragments.rare_cluster("The mayor said the school would open in September.")
    assert fragments.rare_cluster("The school ospiterà studenti a partire.") >= {"studenti"}


# The grammar engines' issues on an untranslated span: one per word, like a spell checker.
def _speller(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for word in ("studenti", "partire", "settembre", "Monday"):
        at = text.find(word)
        if at >= 0:
            yield ctx.issue(at, len(word), f"spelling: {word}", replacements=(word + "s",))


SPELLER = Check("test.speller", Category.SPELLING, "d", _speller, yields_to_cleanup=True)


def _unit_issues(target: str, source: str) -> list[tuple[str, str]]:
    doc = BilingualDocument("a.xlf", "xliff", [Unit("1", source, target)], b"", target,
                            source_lang="it", target_lang="en")  # fmt: skip
    engine = Engine(checks=[UNTRANSLATED, SPELLER])
    [result] = check_documents(engine, [doc])
    return [(u.issue.rule, u.issue.matched(target)) for u in result.issues]


def test_spelling_issues_inside_an_untranslated_span_are_dropped():
    source = "Lunedì la scuola ospiterà 450 studenti a partire dal prossimo settembre."
    target = "On Monday the school ospiterà 450 studenti a partire dal prossimo settembre."
    assert sorted(_unit_issues(target, source)) == [
        ("bilingual.untranslated", "ospiterà 450 studenti a partire dal prossimo settembre"),
        ("test.speller", "Monday"),  # outside the span: kept
    ]


def test_spelling_issues_stay_where_nothing_is_untranslated():
    source = "La scuola accoglierà gli studenti."
    target = "The school will welcome studenti."  # one word: no run
    assert _unit_issues(target, source) == [("test.speller", "studenti")]


def test_dedupe_outranks_with_issues_it_does_not_return():
    def issue(offset: int, length: int, rule: str) -> Issue:
        return Issue(offset, length, rule, Category.SPELLING, "m")

    ranks = {"ours": 100, "engine": 50}
    claim = issue(10, 20, "ours")
    inside, outside = issue(12, 3, "engine"), issue(40, 3, "engine")
    assert _dedupe([inside, outside], ranks.__getitem__, [claim]) == [outside]
    assert _dedupe([inside, outside], ranks.__getitem__) == [inside, outside]


def test_only_checks_that_claim_their_span_outrank_the_engines_in_a_unit():
    assert UNTRANSLATED.claims_span
    others = [c for c in REGISTRY.all() if c.bilingual and c.id != UNTRANSLATED.id]
    assert others and not any(c.claims_span for c in others)
