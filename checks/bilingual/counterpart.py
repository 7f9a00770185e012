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


def _occurrences(text: str, fragment: str, *, fold: bool) -> list[Span]:
    hay, needle = (text.casefold(), fragment.casefold()) if fold else (text, fragment)
    if len(hay) != len(text):  # casefold changed lengths (ß): offsets would drift
        return []
    found, start = [], hay.find(needle)
    while start >= 0:
        found.append((start, len(fragment)))
        start = hay.find(needle, start + len(fragment))
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
