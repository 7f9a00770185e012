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
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex
from wordfreq import iter_wordlist

from checks.context import Batch, CheckContext
from checks.data import word_set
from checks.tokens import WORD, sentences

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


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line list from ``resources/word/`` (``#`` starts a comment)."""
    return word_set("word", name)


def distinct_texts(batch: Batch) -> list[str]:
    """The batch's texts with duplicate copies dropped (the same wire story twice).

    Evidence counted across the batch ("this token occurs elsewhere, so it is a name")
    must come from distinct documents: a second copy of an article repeats its
    artifacts, and would otherwise hide them.  Copies that differ only in white
    space count as one.
    """
    seen: set[str] = set()
    out = []
    for member in batch.members:
        key = " ".join(member.text.split())
        if key not in seen:
            seen.add(key)
            out.append(member.text)
    return out


def _counts(batch: Batch) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in distinct_texts(batch):
        counts.update(WORD.findall(text))
    return counts


def batch_counts(ctx: CheckContext) -> Counter[str]:
    """How often each token, as written, occurs in the whole batch."""
    return ctx.batch.memo("word.batch-counts", _counts)


def _inside(batch: Batch) -> Counter[str]:
    inside: Counter[str] = Counter()
    for text in distinct_texts(batch):
        starts = sentence_starts(text)
        for w in WORD.finditer(text):
            if w.group()[0].isupper() and w.start() not in starts:
                inside[w.group()] += 1
    return inside


def batch_capitalised_inside(ctx: CheckContext) -> Counter[str]:
    """Capitalised tokens of the batch that do not start a sentence (names, mostly)."""
    return ctx.batch.memo("word.batch-capitalised-inside", _inside)


_OPENERS = "\"'“‘«([—–-* "


def sentence_starts(text: str) -> frozenset[int]:
    """Offsets of the first word of every sentence (after any opening quote or dash)."""
    starts = set()
    for s in sentences(text):
        i = s.start
        while i < s.end and text[i] in _OPENERS:
            i += 1
        starts.add(i)
    return frozenset(starts)


_WINDOW = 400


def starts_sentence(text: str, pos: int) -> bool:
    """True when the word at ``pos`` begins a sentence; looks only at the text just before.

    Same answer as ``pos in sentence_starts(text)`` (within a window of a few
    hundred characters), without splitting the whole text for one question.
    """
    line = text.rfind("\n", 0, pos) + 1
    start = max(line, pos - _WINDOW)
    end = text.find("\n", pos)
    window = text[start : len(text) if end < 0 else end]
    return (pos - start) in sentence_starts(window)


_CHUNK_END = regex.compile(r"\s")
_LINKISH = regex.compile(r"[@#]|://|\bwww\.|\p{L}\.\p{L}{2,}|[\\/_=<>{}|`~$%^&]")


def chunk_around(text: str, start: int, end: int) -> str:
    """The run of non-space characters containing ``text[start:end]``."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    m = _CHUNK_END.search(text, end)
    right = m.start() if m else len(text)
    return text[left:right]


def in_link(text: str, start: int, end: int) -> bool:
    """True for tokens in URLs, e-mail addresses, hashtags, @handles, paths and code."""
    return bool(_LINKISH.search(chunk_around(text, start, end)))
