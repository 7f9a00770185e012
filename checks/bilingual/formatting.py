"""A unit's target as the monolingual checks read it: without its paired formatting tags.

Why: ``in <g id="1">Henan province</g>..`` is a doubled period, and
``<g id="1">Henan</g>.Rescue`` a missing space, but a check that reads ``</g>..``
sees a period after ``>``, which ends no sentence.  Tags that switch formatting on
and off (``<g>``, ``<bpt>``/``<ept>``, ``<bx/>``/``<ex/>``, ``<it>``, ``<mrk>``, XLIFF 2's
``<pc>``, ``<sc/>``/``<ec/>``, ``<sm/>``/``<em/>``, TMX's ``<hi>``) are no text, so the
checks read the target without them.  Placeholders (``<x/>``, ``<ph>``, ``<ut>``) stand for
content (a name, a number, an image) and stay.  Issues are moved back to the target's
own offsets: a span that starts where a tag was removed starts after it, one that ends
there ends before it, so a span that reads across a tag (``that</g> <g>that``) covers
it and is dropped like any issue over inline markup.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, replace

import regex

from copydesk.checks.bilingual.model import Unit
from copydesk.checks.model import Issue, Location

_FORMATTING = regex.compile(
    r"</?(?:[\w.-]+:)?(?:g|bpt|ept|bx|ex|it|mrk|pc|sc|ec|sm|em|hi)(?=[\s/>])"
)


@dataclass(frozen=True)
class TargetReading:
    """``text``: the target without its formatting tags; ``removed``: (read position, length)."""

    text: str
    removed: tuple[tuple[int, int], ...] = ()

    def _moved(self, pos: int, *, start: bool) -> int:
        # A removed tag at exactly ``pos`` lies before a span's start, after its end.
        n = (bisect.bisect_right if start else bisect.bisect_left)(
            [at for at, _ in self.removed], pos
        )
        return pos + sum(length for _, length in self.removed[:n])

    def span(self, offset: int, length: int) -> tuple[int, int]:
        """The target's own (offset, length) of a span of the read text."""
        begin = self._moved(offset, start=True)
        end = begin if length == 0 else self._moved(offset + length, start=False)
        return begin, max(0, end - begin)

    def location(self, loc: Location) -> Location:
        offset, length = self.span(loc.offset, loc.length)
        return replace(loc, offset=offset, length=length)


def read_target(unit: Unit) -> TargetReading:
    """The unit's target with its formatting tags taken out."""
    tags = [(s, e) for s, e in unit.protected if _FORMATTING.match(unit.target, s)]
    if not tags:
        return TargetReading(unit.target)
    parts: list[str] = []
    removed: list[tuple[int, int]] = []
    at = 0
    read_at = 0
    for s, e in sorted(tags):
        parts.append(unit.target[at:s])
        read_at += s - at
        removed.append((read_at, e - s))
        at = e
    parts.append(unit.target[at:])
    return TargetReading("".join(parts), tuple(removed))


def originals(
    issues: Iterable[Issue], readings: dict[str, TargetReading], path: str
) -> list[Issue]:
    """``issues`` found in the read text of member ``path``, in the targets' own offsets.

    ``readings`` maps every member path of the batch to its reading, so the places a
    batch issue names in other units (``related``) move back as well.
    """
    own = readings[path]
    out: list[Issue] = []
    for issue in issues:
        offset, length = own.span(issue.offset, issue.length)
        related = tuple(
            readings[loc.path].location(loc) if loc.path in readings else loc
            for loc in issue.related
        )
        out.append(replace(issue, offset=offset, length=length, related=related))
    return out
