"""Runs of source-language words inside an English sentence, by word frequency.

Why: machine translation and hurried translators leave a phrase of the source in the
middle of an English sentence ("the school ospiterà 450 studenti a partire dal prossimo
settembre"), where a guess of a whole sentence's or clause's language sees mostly
English.  How: every word is weighed with wordfreq in English and in the source
language (its small list: words seen at least once per million, a few hundredths of a
second to load).  A word *counts* when English hardly knows it (zipf below 3) and the
source language knows it at least 100 times better; a run is a stretch of counted
words joined only by spaces, numbers and words common in the source language ("a",
"dal", "e"), and it reaches out over words that lean to the source language.  A run
needs two counted words that are also words of the unit's source, or lingua's
confidence in the run; without a source (a monolingual article) three counted words
and lingua's confidence.

Precision: capitalised words (names, "the Partido Popular") never count; a run inside
quotation marks is a quoted phrase, one that continues a capitalised foreign word is a
title or a name ("the opera La forza del destino"); loanwords English uses (café,
fiesta, per cent, ad hoc, status quo, joie de vivre) have an English frequency, so
they neither count nor make two counted words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from copydesk.checks.bilingual.scripts import language_confidence
from copydesk.checks.lexicon import zipf

# Latin-script languages wordfreq has a list for, read when a source names none.
LATIN_LANGUAGES = ("it", "es", "fr", "de", "pt")
ENGLISH_RARE = 3.0  # below: English hardly uses the word (about once per million words)
RARE_FREQUENCY = 10 ** (ENGLISH_RARE - 9)  # the same as a frequency
GAP = 2.0  # a counted word is at least 100 times more frequent in the source language
LEAN = 1.0  # a word ten times more frequent there leans to it: a run reaches over it
COMMON = 5.0  # a very common source word ("a", "in") may join counted words
JOIN = 4.0  # so may a common word more frequent there than in English ("grave")
# A phrase of a few words English has met, each at least once per 100 million words,
# is one it borrowed ("joie de vivre", "sotto voce", "fait accompli").
LOAN_WORDS = 3
LOAN_ZIPF = 2.0
UNKNOWN = 1.0  # English has (almost) never seen the word
SURE = 0.95  # lingua's confidence in a run, against English
MIN_WITH_SOURCE = 2
MIN_WITHOUT_SOURCE = 3
# Two words alone are most often a term the translation keeps on purpose, glossed or not
# ("osso buco", "the reforma laboral, the labour reform"); a fragment runs longer.
MIN_TOKENS = 3
CLUSTER = 12  # words from the first to the last of three counted words, at most

_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*|\d[\d.,]*\d|\d")
# The standard library's engine: several times faster than ``regex`` on this simple pattern.
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
_OPEN_QUOTES = "“«„‘‹"
_CLOSE_QUOTES = "”»’›"
_SENTENCE_END = ".!?:;\n"


@dataclass(frozen=True)
class Run:
    """Source-language words in an English text: where they are, in which language."""

    start: int
    end: int
    lang: str
    counted: int  # words English hardly knows that the language knows well
    # Why a run is not reported ("quoted", "title", "unconfirmed"); "" for a finding.
    excused: str = ""


@cache
def _english() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")  # the list lexicon.zipf reads, loaded once


def rare_cluster(text: str) -> frozenset[str]:
    """The lower-case words English hardly knows, when three of them stand close together
    somewhere in ``text`` (else none): one pass over a whole article before any
    sentence is read, a plain look-up per distinct word."""
    words = _PLAIN_WORD.findall(text)
    english = _english()
    rare = {w for w in set(words) if w.islower() and english.get(w, 0.0) < RARE_FREQUENCY}
    if len(rare) < MIN_WITHOUT_SOURCE:
        return frozenset()
    at = [i for i, w in enumerate(words) if w in rare]
    last = MIN_WITHOUT_SOURCE - 1
    if any(at[k + last] - at[k] <= CLUSTER for k in range(len(at) - last)):
        return frozenset(rare)
    return frozenset()


def rare_words(text: str, rare: frozenset[str]) -> int:
    """How many words of ``text`` are in ``rare`` (see :func:`rare_cluster`)."""
    return sum(1 for w in _PLAIN_WORD.findall(text) if w in rare)


@lru_cache(maxsize=100_000)
def foreign_zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang, wordlist="small")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    kind: str  # "count", "lean", "join", "" (breaks a run)
    capital: bool  # capitalised and not the first word of its sentence


def _kind(word: str, lang: str, source: frozenset[str] = frozenset()) -> str:
    if word[0].isdigit():
        return "join"
    lower = word.lower()
    english, there = zipf(lower), foreign_zipf(lower, lang)
    if english < ENGLISH_RARE and there >= english + GAP:
        return "count"
    # An inflection too rare for the small list ("nächstem") that English does not
    # know either counts when the unit's source has it.
    if english < UNKNOWN and there == 0.0 and word.casefold() in source:
        return "count"
    if there >= english + LEAN:
        return "lean"
    if (there >= COMMON and there >= english - 0.5) or (there >= JOIN and there >= english):
        return "join"
    return ""


def leans(word: str, lang: str) -> bool:
    """``word`` is ten times or more as frequent in ``lang`` as in English."""
    return _kind(word, lang) in ("count", "lean")


def _tokens(text: str, lang: str, source: frozenset[str] = frozenset()) -> list[_Token]:
    found: list[_Token] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        first = _opens_sentence(text, m.start())
        capital = word[0].isupper() and not first
        found.append(_Token(m.start(), m.end(), word, _kind(word, lang, source), capital))
    return found


def _opens_sentence(text: str, at: int) -> bool:
    i = at - 1
    while i >= 0 and (text[i] in ' \t"(' or text[i] in _OPEN_QUOTES):
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _stretches(text: str, tokens: list[_Token]) -> Iterator[list[_Token]]:
    """Maximal stretches of tokens that may belong to a run, joined by spaces only."""
    stretch: list[_Token] = []
    for tok in tokens:
        joined = bool(stretch) and text[stretch[-1].end : tok.start].isspace()
        if stretch and (not joined or not tok.kind):
            yield stretch
            stretch = []
        if tok.kind:
            stretch.append(tok)
    if stretch:
        yield stretch


def _counts(tok: _Token) -> bool:
    return tok.kind == "count" and not tok.capital


def _quoted(text: str, start: int) -> bool:
    """True when ``start`` lies inside quotation marks or brackets opened in its sentence:
    a quotation, or the original given beside its translation ("the Day of the Dead
    (el día de los muertos)")."""
    cut = max(text.rfind(c, 0, start) for c in _SENTENCE_END)
    head = text[cut + 1 : start]
    opened = sum(head.count(c) for c in _OPEN_QUOTES) - sum(head.count(c) for c in _CLOSE_QUOTES)
    brackets = head.count("(") + head.count("[") - head.count(")") - head.count("]")
    return opened > 0 or brackets > 0 or head.count('"') % 2 == 1


def runs(
    text: str, lang: str, source_words: frozenset[str] | None = None, excused: bool = False
) -> list[Run]:
    """Runs of ``lang`` words in ``text``; with ``source_words`` (the unit's source,
    case-folded), two counted words must be among them or lingua must be sure.
    ``excused`` adds the runs left unreported, each with its reason."""
    found: list[Run] = []
    minimum = MIN_WITH_SOURCE if source_words is not None else MIN_WITHOUT_SOURCE
    tokens = _tokens(text, lang, source_words or frozenset())
    for stretch in _stretches(text, tokens):
        for run in _cut(stretch):
            counted = [t for t in run if _counts(t)]
            reason = _excuse(text, stretch, run, lang, source_words)
            # A title or a quotation of one word is still one the caller should not judge.
            if len(counted) < minimum and reason not in ("quoted", "title"):
                continue
            if excused or not reason:
                found.append(Run(run[0].start, run[-1].end, lang, len(counted), reason))
    return found


def _excuse(
    text: str, stretch: list[_Token], run: list[_Token], lang: str, words: frozenset[str] | None
) -> str:
    if _quoted(text, run[0].start):
        return "quoted"
    if _title(stretch, run):
        return "title"
    if len(run) < MIN_TOKENS:
        return "term"
    if len(run) <= LOAN_WORDS and all(zipf(t.text) >= LOAN_ZIPF for t in run if _counts(t)):
        return "loan"
    if words is not None and sum(t.text.casefold() in words for t in run if _counts(t)) >= 2:
        return ""
    if language_confidence(text[run[0].start : run[-1].end], lang) >= SURE:
        return ""
    return "unconfirmed"


def _cut(stretch: list[_Token]) -> Iterator[list[_Token]]:
    """The run of a stretch: first to last counted word, reaching out over leaning words.

    Capitalised words may stand inside a run (German nouns, a name in a clause) but
    neither start nor end one: "die Schule werde" reaches "die", "La forza" stops."""
    marks = [i for i, t in enumerate(stretch) if _counts(t)]
    if not marks:
        return
    first, last = marks[0], marks[-1]
    while first > 0 and stretch[first - 1].kind in ("lean", "count"):
        first -= 1
    while stretch[first].capital:
        first += 1
    while last + 1 < len(stretch) and stretch[last + 1].kind in ("lean", "count"):
        last += 1
    while stretch[last].capital:
        last -= 1
    yield stretch[first : last + 1]


def _title(stretch: list[_Token], run: list[_Token]) -> bool:
    """A run right after a capitalised source-language word continues a title or a name
    ("La forza del destino", "Corriere della Sera"); not when a lower-case word of the
    language comes before that one (German nouns: "die Schule wird ...")."""
    at = stretch.index(run[0])
    if at == 0 or not stretch[at - 1].capital or stretch[at - 1].kind not in ("count", "lean"):
        return False
    return at == 1 or stretch[at - 2].capital or stretch[at - 2].kind == "join"


def source_words(source: str) -> frozenset[str]:
    return frozenset(m.group().casefold() for m in _TOKEN.finditer(source))


def best_runs(text: str, languages: Sequence[str]) -> list[Run]:
    """Without a source: the runs of whichever language finds the most counted words."""
    candidates = [r for lang in languages for r in runs(text, lang)]
    kept: list[Run] = []
    for run in sorted(candidates, key=lambda r: -r.counted):
        if all(run.end <= k.start or k.end <= run.start for k in kept):
            kept.append(run)
    return sorted(kept, key=lambda r: r.start)


def identical_words(text: str, languages: Sequence[str]) -> str:
    """The language whose words a short target left as its source consists of, or "".

    Every word must count (English hardly knows it, the language well); a capitalised
    word only opens the text and only before a lower-case one, so names ("Monte
    Bianco", "Milano"), numbers, codes and brand names stay unreported."""
    words = [m.group() for m in _TOKEN.finditer(text)]
    if not words or any(not w[0].isalpha() for w in words):
        return ""
    if any(w[0].isupper() for w in words[1:]) or (words[0][0].isupper() and len(words) < 2):
        return ""
    for lang in languages:
        if all(_kind(w, lang) == "count" for w in words):
            return lang
    return ""
