"""Word knowledge shared by the word-artifact checks (no check is registered here).

- ``affix_counts``: how productive a string is as the head or tail of known
  English words ("man", "ness", "able" end hundreds of words; "admiral" none).
  A glued-looking token whose tail is productive is more likely a real
  compound or derived word ("Kettleborough", "zoomable") than two words run
  together.  Computed once, lazily, from wordfreq's own word list.
- ``batch_counts``, ``batch_capitalised_inside``: token counts, so a check
  can ask "is this name used on its own elsewhere?" and "is this odd token used
  more than once?" (an accident is rarely repeated; a name usually is).
- ``in_link``: tokens inside URLs, e-mail addresses, hashtags and handles.
- ``dateline_place``: the place a wire dateline names in capitals ("MANAMA, Bahrain —").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import NamedTuple

import regex
from wordfreq import iter_wordlist

from copydesk.checks.context import BatchIndex, CheckContext
from copydesk.checks.data import word_set
from copydesk.checks.tokens import Span, sentence_spans, sentences, word_spans

# Only the top of the frequency list: parts of compounds must themselves be
# ordinary words, and the scan stays well under a second.
_PART_VOCAB = 60_000
_SCAN_VOCAB = 300_000
_MIN_PART = 3


@cache
def affix_counts() -> tuple[Counter[str], Counter[str]]:
    """(heads, tails): how many known words are ``head + known word`` / ``known word + tail``."""
    vocab = []
    for n, word in enumerate(iter_wordlist("en")):
        if n >= _SCAN_VOCAB:
            break
        vocab.append(word)
    parts = set(vocab[:_PART_VOCAB])
    heads: Counter[str] = Counter()
    tails: Counter[str] = Counter()
    for word in vocab:
        if not word.isalpha():
            continue
        for i in range(_MIN_PART, len(word) - _MIN_PART + 1):
            head, tail = word[:i], word[i:]
            if head in parts and tail in parts:
                heads[head] += 1
                tails[tail] += 1
    return heads, tails


# Endings counted up to this length: longer tails ("announced") are checked by shape.
_MAX_ENDING = 9


class Endings(NamedTuple):
    """How many known words end in each common word, by what comes before it."""

    all: Counter[str]  # "more": 159 ("Gilmore", "Tullamore"); "must", "announced": 0
    after_vowel: Counter[str]  # "and": 15 ("Briand"), though it ends 824 words
    after_name: Counter[str]  # after no common word: "felt" in "Magherafelt"; "said": 0


@cache
def ending_counts() -> Endings:
    """Which common words close other known words, and after what.

    A tail that closes no known word (or only after a common word: "aforesaid")
    is no name ending either.  Only endings that are themselves among the
    commonest words are counted.
    """
    vocab = []
    for n, word in enumerate(iter_wordlist("en")):
        if n >= _SCAN_VOCAB:
            break
        vocab.append(word)
    common = set(vocab[:_PART_VOCAB])
    endings = Endings(Counter(), Counter(), Counter())
    for word in vocab:
        if not word.isalpha():
            continue
        for k in range(2, min(_MAX_ENDING, len(word) - _MIN_PART) + 1):
            ending = word[-k:]
            if ending in common and len(ending) == k:
                endings.all[ending] += 1
                if word[-k - 1] in "aeiouy":
                    endings.after_vowel[ending] += 1
                if word[:-k] not in common:
                    endings.after_name[ending] += 1
    return endings


@cache
def seam_counts(tail: str, width: int = 2) -> Counter[str]:
    """How many known words end in each ``width`` letters followed by ``tail`` ("ri" + "and":
    Briand, Perriand; "ni" + "and": none; at width 3, "li" + "at" ends a few surnames, "oli" +
    "at" none).  Read from wordfreq's list once per tail and width."""
    seams: Counter[str] = Counter()
    for n, word in enumerate(iter_wordlist("en")):
        if n >= _SCAN_VOCAB:
            break
        if word.endswith(tail) and len(word) >= len(tail) + width:
            seams[word[-len(tail) - width : -len(tail)]] += 1
    return seams


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line list from ``resources/word/`` (``#`` starts a comment)."""
    return word_set("word", name)


def document_key(text: str) -> int:
    """Equal for two copies of one article, even if they differ in white space only."""
    return hash(" ".join(text.split()))


class DistinctCounts:
    """A fold of per-file counts in which a second copy of an article counts for nothing.

    Evidence counted across the batch ("this token occurs elsewhere, so it is a name")
    must come from distinct documents: a second copy of the same wire story repeats its
    artifacts, and would otherwise hide them.
    """

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.seen: set[int] = set()

    def add(self, _member: int, summary: tuple[int, Counter[str]]) -> None:
        key, counts = summary
        if key not in self.seen:
            self.seen.add(key)
            self.counts.update(counts)


def distinct_index(
    key: str, count: Callable[[str], Counter[str]]
) -> BatchIndex[tuple[int, Counter[str]], DistinctCounts, Counter[str]]:
    """A batch index of ``count(text)`` summed over the batch's distinct documents."""
    return BatchIndex(
        key,
        lambda m: (document_key(m.text), count(m.text)),
        DistinctCounts,
        lambda acc, n, summary: acc.add(n, summary),
        lambda acc, _r: acc.counts,
    )


# How often each token, as written, occurs in the batch's distinct documents.
BATCH_COUNTS = distinct_index(
    "word.batch-counts", lambda text: Counter(w.text for w in word_spans(text))
)


def batch_counts(ctx: CheckContext) -> Counter[str]:
    """How often each token, as written, occurs in the whole batch."""
    return ctx.index(BATCH_COUNTS)


def _inside(text: str) -> Counter[str]:
    starts = sentence_starts(text)
    # One list counted at once (C), in the words' order: the same counter as one by one.
    return Counter([w for at, _, w in word_spans(text) if w[0].isupper() and at not in starts])


# Capitalised tokens of the batch that do not start a sentence (names, mostly).
CAPITALISED_INSIDE = distinct_index("word.batch-capitalised-inside", _inside)


def batch_capitalised_inside(ctx: CheckContext) -> Counter[str]:
    """Capitalised tokens of the batch that do not start a sentence (names, mostly)."""
    return ctx.index(CAPITALISED_INSIDE)


_OPENERS = "\"'“‘«([—–-* "


@lru_cache(maxsize=8)
def sentence_starts(text: str) -> frozenset[int]:
    """Offsets of the first word of every sentence (after any opening quote or dash).

    Kept for the last few texts: several checks ask it of the same whole text.
    """
    return _starts(text, sentence_spans(text))


def _starts(text: str, spans: Iterable[Span]) -> frozenset[int]:
    starts = set()
    for s in spans:
        i = s.start
        while i < s.end and text[i] in _OPENERS:
            i += 1
        starts.add(i)
    return frozenset(starts)


_WINDOW = 400
_AHEAD = 40


def starts_sentence(text: str, pos: int) -> bool:
    """True when the word at ``pos`` begins a sentence; looks only at the text just before.

    Same answer as ``pos in sentence_starts(text)`` (within a window of a few
    hundred characters), without splitting the whole text for one question.
    """
    line = text.rfind("\n", 0, pos) + 1
    start = max(line, pos - _WINDOW)
    # Whether ``pos`` starts a sentence depends only on the text before it (and the
    # character after a period), so the window ends a few characters on: up to the
    # line end it made every call on a long line cost the whole line.
    end = text.find("\n", pos, pos + _AHEAD)
    window = text[start : min(len(text), pos + _AHEAD) if end < 0 else end]
    return (pos - start) in _starts(window, sentences(window))


def starts_between(text: str, lo: int, hi: int) -> frozenset[int]:
    """Offsets in ``[lo, hi)`` where a sentence begins: ``starts_sentence`` for many
    positions at once, splitting one window instead of one window per position."""
    line = text.rfind("\n", 0, lo) + 1
    start = max(line, lo - _WINDOW)
    end = text.find("\n", lo, hi + _AHEAD)
    window = text[start : min(len(text), hi + _AHEAD) if end < 0 else end]
    found = _starts(window, sentences(window))
    return frozenset(start + s for s in found if lo <= start + s < hi)


_CHUNK_END = regex.compile(r"\s")
_LINKISH = regex.compile(r"[@#]|://|\bwww\.|\p{L}\.\p{L}{2,}|[\\/_=<>{}|`~$%^&]")


# No prose chunk (a word with its punctuation, a URL) is longer than this; a longer run
# of non-space characters is code or debris, and scanning it for every word in it
# would be quadratic.
MAX_CHUNK = 500


def chunk_around(text: str, start: int, end: int) -> str:
    """The run of non-space characters containing ``text[start:end]``.

    Looks at most ``MAX_CHUNK`` characters either side: the result is then longer
    than ``MAX_CHUNK`` and cut there.
    """
    left = start
    stop = max(0, start - MAX_CHUNK)
    while left > stop and not text[left - 1].isspace():
        left -= 1
    m = _CHUNK_END.search(text, end, end + MAX_CHUNK)
    right = m.start() if m else min(len(text), end + MAX_CHUNK)
    return text[left:right]


def in_link(text: str, start: int, end: int) -> bool:
    """True for tokens in URLs, e-mail addresses, hashtags, @handles, paths and code.

    Also for any token in a run of non-space characters longer than ``MAX_CHUNK``:
    that is no prose either.
    """
    chunk = chunk_around(text, start, end)
    return len(chunk) > MAX_CHUNK or bool(_LINKISH.search(chunk))


# A dateline line: capitals, a country or an agency, a dash and a word ("TØNDER, Denmark — The")
DATELINE_LINE = regex.compile(
    r"(?m)^(\p{Lu}[\p{Lu}\p{M} .'’-]*?)(?:,[^\S\n]+\p{Lu}[\p{L}\p{M} .'’-]*?"
    r"(?:[^\S\n]+\([^)\n]*\))?|[^\S\n]+\([^)\n]*\))[^\S\n]+[—–-][^\S\n]+\p{L}"
)


def dateline_place(text: str) -> str | None:
    """The place, in capitals, of the text's first dateline line ("TØNDER" from "TØNDER,
    Denmark — The …"), or None."""
    m = DATELINE_LINE.search(text)
    return m.group(1) if m else None
