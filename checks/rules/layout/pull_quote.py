"""layout.pull-quote: a sentence standing alone that the article also carries elsewhere.

Why: web layouts repeat a striking line as a pull quote; scraped, it becomes a
paragraph that says again (often in a slightly different wording, when the
copies were translated separately) what a later or earlier paragraph quotes.

Example: ``Both agencies share data on matters that are not meant for public
debate or official statements.`` as a paragraph of its own,
and later ``“Both agencies share data on matters that are not meant for public
comment or official statements,” Sorokin told local media.``
Fix (not safe): remove the standalone copy.  Similarity is the share of the
standalone line's words that difflib finds, in order, in the other paragraph;
word-pair shingles pick the paragraphs worth comparing, so long texts stay fast.
Two identical whole paragraphs are a repeated paragraph, not a pull quote, and
are left to the repetition checks.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from difflib import SequenceMatcher
from itertools import pairwise

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue, Location
from copydesk.checks.registry import check
from copydesk.checks.rules.layout._lines import Line, lines, removal_span

MAX_WORDS = 45
# A pull quote repeats someone's words: with quotes on either copy a near match
# will do; without, only a long and all but exact repeat counts.
MIN_WORDS_QUOTED, THRESHOLD_QUOTED = 8, 0.85
MIN_WORDS_UNQUOTED, THRESHOLD_UNQUOTED = 12, 0.95
# Scattered matches are not a repeat: one run must hold half the words.
MIN_RUN_SHARE = 0.5
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_OPEN, _CLOSE = "\"“‘«'", "\"”’»'"


def _norm(text: str) -> list[str]:
    return list(map(str.lower, _WORD.findall(text)))


_INNER_BREAK = regex.compile(r"[.!?]\s+\p{Lu}")


def _standalone(line: Line) -> bool:
    """One sentence, no attribution: the line may be wholly in quotes but no more."""
    body = line.text.strip()
    if body and body[0] in _OPEN and body.rstrip(".!?…")[-1:] in _CLOSE:
        body = body[1:].rstrip(".!?…")[:-1]
    if any(q in body for q in '"“”«»'):
        return False
    inner = body.rstrip('.!?…"”’»')
    return not _INNER_BREAK.search(inner)


def _quoted(text: str) -> bool:
    return any(q in text for q in '"“«')


def _coverage(short: list[str], long: list[str]) -> float:
    """Share of ``short``'s words found in order in ``long`` (0 when scattered)."""
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    if max(b.size for b in blocks) < len(short) * MIN_RUN_SHARE:
        return 0.0
    return sum(b.size for b in blocks) / len(short)


@check(
    "layout.pull-quote",
    Category.LAYOUT,
    "A sentence standing alone that the article repeats (a pull quote)",
    reads_repaired=True,
    examples=(
        (
            "Headline\n\nThe minister said little.\n\n«Both agencies share data on matters "
            "that are not meant for public debate or official statements.\n\n»He left.\n\n"
            "“Both agencies share data on matters that are not meant for public comment or "
            "official statements,” Sorokin told local media.",
            "",
        ),
        (
            "Headline\n\n“We are ready to raise import tariffs again if needed,” Lund said "
            "on Monday.\n\nThe talks went on.\n\n«“We are ready to raise import tariffs "
            "again.”\n\n»More text.",
            "",
        ),
    ),
    near_misses=(
        "Headline\n\nThe talks went on for three more days in the city.\n\nThe talks went on "
        "for three more days in the city.",
        "Headline\n\nThe ferry left the harbour on Tuesday morning.\n\nThe barge left "
        "the dock on Monday evening after a long delay.",
        "Headline\n\nHe left.\n\nThe two ports cooperate.\n\n“The two ports cooperate,” he said.",
    ),
)
def pull_quote(text: str, ctx: CheckContext) -> Iterator[Issue]:
    paras = lines(text)
    normed = [_norm(p.text) for p in paras]
    alone = [
        i
        for i, para in enumerate(paras)
        if MIN_WORDS_QUOTED <= len(normed[i]) <= MAX_WORDS
        and not para.is_first
        and _standalone(para)
    ]
    if not alone:
        return  # most articles: no line that could be a pull quote, no index to build
    # Only the word pairs of those lines are ever looked up: the index holds no others.
    wanted = {pair for i in alone for pair in pairwise(normed[i])}
    shingles: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, ws in enumerate(normed):
        for pair in wanted.intersection(pairwise(ws)):
            shingles[pair].add(i)
    for i in alone:
        para, words = paras[i], normed[i]
        shared: Counter[int] = Counter()
        pairs = set(pairwise(words))
        for pair in pairs:
            for j in shingles[pair]:
                if j != i:
                    shared[j] += 1
        best: tuple[float, int] | None = None
        for j, count in shared.items():
            if count < len(pairs) * 0.5:
                continue
            other = normed[j]
            # The same whole paragraph twice is a repetition, not a pull quote.
            if len(other) <= len(words) and _standalone(paras[j]):
                continue
            if _quoted(para.text) or _quoted(paras[j].text):
                least, threshold = MIN_WORDS_QUOTED, THRESHOLD_QUOTED
            else:
                least, threshold = MIN_WORDS_UNQUOTED, THRESHOLD_UNQUOTED
            if len(words) < least:
                continue
            score = _coverage(words, other)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, j)
        if best is None:
            continue
        score, j = best
        other_para = paras[j]
        offset, length = removal_span(text, para.start, para.end)
        yield ctx.issue(
            offset,
            length,
            "Same sentence repeated as a pull quote",
            [""],
            confidence=0.8 if score >= 0.95 else 0.65,
            related=[
                Location(
                    ctx.path, other_para.start, other_para.end - other_para.start, other_para.text
                )
            ],
        )
