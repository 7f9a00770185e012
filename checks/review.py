"""One file under review, free of Qt: its issues, the editor's decisions, the corrected text.

A :class:`FileReview` holds one file: the document as read, its *working text*
(the file's text, or what the editor typed over it), the issues the engine
found in that text and the editor's decisions.  Decisions are keyed with
:mod:`copydesk.checks.decisions` (rule + matched text + context), so they survive a
re-check and edits elsewhere.  The corrected text is always
``apply_edits(working text, effective edits)``; nothing is applied eagerly.

Overlap policy: an issue that lies inside text an accepted fix replaces (a
caption removal around a name fix inside it) is *superseded*: it is not open,
its own decision is kept but not applied, and undoing the larger fix brings it
back.  Only a partial overlap, where neither fix holds the other, is a conflict.

Re-checks: the text as the accepted fixes leave it is what is checked again after a
decision (:mod:`copydesk.checks.review_recheck`), so an issue a fix reveals is listed
on the working text, beside the decisions, as ``copydesk fix`` finds it in its next pass.

Direct edits: typing in the text makes the typed text the new working text.
Issues after the edit move with the text, issues the edit touches are
dropped, and the file is re-checked; decisions of issues that survived are
carried to their new keys.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from copydesk.checks.apply import ApplyResult, apply_edits
from copydesk.checks.context import BatchMember
from copydesk.checks.decisions import (
    Decision,
    DecisionStore,
    Verdict,
    decision_keys,
    store_path_for,
)
from copydesk.checks.document import Document, DocumentError, write_atomic
from copydesk.checks.engine import CheckFailure
from copydesk.checks.files import InputFile
from copydesk.checks.fixer import Change
from copydesk.checks.model import Edit, Issue
from copydesk.checks.registry import owns
from copydesk.checks.review_cover import CoverIndex, covers, moved_span
from copydesk.checks.review_recheck import Recheck, changed_by
from copydesk.checks.review_report import Outcome, ReviewRow, review_rows, typed_rows
from copydesk.checks.review_save import overwrite_original
from copydesk.checks.settings import data_dir
from copydesk.checks.textpos import LineIndex, Span


def content_store_path(text: str) -> Path:
    """Where the decisions for a text are kept by its content, wherever the file is."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return data_dir() / "decisions" / "by-content" / f"{digest}.json"


class FileState(StrEnum):
    UNCHECKED = "unchecked"
    CHECKING = "checking"
    TO_REVIEW = "to review"
    DONE = "done"
    SAVED = "saved"
    ERROR = "error"


class ItemStatus(StrEnum):
    """Where one issue stands: the report's and the issue list's words for it."""

    OPEN = "open"
    ACCEPTED = "accepted"
    EDITED = "edited"
    REJECTED = "rejected"
    KEPT = "kept as is"
    SUPERSEDED = "superseded"


def kept(matched: str) -> Decision:
    """ "Keep" / "Noted": the editor saw a flag-only issue and leaves the text as it is.

    Stored as a rejection that remembers the unchanged text, so it is no edit
    and the decisions' JSON format stays the same.
    """
    return Decision(Verdict.REJECTED, matched)


def is_kept(decision: Decision | None) -> bool:
    return (
        decision is not None
        and decision.verdict == Verdict.REJECTED
        and decision.replacement is not None
    )


def verdict_label(decision: Decision) -> str:
    return "kept as is" if is_kept(decision) else str(decision.verdict)


@dataclass
class ReviewItem:
    """One issue of a file with its decision key."""

    issue: Issue
    key: str


def _place(issue: Issue) -> tuple[object, ...]:
    """Where an issue is and what it is, whatever its key (a unit's source side apart)."""
    return (type(issue), issue.offset, issue.length, issue.rule, issue.replacements,
            getattr(issue, "source_offset", None))  # fmt: skip


def _sort_key(it: ReviewItem) -> tuple[int, int, str]:
    return (it.issue.offset, it.issue.length, it.issue.rule)


class FileReview:
    """One file under review."""

    def __init__(self, source: InputFile, doc: Document | None, error: str | None = None) -> None:
        self.source = source
        self.doc = doc
        self.error = error
        self.text = doc.text if doc else ""
        # The text before the editor typed in it: the report lists each typed change.
        self.untyped = self.text
        # What the file holds as far as this review knows: read at open, or last written here.
        self.disk_bytes = doc.raw if doc else None
        # ``copydesk fix --utf8``: a fix the file's own encoding cannot store is applied all
        # the same, and a copy whose text that encoding cannot store is written in UTF-8.
        self.utf8_copy = False
        self.items: list[ReviewItem] = []
        self._starts: list[int] = []
        self.store = DecisionStore()
        self.failures: list[CheckFailure] = []
        self.checked = False
        self.checking = False
        self.revision = 0
        self.saved_revision = 0
        self.saved_to: Path | None = None
        self._lines: LineIndex | None = None
        self._name: str | None = None
        self._cover: CoverIndex | None = None  # built on first use, dropped on change
        self._by_key: dict[str, ReviewItem] | None = None
        self.carried: set[str] = set()  # keys of accepted fixes no check flags any more
        self.newly_carried: list[ReviewItem] = []
        # The corrected text the issues were last found in (None: the working text's own
        # check, or none yet): a decision that changes it calls for a re-check.
        self.checked_corrected: str | None = None
        self.checked_text = ""  # the working text that corrected text was made from
        # Keys of issues found in the text accepted fixes left, placed over those fixes
        # (a space missing after a repaired quote): found after them, not before.
        self.found_after: set[str] = set()
        # What the file held when last saved (or opened): undoing back to it is not a change.
        self._clean: tuple[str, dict[str, Decision]] = (self.text, {})
        # Decisions remembered from an earlier session, taken when the file was opened
        # (the window says so), and whether they were found by content: kept for this
        # text at another path (a copied or moved folder).
        self.remembered = 0
        self.remembered_elsewhere = False

    # Identity

    @property
    def path(self) -> Path:
        return self.source.path

    @property
    def name(self) -> str:
        if self._name is None:
            try:
                self._name = str(self.path.resolve().relative_to(self.source.root.resolve()))
            except ValueError:
                self._name = self.path.name
        return self._name

    def member(self) -> BatchMember:
        return BatchMember(str(self.path), self.text)

    def basis(self) -> object:
        """What a check of this file reads from the review, as an immutable value.

        A check that runs elsewhere (the window's worker thread) is handed its inputs
        when it starts and reports this value with its result; the result is this
        file's only while ``basis()`` still equals it.  Otherwise the file changed
        while it was being checked, and the result's offsets belong to another text.
        """
        return self.text

    # Issues

    def set_issues(self, issues: Iterable[Issue], failures: Sequence[CheckFailure] = ()) -> None:
        self.set_keyed(decision_keys(self.text, issues), failures)

    def set_keyed(
        self,
        keyed: Iterable[tuple[Issue, str]],
        failures: Sequence[CheckFailure] = (),
        hidden: Sequence[Edit] = (),
        pending: Sequence[str] = (),
    ) -> None:
        """Issues with their decision keys already computed (by a worker) for this text.

        An accepted fix that the checks no longer flag (the batch changed, and with
        it a batch check's evidence) is kept, still applied: a re-check must not
        quietly undo the editor's work. ``newly_carried`` names those kept this time.
        ``hidden``: the fixes applied to the text that was checked (a re-check of the
        corrected text); the issues they change could not be found there and are kept.
        ``pending``: the checks an early result has not heard yet (the grammar engines at
        work); the issues they listed before stay, as they were, until they answer.
        """
        fresh = [ReviewItem(i, k) for i, k in keyed]
        # The same issue at the same place keeps its decision though its key's ordinal
        # moved (an identical issue before it changed or went): never another's.
        here = {_place(it.issue): it for it in self.items}
        same = [(old, it) for it in fresh if (old := here.get(_place(it.issue))) is not None]
        self._rekey([(old.key, it.key) for old, it in same])
        matched = {id(old) for old, _ in same}
        keys = {it.key for it in fresh}
        gone = [it for it in self.items if id(it) not in matched and it.key not in keys]
        # Not gone, only not heard from yet: the list (and the issue the editor reads)
        # must not lose them while the engines that found them check the text again.
        waiting: list[ReviewItem] = []
        still_gone: list[ReviewItem] = []
        for it in gone:
            pending_rule = any(owns(c, it.issue.rule) for c in pending)
            (waiting if pending_rule else still_gone).append(it)
        gone = still_gone
        behind = self._changed([it.issue for it in gone], hidden)
        carried = [it for n, it in enumerate(gone) if n not in behind and self.applies(it)]
        self.newly_carried = [it for it in carried if it.key not in self.carried]
        self.carried = {it.key for it in carried}
        kept_behind = [it for n, it in enumerate(gone) if n in behind]
        self.items = sorted(fresh + carried + kept_behind + waiting, key=_sort_key)
        self._starts = [it.issue.offset for it in self.items]
        self._cover = self._by_key = None
        self.failures = list(failures)
        self.checked = True
        self.checking = False

    def reads_fixed_text(self, issue: Issue) -> bool:
        """Whether ``issue`` was found in the text of its span, which a fix there changes
        (here: every issue)."""
        return True

    def _changed(self, issues: Sequence[Issue], fixes: Sequence[Edit]) -> set[int]:
        """The indexes of ``issues`` that one of ``fixes`` changes (``changed_by``)."""
        mine = [n for n, issue in enumerate(issues) if self.reads_fixed_text(issue)]
        spans = [(issues[n].offset, issues[n].end) for n in mine]
        return {mine[k] for k in changed_by(spans, fixes)}

    def recheck(self) -> Recheck:
        """The corrected text to check again, with what it was made from (see
        :mod:`copydesk.checks.review_recheck`)."""
        result = self.corrected()
        return Recheck(str(self.path), self.text, result.text, result.applied)

    def take_recheck(
        self,
        recheck: Recheck,
        keyed: Iterable[tuple[Issue, str]],
        failures: Sequence[CheckFailure] = (),
        pending: Sequence[str] = (),
    ) -> None:
        """The issues a check of ``recheck.corrected`` found, placed and keyed by
        :meth:`Recheck.keyed`; only while the working text is still ``recheck.text``.
        ``pending``: an early result's checks still at work (``FileResult.pending``)."""
        keyed = list(keyed)
        placed_over = {keyed[n][1] for n in self._changed([i for i, _ in keyed], recheck.applied)}
        before = self.found_after
        self.set_keyed(keyed, failures, hidden=recheck.applied, pending=pending)
        kept = {it.key for it in self.items}
        self.found_after = placed_over | (before & kept)
        self.checked_text, self.checked_corrected = recheck.text, recheck.corrected

    def needs_recheck(self) -> bool:
        """Whether decisions since the last re-check changed the corrected text (a fix
        accepted, undone or rejected): what it reveals is not listed yet."""
        if self.checked_corrected is None or not self.checked or self.doc is None:
            return False
        if self.text != self.checked_text:
            return False  # typed in: checked again once the typing pauses, not at once
        return self.corrected().text != self.checked_corrected

    def _rekey(self, moves: Iterable[tuple[str, str]]) -> None:
        """Each decision from its old key to its new one, all at once (two may swap); a
        new key takes exactly its issue's decision, none when it had none."""
        moved = [(old, new) for old, new in moves if old != new]
        taken = [(new, self.store.get(old)) for old, new in moved]
        for old, _new in moved:
            self.store.set(old, None)
        for new, decision in taken:
            self.store.set(new, decision)

    def same_item(self, old: ReviewItem | None) -> ReviewItem | None:
        """``old``'s issue among the items now (after a check's results came in): the
        same issue at the same place first, whatever its key's ordinal became, else the
        item that has its key; None when it is gone."""
        if old is None:
            return None
        place = _place(old.issue)
        found = next((it for it in self.items if _place(it.issue) == place), None)
        return found or next((it for it in self.items if it.key == old.key), None)

    def next_open_after(
        self, item: ReviewItem, wanted: Callable[[ReviewItem], bool] = lambda _it: True
    ) -> ReviewItem | None:
        """The open issue to go to once ``item`` is decided: the next in text order, else
        the first before it, in this file only (the editor reads on where they are)."""
        at = _sort_key(item)
        others = [x for x in self.items if x.key != item.key and self.is_open(x) and wanted(x)]
        after = [x for x in others if _sort_key(x) > at]
        pool = after or others
        return pool[0] if pool else None

    def items_at(self, offset: int) -> list[ReviewItem]:
        """Items whose span covers ``offset`` (an empty span covers its own point)."""
        hi = bisect.bisect_right(self._starts, offset)
        return [
            it
            for it in self.items[max(0, hi - 64) : hi]
            if it.issue.offset <= offset < max(it.issue.end, it.issue.offset + 1)
        ]

    def place(self, span: Span) -> tuple[int, int]:
        """Line and column shown for a span of this text: the command line's, for the same text."""
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines.position(span)

    def edit_line(self, edit: Edit) -> int:
        """The line shown for an edit of this text (the same as for its issue)."""
        return self.place(edit)[0]

    def position(self, issue: Issue) -> tuple[int, int]:
        """Line and column shown for ``issue`` (a bilingual file's: within its unit)."""
        return self.place(issue)

    def where(self, issue: Issue) -> str:
        """``line:col`` of ``issue`` as a line about it names it (bilingual: with its unit)."""
        return "{}:{}".format(*self.position(issue))

    # Decisions

    def decision(self, item: ReviewItem) -> Decision | None:
        return self.store.get(item.key)

    def applies(self, it: ReviewItem) -> bool:
        d = self.store.get(it.key)
        return (
            d is not None
            and d.verdict != Verdict.REJECTED
            and d.replacement is not None
            and d.replacement != it.issue.matched(self.text)
        )

    def _index(self) -> CoverIndex:
        if self._cover is None:
            self._cover = CoverIndex(it for it in self.items if self.applies(it))
        return self._cover

    def superseded_by(self, item: ReviewItem) -> ReviewItem | None:
        """The accepted fix whose replaced text holds ``item``, if there is one."""
        return self._index().covering(item.issue, exclude=item)

    def items_within(self, offset: int, end: int) -> list[ReviewItem]:
        """Items that start inside ``[offset, end]`` (those a fix there could cover)."""
        lo, hi = bisect.bisect_left(self._starts, offset), bisect.bisect_right(self._starts, end)
        return self.items[lo:hi]

    def status(self, item: ReviewItem) -> ItemStatus:
        if self.superseded_by(item) is not None:
            return ItemStatus.SUPERSEDED
        d = self.store.get(item.key)
        if d is None:
            return ItemStatus.OPEN
        if is_kept(d) or (
            d.replacement is not None and d.replacement == item.issue.matched(self.text)
        ):
            return ItemStatus.KEPT
        return ItemStatus(str(d.verdict))

    def is_open(self, item: ReviewItem) -> bool:
        return self.store.get(item.key) is None and self.superseded_by(item) is None

    def open_count(self) -> int:
        return sum(1 for it in self.items if self.is_open(it))

    def decided_count(self) -> int:
        """Issues with a decision (the store also keeps decisions of issues gone)."""
        return sum(1 for it in self.items if self.store.get(it.key) is not None)

    def set_decision(self, key: str, decision: Decision | None) -> None:
        if self._by_key is None:
            self._by_key = {it.key: it for it in self.items}
        item = self._by_key.get(key)
        before = item is not None and self.applies(item)
        self.store.set(key, decision)
        self.revision += 1
        if item is None or self._cover is None or before == self.applies(item):
            return
        if before:
            self._cover = None  # a fix no longer applies: what it held may be outermost again
        else:
            self._cover.add(item)

    def accepted_edits(self) -> list[Edit]:
        """The edits that make the corrected text: accepted fixes no larger fix supersedes."""
        edits = []
        for it in self._index().outer:
            d = self.store.get(it.key)
            if d is not None and d.replacement is not None:
                edits.append(it.issue.edit(d.replacement))
        return edits

    def conflicting_items(self, edit: Edit, exclude: str | None = None) -> list[ReviewItem]:
        """Accepted items that partly overlap ``edit``: neither holds the other, one must go."""
        found = []
        for it in self._index().near(edit.offset, edit.end):
            d = self.store.get(it.key)
            if it.key == exclude or d is None or d.replacement is None:
                continue
            mine = it.issue.edit(d.replacement)
            if covers(mine, edit) or covers(edit, mine):
                continue
            if apply_edits(self.text, [mine, edit]).skipped:
                found.append(it)
        return found

    def whole_texts(self) -> list[tuple[int, int]]:
        """The stretches of the working text that are whole texts (here: all of it), where
        whole lines removed together leave the spacing around them (see ``apply``)."""
        return [(0, len(self.text))]

    def corrected(self) -> ApplyResult:
        return apply_edits(self.text, self.accepted_edits(), whole=self.whole_texts())

    # The text an issue quotes, as the accepted fixes leave it

    def _other_fixes(self, item: ReviewItem, lo: int, hi: int) -> list[Edit]:
        """The accepted fixes applied in ``[lo, hi]``, the item's own left out."""
        found = []
        for o in self._index().near(lo, hi):
            d = self.store.get(o.key)
            if o.key == item.key or d is None or d.replacement is None:
                continue
            e = o.issue.edit(d.replacement)
            if lo <= e.offset and e.end <= hi:
                found.append(e)
        return found

    def fixes_inside(self, item: ReviewItem) -> list[Edit]:
        """Accepted fixes inside the item's text (a figure corrected in a sentence a query
        is about): the issue was found in the text before them."""
        issue = item.issue
        return [e for e in self._other_fixes(item, issue.offset, issue.end) if covers(issue, e)]

    def current_matched(self, item: ReviewItem) -> str:
        """The item's text as the accepted fixes inside it leave it (what it says now)."""
        inside = self.fixes_inside(item)
        matched = item.issue.matched(self.text)
        if not inside:
            return matched
        local = [replace(e, offset=e.offset - item.issue.offset) for e in inside]
        return apply_edits(matched, local).text

    def current_region(self, item: ReviewItem, lo: int, hi: int) -> tuple[str, int, int]:
        """``text[lo:hi]`` as the other accepted fixes leave it, and the item's span there.

        A fix that would cut across the item's span is left out (accepting one is
        refused), and so is every fix for a superseded item, whose text a larger fix
        replaces: it is shown as it was found.
        """
        issue = item.issue
        if self.superseded_by(item) is not None:
            return self.text[lo:hi], issue.offset - lo, issue.end - lo
        edits = [
            replace(e, offset=e.offset - lo)
            for e in self._other_fixes(item, lo, hi)
            if covers(issue, e) or e.end <= issue.offset or e.offset >= issue.end
        ]
        result = apply_edits(self.text[lo:hi], edits)
        start, length = moved_span(issue.offset - lo, issue.length, result.applied)
        return result.text, start, start + length

    def context_of(self, item: ReviewItem, reach: int = 120) -> tuple[str, int, int]:
        """The text around the item as it reads now, and the item's span in it."""
        lo, hi = max(0, item.issue.offset - reach), min(len(self.text), item.issue.end + reach)
        return self.current_region(item, lo, hi)

    def changes(self) -> list[Change]:
        """The edits the corrected text makes, as ``copydesk fix``'s report lists them."""
        return [c for _offset, c in self.located_changes()]

    def labelled_changes(self) -> list[tuple[str, Change]]:
        """:meth:`changes`, each with where Show Changes says it is: its line."""
        return [(str(c.line), c) for c in self.changes()]

    def line_label(self, line: int) -> str:
        """Line ``line`` (from 1) of the working text as Show Changes names it: its number,
        as :meth:`labelled_changes` names a change on it."""
        return str(line)

    def located_changes(self) -> list[tuple[int, Change]]:
        """:meth:`changes`, each with where its edit starts in the working text."""
        result = self.corrected()
        # A removal folded into the one before it (a copyright line after a caption) is
        # a fix applied all the same: counted, so the summary agrees with the report.
        done = list(result.applied + result.merged)
        # A fix found after the fixes it holds (a space missing after a repaired quote)
        # replaces them in one edit here; ``fix`` made them in passes, one edit each.
        held = self._held_by_revealed()
        done += [h for inner in held.values() for h in inner]
        done.sort(key=lambda e: (e.offset, e.end))
        return [
            # The line the issue list shows for it (a line removal starts at the break before).
            (
                e.offset,
                Change(e.rule, self.edit_line(e), self._before(e, held.get(e, ())), e.replacement),
            )
            for e in done
        ]

    def _held_by_revealed(self) -> dict[Edit, list[Edit]]:
        """Each accepted fix found after fixes it holds (``found_after``), with the accepted
        fixes directly inside it: the changes it made in ``fix``'s earlier passes."""
        held: dict[Edit, list[Edit]] = {}
        for revealed in (it for it in self.items if it.key in self.found_after):
            if not self.applies(revealed):
                continue
            span = revealed.issue
            inside = [it for it in self.items_within(span.offset, span.end)
                      if self.applies(it) and covers(span, it.issue)]  # fmt: skip
            # Only those it holds directly (accepted fixes never partly overlap): one
            # inside another fix in there went with that fix, in the same pass.
            direct = [it for it in inside if not any(covers(o.issue, it.issue) for o in inside)]
            if direct:
                held[self._edit(revealed)] = [self._edit(it) for it in direct]
        return held

    def _edit(self, it: ReviewItem) -> Edit:
        decision = self.store.get(it.key)
        assert decision is not None and decision.replacement is not None
        return it.issue.edit(decision.replacement)

    def _before(self, edit: Edit, inside: Sequence[Edit]) -> str:
        """What ``edit`` replaces, as the fixes ``inside`` it (made before it) left it."""
        before = self.text[edit.offset : edit.end]
        if not inside:
            return before
        local = [replace(e, offset=e.offset - edit.offset) for e in inside]
        return apply_edits(before, local).text

    def review_rows(self, rule_name: Callable[[str], str]) -> list[ReviewRow]:
        """Every issue with its decision, on the lines the issue list shows."""
        rows = review_rows(self.name, self.text, (it.issue for it in self.items), self.store_of,
                           rule_name)  # fmt: skip
        out = []
        # review_rows sorts as the items are sorted, so each row is its item's.
        for row, it in zip(rows, self.items, strict=True):
            line, column = self.position(it.issue)
            superseded = self.superseded_by(it) is not None
            out.append(
                replace(
                    row,
                    line=line,
                    column=column,
                    outcome=Outcome.SUPERSEDED if superseded else row.outcome,
                )
            )
        return out

    def typed_rows(self) -> list[ReviewRow]:
        """The report's rows for what the editor typed in the text (none when nothing was):
        a change no issue accounts for, so the report records every change made."""
        return typed_rows(self.name, self.untyped, self.text)

    def store_of(self, issue: Issue) -> Decision | None:
        """The decision of the item holding ``issue`` (the same object)."""
        for it in self.items_at(issue.offset):
            if it.issue is issue:
                return self.store.get(it.key)
        return next((self.store.get(it.key) for it in self.items if it.issue is issue), None)

    @property
    def dirty(self) -> bool:
        if self.revision == self.saved_revision:
            return False
        if self.text == self._clean[0] and self.store.decisions == self._clean[1]:
            self.saved_revision = self.revision  # back where it was saved: nothing to save
            return False
        return True

    def restore(self, text: str | None, store: DecisionStore, *, saved: bool) -> None:
        """Take back work kept in a draft: the typed text (if any) and the decisions."""
        if text is not None:
            self.text = text
            self._lines = None
        self.store = store
        self._cover = self._by_key = None
        self.revision += 1
        if saved:
            self.saved_revision = self.revision
            self._mark_clean()

    def _mark_clean(self) -> None:
        self._clean = (self.text, dict(self.store.decisions))

    @property
    def state(self) -> FileState:
        if self.error:
            return FileState.ERROR
        if self.checking:
            return FileState.CHECKING
        if not self.checked:
            return FileState.UNCHECKED
        if self.saved_to is not None and not self.dirty:
            return FileState.SAVED
        return FileState.TO_REVIEW if self.open_count() else FileState.DONE

    # Direct edits

    def replace_text(self, offset: int, length: int, inserted: str) -> None:
        """Replace ``text[offset:offset+length]``; move, drop and re-key issues to match.

        An issue the edit touches (even at its edge) is dropped until the next
        check; the others keep their decisions under their new keys.
        """
        self.text = self.text[:offset] + inserted + self.text[offset + length :]
        self._lines = None
        delta = len(inserted) - length
        old_key: dict[int, str] = {}
        moved_issues: list[Issue] = []
        for it in self.items:
            i = it.issue
            if i.end < offset:
                moved = i
            elif i.offset > offset + length:
                moved = replace(i, offset=i.offset + delta)
            else:
                continue
            old_key[id(moved)] = it.key
            moved_issues.append(moved)
        new_items: list[ReviewItem] = []
        moves: list[tuple[str, str]] = []
        for issue, key in decision_keys(self.text, moved_issues):
            moves.append((old_key[id(issue)], key))
            new_items.append(ReviewItem(issue, key))
        self._rekey(moves)
        self.items = sorted(new_items, key=_sort_key)
        self._starts = [it.issue.offset for it in self.items]
        self._cover = self._by_key = None
        self.revision += 1

    def commit(self) -> list[Change]:
        """Make the corrected text the working text (``copydesk fix``'s passes); its changes.

        The issues and decisions belong to the old text and are dropped; the caller
        checks the new text again.
        """
        changes = self.changes()
        self.text = self.untyped = self.corrected().text
        self._lines = None
        self.items, self._starts, self._cover, self._by_key = [], [], None, None
        self.carried = set()
        self.store = DecisionStore()
        self.checked = False
        self.revision += 1
        return changes

    def cannot_store(self, replacement: str) -> str:
        """Why the file cannot hold ``replacement`` in its own encoding ('' when it can): a
        fix bringing an em dash into a Latin-1 file is not applicable there, and is refused
        on its own rather than the corrected copy as a whole when it is saved."""
        if self.doc is None:
            return ""
        doc = self.doc.as_utf8() if self.utf8_copy else self.doc
        return storage_refusal(replacement, doc.encoding, doc.errors)

    def utf8_reason(self, text: str) -> str:
        """Why a copy of ``text`` is written in UTF-8 ('' when it keeps the file's own
        encoding): with ``utf8_copy``, the first character of ``text`` that encoding cannot
        store, named with the encoding."""
        if not self.utf8_copy or self.doc is None:
            return ""
        return storage_refusal(text, self.doc.encoding, self.doc.errors)

    def copy_document(self, text: str) -> Document:
        """The document a copy of ``text`` is encoded as: the file's own, or (``utf8_copy``)
        the same in UTF-8 when its own encoding cannot store ``text``."""
        if self.doc is None:
            raise DocumentError(f"{self.path}: nothing to save ({self.error})")
        return self.doc.as_utf8() if self.utf8_reason(text) else self.doc

    def corrected_bytes(self) -> bytes:
        """The corrected text in the file's own encoding, BOM and line endings (``utf8_copy``:
        in UTF-8 when that encoding cannot store it)."""
        text = self.corrected().text
        return self.copy_document(text).encode(text)

    # Saving

    def save(self, target: Path | None, *, overwrite: bool = False, as_utf8: bool = False) -> Path:
        """Write the corrected text to ``target`` (planned by ``ReviewBatch.plan_targets``)
        or over the original; returns where.  Raises DocumentError with a clear message.

        ``as_utf8``: in UTF-8 rather than the file's own encoding (the editor's choice
        when that encoding cannot store the correction); later saves keep UTF-8.
        """
        own = self.doc
        if as_utf8 and own is not None:
            self.doc = own.as_utf8()
        try:
            target = self._write(target, overwrite=overwrite)
        except (DocumentError, OSError):
            self.doc = own  # nothing written: the file's own encoding again
            raise
        self.saved_to = target
        self.saved_revision = self.revision
        self._mark_clean()
        self._save_decisions()
        return target

    def _write(self, target: Path | None, *, overwrite: bool) -> Path:
        """Write the corrected bytes to ``target`` or over the original; where."""
        data = self.corrected_bytes()
        if overwrite:
            if self.disk_bytes is None:
                raise DocumentError(f"{self.path}: the original bytes are unknown; not overwritten")
            self.disk_bytes = overwrite_original(self.path, self.disk_bytes, data)
            target = self.path
        else:
            if target is None:
                raise DocumentError("no output folder chosen")
            write_atomic(target, data, source=self.path)
        return target

    def _save_decisions(self) -> None:
        # Best effort: losing the remembered decisions must not fail a save that worked.
        with contextlib.suppress(OSError):
            self.store.save(store_path_for(str(self.path), data_dir()))
            # Also by content: a folder moved or copied finds its decisions again.
            if self.doc is not None:
                self.store.save(content_store_path(self.doc.text))

    def load_decisions(self) -> bool:
        """Load the remembered decisions; False (and none loaded) when they cannot be read."""
        try:
            by_path = store_path_for(str(self.path), data_dir())
            elsewhere = not by_path.exists() and self.doc is not None
            if elsewhere and self.doc is not None:
                # Not seen at this path: the same text elsewhere (a moved folder) may be.
                by_path = content_store_path(self.doc.text)
            self.store = DecisionStore.load(by_path)
            self._cover = None
            self.remembered = len(self.store.decisions)
            self.remembered_elsewhere = elsewhere
            if self.revision == self.saved_revision:
                self._mark_clean()
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # A store another version wrote, or a damaged one: open the file without it.
            self.store = DecisionStore()
            self._cover = None
            return False
        return True


def storage_refusal(text: str, encoding: str, errors: str = "strict") -> str:
    """Why ``encoding`` cannot hold ``text`` (its first such character), or ''."""
    try:
        text.encode(encoding, errors)
    except UnicodeEncodeError as exc:
        return f"{text[exc.start]!r} cannot be stored in {encoding}, the file's encoding"
    return ""
