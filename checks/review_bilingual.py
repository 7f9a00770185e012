"""A bilingual file under review, free of Qt: its units, issues per unit, decisions, saving.

A :class:`BilingualReview` is a :class:`~copydesk.checks.review.FileReview` whose
working text is the unit targets joined by blank lines.  Everything the review
layer does for a plain file (decisions keyed by rule, matched text and context,
the overlap policy, undo, tracked changes, drafts, the reports) works on that
text unchanged; this module adds what a bilingual file needs on top:

- checking runs every unit through :mod:`copydesk.checks.bilingual.runner` (the
  monolingual checks on each target, the bilingual checks on each pair) and places
  each unit's issues in the joined text; an issue the check shows in the source
  covers the whole target there and keeps its source span (:class:`SourceSide`);
- decision keys are made per unit (unit id, side, rule, matched text, context), so
  a decision stays with its unit whatever the other units say;
- saving splices only the changed targets back into the file
  (:meth:`BilingualDocument.encode`): every other byte stays as it was;
- the units and where they sit in the working text are one immutable
  :class:`UnitLayout`, so a check on another thread reads a snapshot
  (:class:`BilingualSnapshot`, :func:`check_snapshots`), never the review.

Edits never cross a unit: the checks run per unit and typing in the text is refused.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from copydesk.checks.apply import apply_edits
from copydesk.checks.bilingual.counterpart import counterparts
from copydesk.checks.bilingual.model import BilingualDocument, BilingualError, Unit
from copydesk.checks.bilingual.runner import UnitIssue, iter_documents, member_path
from copydesk.checks.context import BatchMember
from copydesk.checks.decisions import decision_keys
from copydesk.checks.document import Document, DocumentError
from copydesk.checks.engine import Engine, FileResult
from copydesk.checks.files import InputFile, escape_text
from copydesk.checks.fixer import Change
from copydesk.checks.model import Edit, Issue
from copydesk.checks.review import FileReview, ReviewItem, storage_refusal
from copydesk.checks.review_cover import moved_span
from copydesk.checks.review_recheck import Recheck, place_found
from copydesk.checks.review_report import Outcome, ReviewRow, sentence_around
from copydesk.checks.textpos import LineIndex, position

SEPARATOR = "\n\n"  # between unit targets in the working text: each unit a paragraph


@dataclass(frozen=True)
class SourceSide(Issue):
    """An issue shown in a unit's source.

    ``offset``/``length`` cover the unit's whole target in the working text (where
    the plain view marks it); ``source_offset``/``source_length`` are its span in the
    unit's source, where the side-by-side view marks it.
    """

    source_offset: int = 0
    source_length: int = 0


@dataclass(frozen=True)
class UnitLayout:
    """The units of a bilingual review, where each target starts in the working text, and
    that text: one immutable value, replaced whole when the targets change (``commit``).

    A check on a worker thread works on the layout it was handed on the UI thread, never
    on the review, which the editor goes on changing; its result is the review's only
    while the review still has an equal layout (:meth:`BilingualReview.basis`).
    """

    units: tuple[Unit, ...]
    starts: tuple[int, ...]
    text: str

    @classmethod
    def of(cls, units: Iterable[Unit]) -> UnitLayout:
        units = tuple(units)
        starts, pos = [], 0
        for u in units:
            starts.append(pos)
            pos += len(u.target) + len(SEPARATOR)
        return cls(units, tuple(starts), SEPARATOR.join(u.target for u in units))

    def index(self, offset: int) -> int:
        """The unit holding ``offset`` of the working text (a separator counts as before)."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def unit_issue(self, issue: Issue) -> UnitIssue:
        """The issue as the unit sees it: its side and its span in that side's text."""
        i = self.index(issue.offset)
        if isinstance(issue, SourceSide):
            local = Issue(issue.source_offset, issue.source_length, issue.rule, issue.category,
                          issue.message, issue.replacements, issue.confidence, issue.safe,
                          issue.related)  # fmt: skip
            return UnitIssue(self.units[i].id, "source", local)
        moved = dataclasses.replace(issue, offset=issue.offset - self.starts[i])
        return UnitIssue(self.units[i].id, "target", moved)

    def place(self, found: Iterable[UnitIssue]) -> list[Issue]:
        """Unit issues (offsets per unit and side) as issues of the working text."""
        index = {u.id: n for n, u in enumerate(self.units)}
        return [self.placed_in(n, ui) for ui in found if (n := index.get(ui.unit)) is not None]

    def placed_in(self, n: int, ui: UnitIssue) -> Issue:
        """A unit issue of the ``n``-th unit as an issue of the working text."""
        start, issue = self.starts[n], ui.issue
        if ui.side == "source":
            fields = {f.name: getattr(issue, f.name) for f in dataclasses.fields(Issue)}
            fields.update(offset=start, length=len(self.units[n].target), replacements=(),
                          safe=False)  # fmt: skip
            return SourceSide(**fields, source_offset=issue.offset, source_length=issue.length)
        return dataclasses.replace(issue, offset=start + issue.offset)

    def keyed(self, issues: Iterable[Issue]) -> list[tuple[Issue, str]]:
        """Issues of the working text with their decision keys, made per unit and side."""
        groups: dict[tuple[int, str], list[tuple[Issue, Issue]]] = {}
        for issue in issues:
            ui = self.unit_issue(issue)
            group = groups.setdefault((self.index(issue.offset), ui.side), [])
            group.append((ui.issue, issue))
        out: list[tuple[Issue, str]] = []
        for (n, side), pairs in groups.items():
            unit = self.units[n]
            text = unit.source if side == "source" else unit.target
            back = {id(local): placed for local, placed in pairs}
            for local, key in decision_keys(text, [local for local, _ in pairs]):
                out.append((back[id(local)], f"{unit.id}\x1e{side}\x1e{key}"))
        return out


@dataclass(frozen=True)
class BilingualSnapshot:
    """What checking one bilingual review reads, taken on the thread that owns the review."""

    path: str
    doc: BilingualDocument  # the units as the layout holds them, in a copy no one else holds
    layout: UnitLayout


def unit_fixes(layout: UnitLayout, applied: Iterable[Edit]) -> dict[int, list[Edit]]:
    """Applied fixes of the working text (sorted, each inside one unit's target) by unit
    index, in that target's offsets."""
    out: dict[int, list[Edit]] = {}
    for e in applied:
        n = layout.index(e.offset)
        out.setdefault(n, []).append(dataclasses.replace(e, offset=e.offset - layout.starts[n]))
    return out


def _spliced(text: str, fixes: Sequence[Edit]) -> str:
    """``text`` with ``fixes`` (sorted, disjoint, as applied) written in."""
    parts, cursor = [], 0
    for e in fixes:
        parts += [text[cursor : e.offset], e.replacement]
        cursor = e.end
    return "".join(parts) + text[cursor:]


def _working_point(offset: int, fixes: Sequence[Edit]) -> int:
    """A point of a corrected target back in the working target: moved by the fixes
    before it; inside a fix, that fix's start."""
    delta = 0
    for e in fixes:
        start = e.offset + delta
        if offset < start:
            break
        if offset < start + len(e.replacement):
            return e.offset
        delta += len(e.replacement) - e.length
    return offset - delta


@dataclass(frozen=True, kw_only=True)
class BilingualRecheck(Recheck):
    """One bilingual file to re-check after decisions (:mod:`copydesk.checks.review_recheck`).

    What is checked is ``snapshot``: the units with the targets the accepted fixes make,
    inline tags moved with them, as :meth:`BilingualReview.commit` would leave them, so
    the checks read what ``copydesk fix``'s next pass reads.  What they find is placed
    back on the working layout unit by unit (:func:`place_found` on each unit's target),
    so a widened issue never reaches across the blank line into the next unit; an issue
    shown in the source reads no fixed text and is placed as a first check places it.
    """

    layout: UnitLayout  # the working text's units: where the issues are placed and keyed
    snapshot: BilingualSnapshot  # the units with their corrected targets: what is checked

    @classmethod
    def unchanged(cls, snapshot: BilingualSnapshot) -> BilingualRecheck:
        """A re-check of units no fix changed: the check of ``snapshot`` as it is."""
        text = snapshot.layout.text
        return cls(snapshot.path, text, text, layout=snapshot.layout, snapshot=snapshot)

    def member(self) -> BatchMember:
        raise TypeError(f"{self.path}: a bilingual file is checked unit by unit")

    def basis(self) -> object:
        return self.layout

    @cached_property
    def fixes(self) -> dict[int, list[Edit]]:
        """The applied fixes by unit, in each working target's offsets."""
        return unit_fixes(self.layout, self.applied)

    def placed(self, issues: Iterable[Issue]) -> list[Issue]:
        """Issues found in the corrected units (``snapshot``'s offsets), as issues of the
        working text."""
        working, corrected = self.layout, self.snapshot.layout
        placed: list[Issue] = []
        inside: dict[int, list[Issue]] = {}
        for issue in issues:
            n, ui = corrected.index(issue.offset), corrected.unit_issue(issue)
            if ui.side == "target" and n in self.fixes:
                inside.setdefault(n, []).append(ui.issue)
            else:  # the unit reads as it did: its offsets are the working target's
                placed.append(working.placed_in(n, ui))
        for n, local in inside.items():
            target, unit_id = corrected.units[n].target, working.units[n].id
            for issue in place_found(target, self.fixes[n], local):
                placed.append(working.placed_in(n, UnitIssue(unit_id, "target", issue)))
        return placed

    def keyed(self, issues: Iterable[Issue]) -> list[tuple[Issue, str]]:
        return self.layout.keyed(self.placed(issues))

    def working_place(self, offset: int) -> int:
        """A point of the corrected text (a batch issue's other place) in the working text."""
        corrected = self.snapshot.layout
        n = corrected.index(offset)
        local = _working_point(offset - corrected.starts[n], self.fixes.get(n, ()))
        return self.layout.starts[n] + local


class BilingualReview(FileReview):
    """One bilingual file (XLIFF, TMX, PO, CSV/TSV, an article pair) under review."""

    def __init__(self, source: InputFile, bdoc: BilingualDocument) -> None:
        self.bdoc = bdoc
        self.layout = UnitLayout.of(bdoc.units)
        doc = Document(bdoc.path, self.layout.text, bdoc.encoding, bdoc.bom, raw=bdoc.raw)
        super().__init__(source, doc)

    @property
    def format(self) -> str:
        return self.bdoc.format

    def member(self) -> BatchMember:
        raise TypeError(f"{self.path}: a bilingual file is checked unit by unit")

    def snapshot(self) -> BilingualSnapshot:
        """What a check of this file reads, for a check on another thread."""
        return BilingualSnapshot(str(self.path), self.working_document(), self.layout)

    def basis(self) -> UnitLayout:
        # The text alone is not enough: two layouts can join to one text (a blank line
        # moved from one target into the next) while the units and their starts differ.
        return self.layout

    def recheck(self) -> BilingualRecheck:
        """The units as the accepted fixes leave them, to check (:class:`BilingualRecheck`)."""
        result = self.corrected()
        fixes = unit_fixes(self.layout, result.applied)
        units = []
        for n, u in enumerate(self.units):
            new = _spliced(u.target, fixes[n]) if n in fixes else u.target
            units.append(
                dataclasses.replace(u, target=new, protected=_moved(u, new))
                if new != u.target
                else u
            )
        doc = dataclasses.replace(self.bdoc, units=units)
        snapshot = BilingualSnapshot(str(self.path), doc, UnitLayout.of(units))
        return BilingualRecheck(str(self.path), self.text, result.text, result.applied,
                                layout=self.layout, snapshot=snapshot)  # fmt: skip

    def reads_fixed_text(self, issue: Issue) -> bool:
        # Shown in the source, found from the source and the whole target: no fix changes
        # its span, and a re-check that no longer finds it means the fix settled it.
        return not isinstance(issue, SourceSide)

    # Units

    @property
    def units(self) -> tuple[Unit, ...]:
        return self.layout.units

    @property
    def unit_starts(self) -> tuple[int, ...]:
        return self.layout.starts

    def cannot_store(self, replacement: str) -> str:
        # The file's own encoding and how it writes what that cannot hold (XML: &#N;).
        return storage_refusal(replacement, self.bdoc.encoding, self.bdoc.errors)

    def whole_texts(self) -> list[tuple[int, int]]:
        """Each unit's target is a whole text: removed lines are spaced within it, never
        across the blank line that joins it to the next (saving splices targets alone)."""
        return [(s, s + len(u.target)) for u, s in zip(self.units, self.unit_starts, strict=True)]

    def unit_index(self, offset: int) -> int:
        """The unit holding ``offset`` of the working text (a separator counts as before)."""
        return self.layout.index(offset)

    def unit_of(self, item: ReviewItem | Issue) -> Unit:
        issue = item.issue if isinstance(item, ReviewItem) else item
        return self.units[self.unit_index(issue.offset)]

    def unit_issue(self, item: ReviewItem | Issue) -> UnitIssue:
        """The issue as the unit sees it: its side and its span in that side's text."""
        return self.layout.unit_issue(item.issue if isinstance(item, ReviewItem) else item)

    def shown_unit(self, item: ReviewItem) -> tuple[Unit, UnitIssue, list[tuple[int, int]]]:
        """What the side-by-side view shows for ``item``: its unit with the target as the
        accepted fixes leave it, the issue's span in that text, and its counterparts."""
        n = self.unit_index(item.issue.offset)
        unit, start = self.units[n], self.unit_starts[n]
        end = start + len(unit.target)
        local = [
            dataclasses.replace(e, offset=e.offset - start)
            for e in self.corrected().applied
            if start <= e.offset and e.end <= end
        ]
        whole = [(0, len(unit.target))]
        shown = dataclasses.replace(unit, target=apply_edits(unit.target, local, whole=whole).text)
        ui = self.unit_issue(item)
        if ui.side == "target":
            offset, length = moved_span(ui.issue.offset, ui.issue.length, local)
            ui = dataclasses.replace(ui, issue=dataclasses.replace(ui.issue, offset=offset,
                                                                   length=length))  # fmt: skip
        echoes = counterparts(shown.source, shown.target, ui.side, ui.issue.offset,
                              ui.issue.length)  # fmt: skip
        return shown, ui, echoes

    def context_of(self, item: ReviewItem, reach: int = 120) -> tuple[str, int, int]:
        """The item's side of its unit as it reads now (the target with the accepted
        fixes but the item's own), and the item's span there."""
        ui = self.unit_issue(item)
        n = self.unit_index(item.issue.offset)
        unit, start = self.units[n], self.unit_starts[n]
        if ui.side == "source":
            return unit.source, ui.issue.offset, ui.issue.end
        return self.current_region(item, start, start + len(unit.target))

    def place(self, found: Iterable[UnitIssue]) -> list[Issue]:
        """Unit issues (offsets per unit and side) as issues of the working text."""
        return self.layout.place(found)

    # Decisions: keyed per unit and side

    def keyed(self, issues: Iterable[Issue]) -> list[tuple[Issue, str]]:
        return self.layout.keyed(issues)

    def set_issues(self, issues: Iterable[Issue], failures: Sequence[object] = ()) -> None:
        self.set_keyed(self.keyed(issues), failures)  # type: ignore[arg-type]

    # Positions: within the unit, as the command line prints them

    def position(self, issue: Issue) -> tuple[int, int]:
        ui = self.unit_issue(issue)
        unit = self.units[self.unit_index(issue.offset)]
        text = unit.source if ui.side == "source" else unit.target
        return position(text, ui.issue)

    def where(self, issue: Issue) -> str:
        ui = self.unit_issue(issue)
        side = " (source)" if ui.side == "source" else ""
        return f"[{escape_text(ui.unit)}]{side}:{super().where(issue)}"

    def edit_line(self, edit: Edit) -> int:
        n = self.unit_index(edit.offset)
        local = dataclasses.replace(edit, offset=edit.offset - self.unit_starts[n])
        return position(self.units[n].target, local)[0]

    def unit_label(self, offset: int) -> str:
        """The unit holding ``offset`` of the working text, named as the issue list names it."""
        return f"unit {self.units[self.unit_index(offset)].id}"

    def labelled_changes(self) -> list[tuple[str, Change]]:
        # A line within a unit next to the diff's lines of the joined units read as two
        # numberings: both name the unit.
        return [(self.unit_label(offset), c) for offset, c in self.located_changes()]

    def line_label(self, line: int) -> str:
        lines = LineIndex(self.text)
        last = lines.line_col(len(self.text))[0]
        return self.unit_label(lines.line_start(max(1, min(line, last))))

    def review_rows(self, rule_name: Callable[[str], str]) -> list[ReviewRow]:
        """As for a plain file, with the unit named and a source-side issue shown in its source."""
        rows = super().review_rows(rule_name)
        out = []
        for row, it in zip(rows, self.items, strict=True):
            ui = self.unit_issue(it)
            unit = self.units[self.unit_index(it.issue.offset)]
            text = unit.source if ui.side == "source" else unit.target
            span = ui.issue
            before = span.matched(text)
            applied = row.outcome in (Outcome.ACCEPTED, Outcome.EDITED)
            out.append(dataclasses.replace(
                row, unit=unit.id if ui.side == "target" else f"{unit.id} (source)",
                sentence=sentence_around(text, span.offset, span.end), before=before,
                after=row.after if applied else before,  # nothing applied: the text as it is
            ))  # fmt: skip
        return out

    # The corrected file

    def corrected_targets(self) -> dict[str, str]:
        """The new target of every unit an accepted fix changes."""
        by_unit: dict[int, list[Edit]] = {}
        for e in self.accepted_edits():
            n = self.unit_index(e.offset)
            start = self.unit_starts[n]
            by_unit.setdefault(n, []).append(dataclasses.replace(e, offset=e.offset - start))
        new: dict[str, str] = {}
        for n, edits in by_unit.items():
            unit = self.units[n]
            text = apply_edits(unit.target, edits, whole=[(0, len(unit.target))]).text
            if text != unit.target:
                new[unit.id] = text
        return new

    def corrected_bytes(self) -> bytes:
        """The file with only the changed targets rewritten; its own bytes when none changed."""
        originals = {u.id: u.target for u in self.bdoc.units}
        targets = {u.id: u.target for u in self.units if u.target != originals.get(u.id)}
        targets.update(self.corrected_targets())
        try:
            return self.bdoc.encode(targets)
        except BilingualError as exc:
            raise DocumentError(str(exc)) from exc

    def commit(self) -> list[Change]:
        """The corrected targets become the units' targets (``copydesk fix``'s passes)."""
        new = self.corrected_targets()
        changes = super().commit()
        self.layout = UnitLayout.of(
            dataclasses.replace(u, target=new[u.id], protected=_moved(u, new[u.id]))
            if u.id in new
            else u
            for u in self.units
        )
        self.text = self.layout.text
        self._lines = None
        return changes

    def replace_text(self, offset: int, length: int, inserted: str) -> None:
        raise DocumentError(f"{self.name}: a bilingual file is corrected unit by unit, not typed")

    def working_document(self) -> BilingualDocument:
        """The file as the checks see it now: the units with their current targets."""
        return dataclasses.replace(self.bdoc, units=list(self.layout.units))


def _moved(unit: Unit, text: str) -> tuple[tuple[int, int], ...]:
    """Where the unit's inline tags are in its new target (fixes never touch them)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for s, e in unit.protected:
        found = text.find(unit.target[s:e], pos)
        if found >= 0:
            spans.append((found, found + e - s))
            pos = found + e - s
    return tuple(spans)


def check_reviews(engine: Engine, reviews: Sequence[BilingualReview]) -> list[FileResult]:
    """Check the bilingual files (all their units one batch); results in working-text offsets."""
    return check_snapshots(engine, [r.snapshot() for r in reviews])


def check_snapshots(
    engine: Engine,
    snapshots: Sequence[BilingualSnapshot],
    cancelled: Callable[[], bool] = lambda: False,
) -> list[FileResult]:
    """Check bilingual files as snapshotted (all their units one batch), in working-text offsets.

    Only the snapshots are read, so this may run on a worker thread while the reviews
    change.  The term base is the engine's run input, resolved (and any bad one refused)
    up front.  ``cancelled`` is asked between units (``Cancelled`` is raised).
    """
    return list(iter_snapshots(engine, snapshots, cancelled))


def iter_snapshots(
    engine: Engine,
    snapshots: Sequence[BilingualSnapshot],
    cancelled: Callable[[], bool] = lambda: False,
    targets: Collection[str] | None = None,
) -> Iterator[FileResult]:
    """:func:`check_snapshots`, each file's result as soon as it is checked; only the
    files of ``targets``' paths (None: all), the others the batch's context."""
    if not snapshots:
        return
    # A batch issue names its other places by unit (``path#unit``): where they are in the
    # working texts, so the window can go there and the report can say where.
    places = {
        member_path(s.doc, u): (s.path, s.layout.starts[n])
        for s in snapshots
        for n, u in enumerate(s.layout.units)
    }
    by_doc = {id(s.doc): s for s in snapshots}
    docs = [s.doc for s in snapshots]
    wanted = None if targets is None else {s.doc.path for s in snapshots if s.path in targets}
    for result in iter_documents(engine, docs, cancelled, wanted):
        snap = by_doc[id(result.doc)]
        placed = [_relocated(i, places) for i in snap.layout.place(result.issues)]
        yield FileResult(snap.path, placed, result.failures)


def check_rechecks(
    engine: Engine,
    rechecks: Sequence[BilingualRecheck],
    cancelled: Callable[[], bool] = lambda: False,
) -> list[FileResult]:
    """Check bilingual files as their accepted fixes leave them (all their units one batch).

    The issues are in the offsets of each ``snapshot``, for :meth:`BilingualRecheck.keyed`
    to place; the other places a batch issue names are already in the working texts.
    Reads only the rechecks, so this may run on a worker thread.
    """
    return list(iter_rechecks(engine, rechecks, cancelled))


def iter_rechecks(
    engine: Engine,
    rechecks: Sequence[BilingualRecheck],
    cancelled: Callable[[], bool] = lambda: False,
    targets: Collection[str] | None = None,
) -> Iterator[FileResult]:
    """:func:`check_rechecks`, each file's result as soon as it is checked; only the
    files of ``targets``' paths (None: all), all of them the batch.  A decision changes
    one file: it is checked again, the others only read for the batch-wide indexes."""
    by_path = {r.path: r for r in rechecks}
    snapshots = [r.snapshot for r in rechecks]
    for res in iter_snapshots(engine, snapshots, cancelled, targets):
        yield dataclasses.replace(res, issues=[_placed_back(i, by_path) for i in res.issues])


def _placed_back(issue: Issue, by_path: dict[str, BilingualRecheck]) -> Issue:
    if not issue.related:
        return issue
    moved = []
    for loc in issue.related:
        recheck = by_path.get(loc.path)
        offset = recheck.working_place(loc.offset) if recheck is not None else loc.offset
        moved.append(dataclasses.replace(loc, offset=offset))
    return dataclasses.replace(issue, related=tuple(moved))


def _relocated(issue: Issue, places: dict[str, tuple[str, int]]) -> Issue:
    if not issue.related:
        return issue
    moved = []
    for loc in issue.related:
        path, start = places.get(loc.path, (loc.path, 0))
        moved.append(dataclasses.replace(loc, path=path, offset=start + loc.offset))
    return dataclasses.replace(issue, related=tuple(moved))
