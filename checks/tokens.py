"""Words, sentences and paragraphs of a text, each with its ``str`` span.

Shared by the checks so that every one of them splits text the same way.
Sentences end at ``.``, ``!`` or ``?`` (with any closing quotes or brackets)
before white space, unless the word before the period is a known abbreviation
or a single capital (an initial), or an abbreviation such as ``a.m.`` followed by a
lower-case word ("at 10 a.m. on Saturday"); a line break always ends a sentence, because
headlines, captions and credits stand on lines of their own.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from copydesk.checks.language import abbreviations, continuing_abbreviations

# A word: letters, inner apostrophes or hyphens, digits after a letter ("Varga's", "Covid-19").
WORD = regex.compile(r"\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*")
# From the start of a run of end marks only, and possessive: the same matches, but a
# long run ("....x") is tried once instead of once per position (that was quadratic).
_SENTENCE_END = regex.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s|\Z)|\n")
CLOSING = "\"'”’»)]"
# Searched from the end (regex.REVERSE): the same match as forward, one start tried, not
# one per character of the window (tests/checks/test_reverse_patterns.py).
_TRAILING_WORD = regex.compile(r"([\p{L}.]+)\Z", regex.REVERSE)
_LAST_SPACE = regex.compile(r"\s+", regex.REVERSE)


class Span(NamedTuple):
    """A piece of text and where it stands; a tuple because checks make hundreds of thousands."""

    start: int
    end: int
    text: str


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    for m in WORD.finditer(text, start, len(text) if end is None else end):
        yield Span(m.start(), m.end(), m.group())


_NEW = tuple.__new__


@lru_cache(maxsize=8)
def word_spans(text: str) -> tuple[Span, ...]:
    """``words(text)`` as a tuple, kept for the last few texts: several checks read
    every word of the same text, and matching ``WORD`` is the costly part."""
    # The same spans as ``words``, built without a generator or NamedTuple's own
    # ``__new__``: a fifth less CPU on every text's words (measured on bench/corpus.py).
    # The words come from one ``findall`` (no match object per word) and each is placed
    # with ``str.find`` from the end of the one before: a match starts with a letter and
    # every letter outside a match starts one, so between two matches there is no letter,
    # and the first place the word is found is where it was matched.
    spans: list[Span] = []
    append, find = spans.append, text.find
    at = 0
    for word in WORD.findall(text):
        at = find(word, at)
        end = at + len(word)
        append(_NEW(Span, (at, end, word)))
        at = end
    return tuple(spans)


@lru_cache(maxsize=8)
def _word_starts(text: str) -> list[int]:
    return [w.start for w in word_spans(text)]


def words_in(text: str, start: int, end: int) -> Sequence[Span]:
    """``list(words(text, start, end))``, taken from the whole text's ``word_spans``.

    ``WORD`` looks neither behind nor ahead, so a word of the whole text that lies
    inside ``[start, end)`` is the word found there alone.  Where a word of the whole
    text runs across either bound (a cut inside a word), the span is matched on its own.
    """
    spans, starts = word_spans(text), _word_starts(text)
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    if (lo and spans[lo - 1].end > start) or (hi > lo and spans[hi - 1].end > end):
        return list(words(text, start, end))
    return spans[lo:hi]


def _is_abbreviation_end(text: str, period: int) -> bool:
    """True when the ``.`` at ``period`` closes an abbreviation or an initial."""
    m = _TRAILING_WORD.search(text[max(0, period - 12) : period])
    if not m:
        return False
    word = m.group(1)
    if word in abbreviations() or word.rstrip(".") in abbreviations():
        return True
    continuing = continuing_abbreviations()
    if (word in continuing or word.lower() in continuing) and _LOWER_NEXT.match(text, period + 1):
        return True  # "at 10 a.m. on Saturday": the sentence goes on
    return len(word) == 1 and word.isupper()  # an initial: "Tomas J. Varga"


# White space on the line, then a lower-case letter.
_LOWER_NEXT = regex.compile(r"[^\S\n]+\p{Ll}")


def sentences(text: str) -> Iterator[Span]:
    """Sentence spans, stripped of surrounding white space; empty lines yield nothing."""
    # ``_stripped`` written out: a generator per sentence cost a third of the split.
    start = 0
    for m in _SENTENCE_END.finditer(text):
        mark = m.group()
        if mark == "\n":
            end = m.start()
        elif mark.rstrip(CLOSING) == "." and _is_abbreviation_end(text, m.start()):
            continue
        else:
            end = m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield _NEW(Span, (start, end, text[start:end]))
        start = m.end()
    yield from _stripped(text, start, len(text))


@lru_cache(maxsize=8)
def sentence_spans(text: str) -> tuple[Span, ...]:
    """``sentences(text)`` as a tuple, kept for the last few texts.

    Half a dozen checks (and Harper's chunking) split the same whole text; they share
    one split.  Short windows that a check splits for one question use ``sentences``
    instead, so that they do not push the whole texts out of this small cache.
    """
    return tuple(sentences(text))


def bounded(text: str, spans: Iterable[Span], limit: int) -> Iterator[Span]:
    """``spans`` with any longer than ``limit`` characters cut into pieces of at most ``limit``.

    A cut falls after the last white space of the piece, or at ``limit`` when there is
    none.  Checks that compare things within a sentence use this so that a text without
    punctuation (one 5 MB "sentence") costs them linear time, not quadratic.
    """
    for span in spans:
        start, end = span.start, span.end
        while end - start > limit:
            cut = start + limit
            space = _LAST_SPACE.search(text, start + 1, cut)
            piece_end = space.start() if space else cut
            yield from _stripped(text, start, piece_end)
            start = space.end() if space else cut
        yield from _stripped(text, start, end)


_LINE = regex.compile(r"[^\n]+")


def paragraphs(text: str) -> Iterator[Span]:
    """Non-empty lines, each one paragraph (scraped articles put one paragraph on a line)."""
    for m in _LINE.finditer(text):
        if m.group().strip():
            yield from _stripped(text, m.start(), m.end())


def _stripped(text: str, start: int, end: int) -> Iterator[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Span(start, end, text[start:end])


def in_quotation(text: str, start: int) -> bool:
    """True when an opening quote mark before ``start`` in its paragraph is still open.

    Straight quotes open and close alike: an odd number of them before ``start`` is open.
    """
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start]
    curly = before.count("“") > before.count("”")
    return curly or before.count('"') % 2 == 1
