"""Apply accepted edits to the original text in one pass.

Edits are all expressed against the *original* text, so offsets never drift.
They are sorted by position; an edit that overlaps one already kept is skipped
and reported, never merged silently, with one exception that has only one
meaning: two deletions that overlap (removing a caption line and the copyright
line after it share the blank line between them) delete their union, and the
merge is reported in ``merged``.  Identical edits (same span, same replacement)
count once.  No edit gives back the very same string.

A removal wins over any smaller edit inside it, whatever order the edits come in:
once a caption line is removed, a fix of a typo in that line has nothing to fix.
An edit with a negative offset or length, or reaching past the text, is refused
with a ValueError before anything is applied.

Whole lines removed together are composed as a copy editor spaces paragraphs, in the
stretches the caller names as ``whole`` texts (a file, each unit target of a bilingual
file; never a window on a longer text, whose ends are not the text's).  Each removal is
worked out alone (a caption goes with the breaks after it, the last line with the break
before it), so two of them side by side left a run of blank lines: a caption and its
credit line, or a date line and a rights line at the end (``soon.\n\n\n``).  Where
removals of whole lines meet, only whitespace between them, the line breaks left there
are cut to those the text had around the lines removed: at most the larger of the
spacing before and after them in the middle, the text's own leading breaks at its start,
and its own final line break (or none) at its end.  The cut only widens the removals
(and a whitespace fix between them) over whitespace they leave; no other edit changes,
and with no removal of whole lines the result is the edits as given.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from copydesk.checks.model import Edit


@dataclass(frozen=True)
class ApplyResult:
    text: str
    applied: tuple[Edit, ...]
    skipped: tuple[Edit, ...] = field(default=())
    merged: tuple[Edit, ...] = field(default=())  # deletions folded into an earlier one

    @property
    def per_rule(self) -> Counter[str]:
        return Counter(e.rule for e in self.applied)


def _overlaps(kept: Edit, new: Edit) -> bool:
    if new.offset < kept.end:
        return True
    # Two insertions at one point: their order would be a guess, so it is a conflict.
    return new.offset == kept.offset == kept.end == new.end


def _inside_removals(edits: Sequence[Edit]) -> set[int]:
    """Indexes of the edits that lie wholly inside a removal and are not removals themselves.

    An insertion at a removal's very edge is outside it (it touches the text kept).
    """
    spans: list[tuple[int, int]] = []
    for e in sorted((e for e in edits if e.replacement == "" and e.length), key=lambda e: e.offset):
        if spans and e.offset < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], e.end))
        else:
            spans.append((e.offset, e.end))
    if not spans:
        return set()
    starts = [s for s, _ in spans]
    inside: set[int] = set()
    for n, e in enumerate(edits):
        if e.replacement == "" and e.length:
            continue
        k = bisect.bisect_right(starts, e.offset) - 1
        if k < 0:
            continue
        start, end = spans[k]
        if e.end <= end and (e.length or start < e.offset < end):
            inside.add(n)
    return inside


def apply_edits(
    text: str, edits: Iterable[Edit], *, whole: Sequence[tuple[int, int]] = ()
) -> ApplyResult:
    """Return ``text`` with ``edits`` applied; overlapping edits after the first are skipped.

    An edit wholly inside a removal loses to it.  Otherwise, where two edits
    overlap, the one that starts first wins (ties: the shorter, then the one
    listed first); the loser is in ``skipped``.  ``whole``: the ``(start, end)``
    stretches of ``text`` that are whole texts, where removed lines leave no run
    of blank lines (see the module's docstring).
    """
    listed = list(edits)
    for edit in listed:
        if edit.offset < 0 or edit.length < 0 or edit.end > len(text):
            raise ValueError(f"edit {edit} outside the text (length {len(text)})")
    losers = _inside_removals(listed)
    indexed = sorted(
        ((n, e) for n, e in enumerate(listed) if n not in losers),
        key=lambda ie: (ie[1].offset, ie[1].length, ie[0]),
    )
    kept: list[Edit] = []
    skipped: list[Edit] = [e for n, e in enumerate(listed) if n in losers]
    merged: list[Edit] = []
    for _, edit in indexed:
        if (
            kept
            and kept[-1].offset == edit.offset
            and kept[-1].length == edit.length
            and (kept[-1].replacement == edit.replacement)
        ):
            continue
        if kept and _overlaps(kept[-1], edit):
            last = kept[-1]
            if last.replacement == "" and edit.replacement == "" and last.length and edit.length:
                end = max(last.end, edit.end)
                kept[-1] = Edit(last.offset, end - last.offset, "", last.rule)
                merged.append(edit)
                continue
            skipped.append(edit)
            continue
        kept.append(edit)
    if not kept:
        return ApplyResult(text, (), tuple(skipped))
    if whole:
        kept = _tidied(text, kept, whole)
    parts: list[str] = []
    cursor = 0
    for edit in kept:
        parts.append(text[cursor : edit.offset])
        parts.append(edit.replacement)
        cursor = edit.end
    parts.append(text[cursor:])
    return ApplyResult("".join(parts), tuple(kept), tuple(skipped), tuple(merged))


# --- removals of whole lines: the spacing where they meet ------------------------------


def _removed_lines(text: str, edit: Edit, start: int, end: int) -> tuple[int, int] | None:
    """Where the text a deletion removes begins and ends, when it is whole lines of
    ``text[start:end]`` (whitespace around it aside)."""
    if edit.replacement or edit.offset < start or edit.end > end:
        return None
    gone = text[edit.offset : edit.end]
    body = gone.strip()
    if not body:
        return None
    first = edit.offset + gone.index(body[0])
    last = edit.offset + len(gone.rstrip())
    before = text.rfind("\n", start, first)
    after = text.find("\n", last, end)
    if text[start if before < 0 else before + 1 : first].strip():
        return None
    if text[last : end if after < 0 else after].strip():
        return None
    return first, last


def _clusters(text: str, kept: Sequence[Edit], start: int, end: int) -> list[tuple[int, int]]:
    """Runs of whole-line removals with only whitespace between: (first, last) of each."""
    runs: list[tuple[int, int]] = []
    for edit in kept:
        found = _removed_lines(text, edit, start, end)
        if found is None:
            continue
        first, last = found
        if runs and not text[runs[-1][1] : first].strip():
            runs[-1] = (runs[-1][0], last)
        else:
            runs.append((first, last))
    return runs


def _seam(text: str, first: int, last: int, start: int, end: int) -> tuple[int, int, int] | None:
    """The whitespace around removed text ``[first, last)`` and the line breaks to leave there.

    ``None`` when the removal takes the whole text: nothing is left to space."""
    lo, hi = first, last
    while lo > start and text[lo - 1].isspace():
        lo -= 1
    while hi < end and text[hi].isspace():
        hi += 1
    before, after = text.count("\n", lo, first), text.count("\n", last, hi)
    if lo == start and hi == end:
        return None
    if lo == start:
        return lo, hi, before
    if hi == end:
        return lo, hi, after
    return lo, hi, max(before, after)


def _head_cut(s: str, breaks: int) -> int:
    """Index just after the ``breaks``-th line break of ``s`` (0 for none)."""
    at = 0
    for _ in range(breaks):
        at = s.index("\n", at) + 1
    return at


def _tidied(text: str, kept: list[Edit], whole: Sequence[tuple[int, int]]) -> list[Edit]:
    """``kept`` (sorted, apart) with every seam of whole-line removals in each whole text
    spaced.  Only the texts holding a deletion are looked at, each once, and only the
    edits inside one for it: a file of many units or many removals is not quadratic."""
    deletions = [e for e in kept if e.length and not e.replacement]
    if not deletions:
        return kept
    texts = sorted(whole)
    firsts = [s for s, _ in texts]
    starts = [e.offset for e in kept]  # the seams move edits only within their own text
    done: set[int] = set()
    for edit in deletions:
        k = bisect.bisect_right(firsts, edit.offset) - 1
        if k < 0 or k in done:
            continue
        done.add(k)
        start, end = texts[k]
        i, j = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        mine, offsets = kept[i:j], starts[i:j]
        for first, last in _clusters(text, mine, start, end):
            seam = _seam(text, first, last, start, end)
            if seam is not None:
                _space_seam(text, mine, offsets, seam, at_end=seam[1] == end)
        kept[i:j] = mine
    return kept


def _space_seam(
    text: str, kept: list[Edit], offsets: list[int], seam: tuple[int, int, int], *, at_end: bool
) -> None:
    """Cut the line breaks left in ``[lo, hi)`` to ``allowed``, the last ones first (in
    ``kept``, in place; ``offsets``: where each edit started before any seam moved it).

    The whitespace kept between edits there is taken by the edit beside it (the one
    before it, or for the first stretch the one after); a whitespace fix there gives up
    line breaks of its replacement.  Any other edit in the seam, or one across its ends,
    leaves it as it is.
    """
    lo, hi, allowed = seam
    i, j = bisect.bisect_left(offsets, lo), bisect.bisect_left(offsets, hi)
    # An insertion at the seam's very start belongs to the line before it.
    inside = [n for n in range(i, j) if kept[n].length or kept[n].offset > lo]
    if any(kept[n].end > hi or kept[n].replacement.strip() for n in inside):
        return
    if i and kept[i - 1].end > lo:
        return
    pieces: list[tuple[int, int, int]] = []  # (start, end, edit index or -1 for kept text)
    pos = lo
    for n in inside:
        if kept[n].offset > pos:
            pieces.append((pos, kept[n].offset, -1))
        pieces.append((kept[n].offset, kept[n].end, n))
        pos = kept[n].end
    if pos < hi:
        pieces.append((pos, hi, -1))
    spans = {n: [kept[n].offset, kept[n].end] for n in inside}
    texts = {n: kept[n].replacement for n in inside}
    left = "".join(texts.values()) + "".join(text[a:b] for a, b, n in pieces if n < 0)
    excess = left.count("\n") - allowed
    for k in range(len(pieces) - 1, -1, -1):
        if excess <= 0:
            break
        a, b, n = pieces[k]
        own = texts[n] if n >= 0 else text[a:b]
        take = min(excess, own.count("\n"))
        if not take:
            continue
        excess -= take
        last = k == len(pieces) - 1
        if n >= 0:  # a whitespace fix: fewer line breaks in its replacement
            cut = _head_cut(own, take)
            texts[n] = "" if take == own.count("\n") and (at_end or not last) else own[cut:]
        elif k > 0:  # kept whitespace after an edit: that edit takes its first lines
            cut = _head_cut(own, take)
            if take == own.count("\n") and (at_end or not last):
                cut = len(own)
            spans[pieces[k - 1][2]][1] = a + cut
        else:  # the whitespace before the first edit: the edit after it takes its end
            keep = own.count("\n") - take
            spans[pieces[k + 1][2]][0] = a + _head_cut(own, keep)
    for n in inside:
        (a, b), new = spans[n], texts[n]
        if (a, b, new) != (kept[n].offset, kept[n].end, kept[n].replacement):
            kept[n] = replace(kept[n], offset=a, length=b - a, replacement=new)
