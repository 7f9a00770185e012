"""The review state of a batch of files, free of Qt: issues, decisions, corrected text, saving.

A :class:`FileReview` holds one file: the document as read, its *working text*
(the file's text, or what the editor typed over it), the issues the engine
found in that text and the editor's decisions.  Decisions are keyed with
:mod:`checks.decisions` (rule + matched text + context), so they survive a
re-check and edits elsewhere.  The corrected text is always
``apply_edits(working text, accepted edits)``; nothing is applied eagerly.

Direct edits: typing in the text makes the typed text the new working text.
Issues after the edit move with the text, issues the edit touches are
dropped, and the file is re-checked; decisions of issues that survived are
carried to their new keys.
"""

from __future__ import annotations

import bisect
import contextlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from checks.apply import ApplyResult, apply_edits
from checks.context import BatchMember
from checks.decisions import Decision, DecisionStore, Verdict, decision_keys, store_path_for
from checks.document import Document, DocumentError, read_document, write_atomic
from checks.engine import CheckFailure
from checks.files import (
    InputFile,
    check_output_dir,
    collect,
    output_path,
    plan_outputs,
)
from checks.fixer import Change
from checks.model import Edit, Issue
from checks.report import ReportRow, rows_for
from checks.settings import data_dir
from checks.textpos import LineIndex


class FileState(StrEnum):
    UNCHECKED = "unchecked"
    CHECKING = "checking"
    TO_REVIEW = "to review"
    DONE = "done"
    SAVED = "saved"
    ERROR = "error"


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


class FileReview:
    """One file under review."""

    def __init__(self, source: InputFile, doc: Document | None, error: str | None = None) -> None:
        self.source = source
        self.doc = doc
        self.error = error
        self.text = doc.text if doc else ""
        # What the file holds as far as this window knows: read at open, or last written here.
        self.disk_bytes = doc.raw if doc else None
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

    # Issues

    def set_issues(self, issues: Iterable[Issue], failures: Sequence[CheckFailure] = ()) -> None:
        self.set_keyed(decision_keys(self.text, issues), failures)

    def set_keyed(
        self, keyed: Iterable[tuple[Issue, str]], failures: Sequence[CheckFailure] = ()
    ) -> None:
        """Issues with their decision keys already computed (by a worker) for this text."""
        self.items = [ReviewItem(i, k) for i, k in keyed]
        self.items.sort(key=lambda it: (it.issue.offset, it.issue.length, it.issue.rule))
        self._starts = [it.issue.offset for it in self.items]
        self.failures = list(failures)
        self.checked = True
        self.checking = False

    def items_at(self, offset: int) -> list[ReviewItem]:
        """Items whose span covers ``offset`` (an empty span covers its own point)."""
        hi = bisect.bisect_right(self._starts, offset)
        return [
            it
            for it in self.items[max(0, hi - 64) : hi]
            if it.issue.offset <= offset < max(it.issue.end, it.issue.offset + 1)
        ]

    def line_of(self, offset: int) -> int:
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines.line_col(offset)[0]

    # Decisions

    def decision(self, item: ReviewItem) -> Decision | None:
        return self.store.get(item.key)

    def is_open(self, item: ReviewItem) -> bool:
        return self.store.get(item.key) is None

    def open_count(self) -> int:
        return sum(1 for it in self.items if it.key not in self.store.decisions)

    def set_decision(self, key: str, decision: Decision | None) -> None:
        self.store.set(key, decision)
        self.revision += 1

    def accepted_edits(self) -> list[Edit]:
        edits = []
        for it in self.items:
            d = self.store.get(it.key)
            if d is not None and d.verdict != Verdict.REJECTED and d.replacement is not None:
                if d.replacement == it.issue.matched(self.text):
                    continue  # an "edit" to the same text (older sessions recorded these)
                edits.append(it.issue.edit(d.replacement))
        return edits

    def conflicting_items(self, edit: Edit, exclude: str | None = None) -> list[ReviewItem]:
        """Accepted items whose edit could not be applied together with ``edit``."""
        found = []
        for it in self.items:
            d = self.store.get(it.key)
            if it.key == exclude or d is None or d.verdict == Verdict.REJECTED:
                continue
            if d.replacement is None:
                continue
            if apply_edits(self.text, [it.issue.edit(d.replacement), edit]).skipped:
                found.append(it)
        return found

    def corrected(self) -> ApplyResult:
        return apply_edits(self.text, self.accepted_edits())

    def changes(self) -> list[Change]:
        result = self.corrected()
        return [
            Change(e.rule, self.line_of(e.offset), self.text[e.offset : e.end], e.replacement)
            for e in result.applied
        ]

    @property
    def dirty(self) -> bool:
        return self.revision != self.saved_revision

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
        kept: list[Issue] = []
        for it in self.items:
            i = it.issue
            if i.end < offset:
                moved = i
            elif i.offset > offset + length:
                moved = replace(i, offset=i.offset + delta)
            else:
                continue
            old_key[id(moved)] = it.key
            kept.append(moved)
        new_items: list[ReviewItem] = []
        for issue, key in decision_keys(self.text, kept):
            before = old_key[id(issue)]
            d = self.store.get(before)
            if d is not None and key != before:
                self.store.set(key, d)
            new_items.append(ReviewItem(issue, key))
        new_items.sort(key=lambda it: (it.issue.offset, it.issue.length, it.issue.rule))
        self.items = new_items
        self._starts = [it.issue.offset for it in self.items]
        self.revision += 1

    # Saving

    def save(self, target: Path | None, *, overwrite: bool = False) -> Path:
        """Write the corrected text to ``target`` (planned by :meth:`Session.plan_targets`)
        or over the original; returns where.  Raises DocumentError with a clear message."""
        if self.doc is None:
            raise DocumentError(f"{self.path}: nothing to save ({self.error})")
        data = self.doc.encode(self.corrected().text)
        if overwrite:
            self._overwrite_original(data)
            target = self.path
        else:
            if target is None:
                raise DocumentError("no output folder chosen")
            write_atomic(target, data, source=self.path)
        self.saved_to = target
        self.saved_revision = self.revision
        self._save_decisions()
        return target

    def _overwrite_original(self, data: bytes) -> None:
        """Replace the file with ``data`` after backing up what is on disk now.

        Refused when the file is no longer what was read (or last written here):
        another program changed it, and that change must not be lost.  A backup
        never replaces an older one (see :func:`backup_path`).
        """
        if self.disk_bytes is None:
            raise DocumentError(f"{self.path}: the original bytes are unknown; not overwritten")
        try:
            current = self.path.read_bytes()
        except OSError as exc:
            raise DocumentError(
                f"{self.path}: cannot read it again ({exc.strerror or exc})"
            ) from exc
        if current != self.disk_bytes:
            raise DocumentError(
                f"{self.path} was changed by another program since it was opened; not"
                " overwritten (save a corrected copy instead, or close and reopen the file)"
            )
        if current == data:
            return  # already what would be written: no backup, no write
        write_backup(self.path, current)
        write_atomic(self.path, data, source=self.path, overwrite_source=True)
        self.disk_bytes = data

    def _save_decisions(self) -> None:
        # Best effort: losing the remembered decisions must not fail a save that worked.
        with contextlib.suppress(OSError):
            self.store.save(store_path_for(str(self.path), data_dir()))

    def load_decisions(self) -> bool:
        """Load the remembered decisions; False (and none loaded) when they cannot be read."""
        try:
            self.store = DecisionStore.load(store_path_for(str(self.path), data_dir()))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # A store another version wrote, or a damaged one: open the file without it.
            self.store = DecisionStore()
            return False
        return True


def backup_path(path: Path) -> Path:
    """The first free name of ``file.txt.bak``, ``file.txt.1.bak``, ``file.txt.2.bak``…"""
    candidate = path.with_name(path.name + ".bak")
    n = 0
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = path.with_name(f"{path.name}.{n}.bak")
    return candidate


def write_backup(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new :func:`backup_path`, never over an existing file."""
    while True:
        backup = backup_path(path)
        try:
            # Exclusive create: a backup another process made meanwhile is never replaced.
            with backup.open("xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except FileExistsError:
            continue
        except OSError as exc:
            raise DocumentError(
                f"{backup}: cannot write the backup ({exc.strerror or exc})"
            ) from exc
        return backup


@dataclass
class Session:
    """All files open in the window."""

    files: list[FileReview] = field(default_factory=list)
    opened: list[Path] = field(default_factory=list)  # the paths named, folders included
    _by_path: dict[str, FileReview] = field(default_factory=dict, repr=False)

    def open_paths(self, paths: Iterable[str | Path]) -> tuple[list[FileReview], list[str]]:
        """Read the files named (folders searched); returns the new files and error messages."""
        paths = [Path(p) for p in paths]
        items, errors = collect(paths)
        self.opened.extend(p for p in paths if p not in self.opened)
        known = {f.path.resolve() for f in self.files}
        added: list[FileReview] = []
        unreadable: list[str] = []
        for item in items:
            if item.path.resolve() in known:
                continue
            try:
                fr = FileReview(item, read_document(item.path))
                if not fr.load_decisions():
                    unreadable.append(fr.name)
            except DocumentError as exc:
                fr = FileReview(item, None, str(exc))
                errors.append(str(exc))
            added.append(fr)
        self.files.extend(added)
        if unreadable:
            errors.append(
                f"Remembered decisions could not be read for {len(unreadable)} file(s)"
                f" ({', '.join(unreadable[:3])}{', …' if len(unreadable) > 3 else ''});"
                " they were opened without them"
            )
        return added, errors

    def readable(self) -> list[FileReview]:
        return [f for f in self.files if f.doc is not None]

    def members(self) -> list[BatchMember]:
        return [f.member() for f in self.readable()]

    def by_path(self, path: str) -> FileReview | None:
        if len(self._by_path) != len(self.files):
            self._by_path = {str(f.path): f for f in self.files}
        return self._by_path.get(path)

    def items_of_rule(
        self, rule: str, files: Sequence[FileReview] | None = None
    ) -> Iterator[tuple[FileReview, ReviewItem]]:
        for f in files if files is not None else self.files:
            for it in f.items:
                if it.issue.rule == rule:
                    yield f, it

    def dirty_files(self) -> list[FileReview]:
        return [f for f in self.files if f.dirty]

    def report_rows(self) -> list[ReportRow]:
        rows: list[ReportRow] = []
        for f in self.readable():
            rows.extend(rows_for(f.name, f.changes()))
        return rows

    def plan_targets(self, output_dir: Path) -> dict[FileReview, Path]:
        """Where each open file's corrected copy goes in ``output_dir``, checked before writing.

        Every open file is planned (not only those being saved) so that a file always
        goes to the same place.  Files opened one by one from different folders that
        would land on the same name keep as much of their folders as tells them apart
        (``x/a.txt`` and ``y/a.txt`` go to ``out/x/a.txt`` and ``out/y/a.txt``).
        Raises OutputPlanError when the folder is inside an opened folder, a copy would
        replace an original, or two copies would still meet.
        """
        check_output_dir(output_dir, self.opened)
        roots = {f: f.source.root for f in self.files}
        while True:
            by_target: dict[Path, set[Path]] = {}
            for f, root in roots.items():
                target = output_path(InputFile(f.path, root), output_dir).resolve()
                by_target.setdefault(target, set()).add(root)
            merged = False
            for group in by_target.values():
                if len(group) < 2:
                    continue
                try:
                    base = Path(os.path.commonpath([os.path.abspath(r) for r in group]))
                except ValueError:  # no common folder (another drive): refused below
                    continue
                roots = {f: base if r in group else r for f, r in roots.items()}
                merged = True
                break
            if not merged:
                break
        items = [InputFile(f.path, roots[f]) for f in self.files]
        return dict(zip(self.files, plan_outputs(items, output_dir), strict=True))

    def default_output_dir(self) -> Path | None:
        roots = [f.source.root.resolve() for f in self.files]
        if not roots:
            return None
        root = roots[0]
        return root.parent / f"{root.name}-corrected"
