"""Where an issue's figure, name or fragment stands on the other side of its unit.

The side-by-side view marks an issue on its own side and its counterpart on the
other, so the editor sees at once what the check compared: the same text where
the other side has it (a name, a code, a figure written alike), else, for a
figure, the figures the two sides do not share (``1,300`` in the target against
the source's ``1,200``).  Pure functions of the unit's texts.
"""

from __future__ import annotations

from copydesk.checks.bilingual.numbers import (
    loose_source_values,
    matched,
    source_figures,
    target_figures,
    target_values,
)
from copydesk.checks.rules.bilingual._common import mask

Span = tuple[int, int]  # offset, length


def _joins(edge: str, beside: str, beyond: str, *, left: bool) -> bool:
    """Whether ``beside`` continues the figure or Latin word that ``edge`` ends.

    A figure or word found inside a longer one is not its counterpart: the ``5`` of
    ``5万`` is not the ``5`` of ``A350`` or ``1.5`` (but is that of ``5km``).  CJK text
    has no spaces, so a fragment ending in a CJK character may stand anywhere.
    """
    if not beside:
        return False
    latin = beside.isascii() and beside.isalpha()
    if edge.isdigit():
        return beside.isdigit() or (left and latin) or (beside in ".," and beyond.isdigit())
    if edge.isascii() and edge.isalpha():
        return latin or (beside.isascii() and beside.isdigit())
    return False


def _bounded(text: str, start: int, length: int) -> bool:
    end = start + length
    before = _joins(text[start], text[start - 1 : start], text[start - 2 : start - 1], left=True)
    after = _joins(text[end - 1], text[end : end + 1], text[end + 1 : end + 2], left=False)
    return not (before or after)


def _occurrences(text: str, fragment: str, *, fold: bool) -> list[Span]:
    hay, needle = (text.casefold(), fragment.casefold()) if fold else (text, fragment)
    if len(hay) != len(text):  # casefold changed lengths (ß): offsets would drift
        return []
    found, start = [], hay.find(needle)
    while start >= 0:
        if _bounded(text, start, len(fragment)):
            found.append((start, len(fragment)))
        start = hay.find(needle, start + 1)
    return found


def unshared_figures(source: str, target: str, side: str) -> list[Span]:
    """Figures of the *other* side than ``side`` that the ``side`` text does not match."""
    src, tgt = mask(source), mask(target)
    if side == "target":  # the counterpart is in the source: its figures the target lacks
        values = target_values(tgt)
        return [(f.start, f.end - f.start) for f in source_figures(src) if not matched(f, values)]
    known = loose_source_values(src)
    return [(f.start, f.end - f.start) for f in target_figures(tgt) if not (f.values & known)]


def counterparts(source: str, target: str, side: str, offset: int, length: int) -> list[Span]:
    """Spans on the side other than ``side`` that answer ``[offset, offset+length)`` on it."""
    own, other = (source, target) if side == "source" else (target, source)
    fragment = own[offset : offset + length].strip()
    if not fragment or len(fragment) >= len(own.strip()):
        return []  # a whole-segment issue (an omission) has no one counterpart
    for fold in (False, True):
        found = _occurrences(other, fragment, fold=fold)
        if found:
            return found
    if any(c.isdigit() for c in fragment):
        return unshared_figures(source, target, side)
    return []
