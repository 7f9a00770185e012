"""bilingual.consistency: one source translated two ways, or two sources given one translation.

Why: a batch that renders the same sentence (a recurring heading, a standard
phrase, a product name) differently confuses readers and breaks translation
memories; two different sources with the same translation usually mean one of
them was copied onto the wrong segment.  How: sources and targets are compared
after folding case, spacing and final punctuation; the same source (at least
three words, or six CJK characters) with a different target elsewhere in the
batch is reported on each variant that is not the most frequent one, with the
other places in ``related``; the same target (at least six words) for sources
that differ in their words is reported on each.  Flag only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from copydesk.checks.context import Batch, CheckContext
from copydesk.checks.model import Category, Issue, Location
from copydesk.checks.registry import check

# Shorter shared targets are stock phrases ("Thank you very much." for 谢谢 and 非常感谢).
MIN_SHARED_WORDS = 6
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_CJK = regex.compile(r"\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}")


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _substantial_source(text: str) -> bool:
    return len(_CJK.findall(text)) >= 6 or len(_WORD.findall(text)) >= 3


@dataclass
class _Index:
    by_source: dict[str, list[tuple[str, str, str]]]  # folded source -> (path, target, folded)
    by_target: dict[str, list[tuple[str, str, str]]]  # folded target -> (path, source, folded)


def _index(batch: Batch) -> _Index:
    by_source: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    by_target: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for m in batch.members:
        if m.source is None or not m.text.strip():
            continue
        fs, ft = _fold(m.source), _fold(m.text)
        if fs and _substantial_source(m.source):
            by_source[fs].append((m.path, m.text, ft))
        if len(ft.split()) >= MIN_SHARED_WORDS:
            by_target[ft].append((m.path, m.source, fs))
    return _Index(by_source, by_target)


@check(
    "bilingual.consistency",
    Category.CONSISTENCY,
    "the same source translated differently, or different sources translated the same",
    scope="batch",
    bilingual=True,
    examples=(
        "会议将于明天上午举行。\tThe meeting will be held tomorrow morning.\n"
        "会议将于明天上午举行。\tThe meeting will be held tomorrow morning.\n"
        "会议将于明天上午举行。\tThe conference takes place tomorrow.",
        "Il governo ha vinto.\tThe government won the vote in parliament.\n"
        "L'opposizione ha perso.\tThe government won the vote in parliament.",
    ),
    near_misses=(
        "会议将于明天上午举行。\tThe meeting will be held tomorrow morning.\n"
        "会议将于明天上午举行。\tThe meeting will be held tomorrow morning",
        "是的。\tYes.\n是的。\tRight.",
        "Il governo ha vinto il voto.\tThe government won the vote.\n"
        "Il governo ha vinto il voto!\tThe government won the vote.",
        "Grazie.\tThank you.\nGrazie mille.\tThank you.",
    ),
)
def consistency(text: str, ctx: CheckContext) -> Iterator[Issue]:
    source = ctx.source
    if source is None or not text.strip():
        return
    index = ctx.batch.memo("bilingual.consistency", _index)
    fs, ft = _fold(source), _fold(text)
    variants = index.by_source.get(fs, []) if _substantial_source(source) else []
    counts = Counter(folded for _, _, folded in variants)
    if len(counts) > 1:
        ranked = sorted(counts, key=lambda k: (-counts[k], k))
        if ft != ranked[0]:
            others = [Location(p, 0, len(t), t) for p, t, f in variants if f != ft]
            yield ctx.issue(
                0,
                len(text),
                f"the same source is translated {len(counts)} ways in this batch",
                confidence=0.6,
                related=others,
            )
    sharing = index.by_target.get(ft, []) if len(ft.split()) >= MIN_SHARED_WORDS else []
    different = [(p, s) for p, s, f in sharing if f != fs and p != ctx.path]
    if different:
        yield ctx.issue(
            0,
            len(text),
            "the same translation is given to a different source elsewhere in this batch",
            confidence=0.5,
            related=[Location(p, 0, len(s), s) for p, s in different],
        )
