"""bilingual.untranslated: source-language text left in the translation.

Why: machine translation passes through what it cannot translate (a Chinese
idiom, a Russian name in Cyrillic) and a translator may leave a segment, or a
phrase of it, as it came.  How: letters of a script English does not use (Han,
kana, Hangul, Arabic, Cyrillic, Greek, Hebrew, Thai, Devanagari ...) in an
English text are reported run by run.  With a source: a target identical to a
source of three words or more that lingua says is not English, or of one or two
that are all words of the source language (not names, numbers or codes:
"Biglietti esauriti", not "Milano"); for a Latin-script source language, a run
of its words inside an English sentence ("the school ospiterà 450 studenti a
partire dal prossimo settembre", see :mod:`copydesk.checks.bilingual.fragments`)
and a clause of the target whose lower-case words (four or more; names are left
out) lingua is sure are in that language; for a Chinese source, a target word
that spells a source noun in pinyin and is no English word ("huaer" for 花儿;
not "qigong", not "Beijing").  Without a source (an English article), the
foreign letters, and runs of three words or more of one of Italian, Spanish,
French, German or Portuguese that lingua confirms; a text whose rest is not
English (an Italian article) reports no run.  Titles, quotations, glosses in
brackets and loanwords English uses (café, fiesta, joie de vivre) stay quiet, and so do
foreign letters in a hashtag or handle (#大相撲) or a bracketed gloss (the Asahi (朝日)).
The check claims its span: the grammar engines' issues inside it ("partire →
partier") are dropped, in bilingual files too (see ``Check.claims_span``).
Flag only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import regex

from copydesk.checks.bilingual import fragments
from copydesk.checks.bilingual.scripts import (
    FOREIGN_RUN,
    guess_latin_language,
    has_foreign_script,
    language_confidence,
    latin_share,
)
from copydesk.checks.bilingual.wordcover import pinyin_leftovers
from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.bilingual._common import mask, target_is_english

MIN_LATIN_SHARE = 0.8  # a text this Latin is an English text with fragments in it
SURE = 0.95  # lingua's confidence needed to call a Latin-script sentence foreign
MIN_WORDS = 4
MIN_RARE = fragments.MIN_WITHOUT_SOURCE
_SENTENCE = regex.compile(r"[^.!?;:\n]+[.!?;:]*")
_WORDS = regex.compile(r"\p{L}+")
# Clause breaks: a comma, or a conjunction that opens a reported clause in Romance/German.
_CLAUSE = regex.compile(r",\s*|\s+(?=que\b|che\b|qui\b|dass\b)")


@check(
    "bilingual.untranslated",
    Category.CONSISTENCY,
    "source-language text left untranslated in an English target",
    bilingual=True,
    claims_span=True,
    examples=(
        "他说这是一个画龙点睛的作品。\tHe said it was a 画龙点睛 work.",
        "Он сказал, что всё хорошо.\tOн сказал, что всё хорошо.",
        "Il governo ha approvato la legge ieri sera.\tIl governo ha approvato la legge ieri sera.",
        "El ministro dijo que la situación es muy grave.\t"
        "The minister said que la situación es muy grave y preocupante.",
        "\tThe spokesman for the regional government, Дмитрий, said there was no news.",
        "我们看到的是花儿。\tWhat we see is the huaer.",  # a common noun left in pinyin
        # Source-language words inside an English sentence, by source language:
        "Secondo il sindaco, la scuola ospiterà 450 studenti a partire dal prossimo settembre."
        "\tAccording to the mayor, the school ospiterà 450 studenti a partire dal prossimo "
        "settembre.",
        "I lavori sono iniziati lunedì e dureranno sei mesi.\t"
        "The works began on Monday e dureranno sei mesi.",
        "El alcalde dijo que la escuela abrirá sus puertas el próximo septiembre.\t"
        "The mayor said the school abrirá sus puertas el próximo septiembre.",
        "Le maire a dit que l'école accueillera 450 élèves dès septembre prochain.\t"
        "The mayor said the school accueillera 450 élèves dès septembre prochain.",
        "Der Bürgermeister sagte, die Schule werde ab nächstem September 450 Schüler aufnehmen."
        "\tThe mayor said die Schule werde ab nächstem September 450 Schüler aufnehmen.",
        "O prefeito disse que a escola vai receber 450 alunos a partir de setembro.\t"
        "The mayor said the school vai receber 450 alunos a partir de setembro.",
        "Мэр сказал, что школа откроется в сентябре.\t"
        "The mayor said the school откроется в сентябре.",
        "قال رئيس البلدية إن المدرسة ستفتح في سبتمبر.\tThe mayor said the school ستفتح في سبتمبر.",
        "市长说学校明年九月开学。\tThe mayor said the school 明年九月开学.",
        "Biglietti esauriti\tBiglietti esauriti",  # two words, the source's, left as they were
        # An English article without a source: three words or more lingua confirms.
        "\tThe mayor said the school ospiterà 450 studenti a partire dal prossimo settembre.",
    ),
    near_misses=(
        "他说这是一个画龙点睛的作品。\tHe said it was a masterly finishing touch.",
        "Il governo ha approvato la legge.\tThe government passed the law.",
        "El ministro dijo que la situación es grave.\tThe minister said the situation is grave.",
        "Roma\tRome",
        "NASA\tNASA",
        "Berlin\tBerlin",
        "Он приехал в Москву.\tHe arrived in Moscow.",
        "وصل الوزير إلى القاهرة.\tThe minister arrived in Cairo.",
        "\tThe café served a piñata-shaped cake in São Paulo.",
        "Ha detto: «Pronto».\tHe said: “Pronto”.",
        "El presidente del Partido Popular habló.\tThe leader of the Partido Popular spoke.",
        "我们看到的是花儿。\tWhat we see is the flower.",
        "他在北京练气功。\tHe practises qigong in Beijing.",  # a loanword, a name
        "价格是一百元人民币。\tThe price is 100 renminbi.",
        # Titles, quotations, glosses in brackets and loanwords English uses stay quiet.
        "Il sindaco ha visto La forza del destino alla Scala.\t"
        "The mayor saw La forza del destino at La Scala.",
        "Ha gridato: “non mollate mai”.\tHe shouted: “non mollate mai”.",
        "Se celebró el Día de los Muertos.\tThe Day of the Dead (el día de los muertos) was held.",
        "Il parle de sa joie de vivre.\tHe speaks of his joie de vivre.",
        "Die Stimmung war ein Zeichen des Zeitgeists.\tThe mood was a sign of the Zeitgeist.",
        "Ha votato per il Partito democratico.\tHe voted for the Partito democratico.",
        "I carabinieri hanno arrestato il boss della 'ndrangheta.\t"
        "The carabinieri arrested the 'ndrangheta boss.",
        "Ha ordinato l'osso buco.\tHe ordered osso buco, a veal dish.",  # a kept term
        # Names, numbers, codes and brands are rightly left as their source.
        "Milano\tMilano",
        "Monte Bianco\tMonte Bianco",
        "Ferrari F40\tFerrari F40",
        "ID-4521\tID-4521",
        "\tThe café on the via Roma served pizza at the fiesta: 5 per cent, ad hoc, status quo.",
        "\tShe recalled the joie de vivre, the sotto voce asides and the fait accompli.",
    ),
)
def untranslated(text: str, ctx: CheckContext) -> Iterator[Issue]:
    if not text.strip() or not target_is_english(ctx):
        return
    visible = mask(text)
    if not ctx.source:
        yield from _monolingual(visible, ctx)
        return
    source = ctx.source
    runs = list(FOREIGN_RUN.finditer(visible))
    for m in runs:
        yield ctx.issue(m.start(), len(m.group()), f"untranslated: “{m.group()}”")
    if runs:
        return
    for left in pinyin_leftovers(mask(source), visible):
        message = f"“{left.word}” is {left.source_word} in pinyin, not translated"
        yield ctx.issue(left.start, left.end - left.start, message)
    lang = ctx.source_lang or guess_latin_language(source)
    if _norm(source) == _norm(text):
        if _identical_untranslated(text, lang):
            yield ctx.issue(0, len(text), "the target is the source, untranslated")
        return
    if lang and lang != "en" and latin_share(source) >= MIN_LATIN_SHARE:
        runs_ = fragments.runs(visible, lang, fragments.source_words(source), excused=True)
        for run in runs_:
            if not run.excused:
                yield _run_issue(visible, run, ctx)
        yield from _clauses(visible, lang, runs_, ctx)


def _monolingual(visible: str, ctx: CheckContext) -> Iterator[Issue]:
    """An English article: letters of foreign scripts, and runs of words of one
    Latin-script language that lingua confirms (no source to compare with)."""
    found: list[tuple[int, int]] = []
    # Most texts have no foreign letter at all: one search settles it.
    if has_foreign_script(visible) and latin_share(visible) >= MIN_LATIN_SHARE:
        found = [(m.start(), m.end()) for m in FOREIGN_RUN.finditer(visible)]
        for start, end in found:
            if not _tag_or_gloss(visible, start, end):
                yield ctx.issue(start, end - start, f"untranslated: “{visible[start:end]}”")
    rare = fragments.rare_cluster(visible)
    if not rare:
        return
    runs: list[fragments.Run] = []
    for m in _SENTENCE.finditer(visible):
        # Most sentences have fewer than three words English hardly knows: no list is read.
        if fragments.rare_words(m.group(), rare) < MIN_RARE:
            continue
        for run in fragments.best_runs(m.group(), fragments.LATIN_LANGUAGES):
            runs.append(replace(run, start=run.start + m.start(), end=run.end + m.start()))
    if runs and not _english_around(visible, runs):
        return
    for run in runs:
        if not any(run.start < e and s < run.end for s, e in found):
            yield _run_issue(visible, run, ctx)


_TOKEN_START = regex.compile(r"\S*\Z")
_GLOSSED = regex.compile(r"[\p{Script=Latin}\p{N}.,”\"']\s*\($")


def _tag_or_gloss(visible: str, start: int, end: int) -> bool:
    """A run written as it is on purpose in an English article: a hashtag or a handle
    (``the hashtag #大相撲``), or a bracketed gloss after the English words it glosses
    (``the Asahi Shimbun (朝日新聞)``).  Untranslated machine output is neither."""
    token = _TOKEN_START.search(visible, max(0, start - 100), start)
    if token and visible[token.start() : token.start() + 1] in ("#", "@"):
        return True
    before = visible[max(0, start - 3) : start]
    return visible[end : end + 1] == ")" and bool(_GLOSSED.search(before))


def _english_around(visible: str, runs: list[fragments.Run]) -> bool:
    """The text around the runs is English: an article with fragments in it, not an
    Italian article that happens to have been opened."""
    rest, at = [], 0
    for run in runs:
        rest.append(visible[at : run.start])
        at = run.end
    rest.append(visible[at:])
    words = _WORDS.findall(" ".join(rest))
    if len(words) < MIN_WORDS:
        return False
    return all(language_confidence(" ".join(words), r.lang) < 0.5 for r in runs)


def _run_issue(visible: str, run: fragments.Run, ctx: CheckContext) -> Issue:
    words = visible[run.start : run.end]
    return ctx.issue(run.start, run.end - run.start, f"untranslated ({run.lang}): “{words}”")


def _identical_untranslated(text: str, lang: str) -> bool:
    """A target left as its source: three words or more that lingua says are not English,
    or fewer that are all words of the source language (not names, numbers or codes)."""
    if len(_WORDS.findall(text)) >= 3:
        return language_confidence(text, lang) >= SURE if lang else _non_english(text)
    languages = (lang,) if lang and lang != "en" else fragments.LATIN_LANGUAGES
    return bool(fragments.identical_words(text, languages))


def _clauses(
    visible: str, lang: str, runs: list[fragments.Run], ctx: CheckContext
) -> Iterator[Issue]:
    """Clauses whose lower-case words (four or more) lingua is sure are in ``lang``, and
    that hold no run of its words: a run has the closer span, and a title or a quoted
    phrase (an excused run) is no clause to judge."""
    for m in _SENTENCE.finditer(visible):
        for part in _CLAUSE.split(m.group()):
            start = m.start() + m.group().find(part)
            end = start + len(part.rstrip())
            if any(r.start < end and start < r.end for r in runs):
                continue
            # Capitalised words are mostly names, which translations keep
            # ("the Partido Popular"): only the lower-case words are judged.
            common = [w for w in _WORDS.findall(part) if w[0].islower()]
            if len(common) < MIN_WORDS:
                continue
            # lingua reads a few foreign words as a foreign clause ("The carabinieri
            # arrested the 'ndrangheta boss"): most words must lean to the language.
            if 2 * sum(fragments.leans(w, lang) for w in common) <= len(common):
                continue
            if language_confidence(" ".join(common), lang) >= SURE:
                yield ctx.issue(start, end - start, f"untranslated ({lang}): “{part}”")


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _non_english(text: str) -> bool:
    """Unknown source language: any of a few common ones beats English clearly."""
    return any(language_confidence(text, lang) >= SURE for lang in ("it", "es", "fr", "de", "pt"))
