"""Saving a reviewed batch: corrected copies planned with ``plan_outputs``, or the originals.

Every target is planned before anything is written, so a refusal writes
nothing; overwriting an original keeps a ``.bak`` copy and is refused when the
file changed on disk since it was read.  The outcome says, in lines for the
user, what was saved, what was not and which accepted fixes are not in the text.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from copydesk.checks.document import Document, DocumentError, UnstorableText, write_atomic
from copydesk.checks.files import InputFile, OutputPlanError, not_a_folder

if TYPE_CHECKING:
    from copydesk.checks.review import FileReview
    from copydesk.checks.review_batch import ReviewBatch


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


def overwrite_original(path: Path, disk_bytes: bytes, data: bytes) -> bytes:
    """Replace ``path`` with ``data`` after backing up what is on disk; returns what it holds.

    Refused when the file is no longer ``disk_bytes`` (what was read, or last
    written here): another program changed it, and that change must not be lost.
    """
    try:
        current = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read it again ({exc.strerror or exc})") from exc
    if current != disk_bytes:
        raise DocumentError(
            f"{path} was changed by another program since it was opened; not"
            " overwritten (save a corrected copy instead, or close and reopen the file)"
        )
    if current == data:
        return data  # already what would be written: no backup, no write
    write_backup(path, current)
    write_atomic(path, data, source=path, overwrite_source=True)
    return data


def copy_as_it_is(item: InputFile, doc: Document, target: Path) -> bytes:
    """Write an input with nothing to review (an empty file) to ``target`` as it is, so
    the output folder mirrors the input folder: ``fix`` and the window's save both do
    this. Returns the bytes written; raises DocumentError."""
    data = doc.encode(doc.text)
    write_atomic(target, data, source=item.path)
    return data


def empty_copied_line(shown_input: str, shown_target: str) -> str:
    """The line that says an empty input was copied (``fix``'s output, the window's bar)."""
    return f"{shown_input} -> {shown_target}: empty; copied as it is"


def file_in_the_way(out: Path) -> Path | None:
    """The file that sits where ``out`` or a folder above it must be, if any."""
    for p in (out, *out.parents):
        if p.exists():
            return None if p.is_dir() else p
    return None


def unwritable_folder(out: Path) -> Path | None:
    """The folder that stops copies being written into ``out``: ``out`` itself or, when it
    does not exist yet, the nearest folder above it, if this user may not write there."""
    for p in (out, *out.parents):
        if p.exists():
            usable = p.is_dir() and os.access(p, os.W_OK | os.X_OK)
            return None if usable else p
    return None


def why_locked(folder: Path) -> str:
    """Why this user may not write into ``folder``: a read-only file system, or permission."""
    try:
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        read_only = False
    return "Read-only file system" if read_only else "permission denied"


def output_folder_problem(out: Path) -> str | None:
    """Why no copy can be written into ``out``, said before anything is read or written
    (``fix`` and the window's save both ask): a file where a folder must be, or a folder
    this user may not write into."""
    blocker = file_in_the_way(out)
    if blocker is not None:
        return not_a_folder(blocker)
    locked = unwritable_folder(out)
    if locked is not None:
        return f"cannot write into {locked} ({why_locked(locked)}); choose another output folder"
    return None


def output_blocked(out: Path | None) -> str | None:
    """Why nothing can be saved into ``out`` (the window's words), or None."""
    if out is None:
        return "no output folder chosen (File > Output Folder…)"
    problem = output_folder_problem(out)
    return None if problem is None else f"{problem} (File > Output Folder…)"


@dataclass
class SaveOutcome:
    """What a save did: files saved, one line per failure, fixes left out of the text."""

    saved: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "name:line rule" of fixes not applied
    where: str = ""
    copied: list[str] = field(default_factory=list)  # empty inputs copied as they are
    # Files not saved only because their encoding cannot store the correction: saved
    # again with ``as_utf8=True`` they are.
    unstorable: list[FileReview] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def status(self) -> str:
        if self.errors and not self.saved:
            return f"Nothing saved: {self.errors[0]}"
        if self.errors:
            return (
                f"Saved {self.saved} of {self.total} file(s) {self.where};"
                f" {len(self.errors)} not saved"
            )
        empty = f" (and {len(self.copied)} empty file(s) copied as they are)" if self.copied else ""
        return f"Saved {self.saved} file(s) {self.where}{empty}"

    def messages(self) -> list[str]:
        lines: list[str] = []
        if self.errors and not self.saved:
            lines += [
                f"{self.status()} (your decisions are kept; fix it and save again)",
                *self.errors[1:],
            ]
        elif self.errors:
            lines += [
                f"{len(self.errors)} file(s) not saved (your decisions are kept; fix the problem"
                " and save again):",
                *self.errors,
            ]
        if self.skipped:
            lines += [
                "These accepted fixes overlap another accepted fix and are NOT in the saved"
                " text (undo one of each pair to choose):",
                *self.skipped,
            ]
        return lines


def save_files(
    batch: ReviewBatch,
    files: Sequence[FileReview],
    out: Path | None,
    *,
    overwrite: bool = False,
    as_utf8: bool = False,
) -> SaveOutcome:
    """Save ``files`` of ``batch`` into ``out`` (or over the originals); never raises.

    ``as_utf8``: write them in UTF-8, not their own encodings (the choice offered for
    :attr:`SaveOutcome.unstorable`)."""
    files = [f for f in files if f.doc is not None]
    outcome = SaveOutcome(total=len(files))
    outcome.where = "over the originals" if overwrite else f"to {out}"
    outcome.skipped = [
        f"{fr.name}:{fr.edit_line(e)} {e.rule}" for fr in files for e in fr.corrected().skipped
    ]
    blocked = None if overwrite else output_blocked(out)
    targets: dict[FileReview, Path] = {}
    if blocked is None and not overwrite and out is not None:
        try:
            targets = batch.plan_targets(out)
        except OutputPlanError as exc:
            blocked = str(exc)
    if blocked is not None:
        outcome.errors.append(blocked)
        return outcome
    for fr in files:
        try:
            fr.save(targets.get(fr), overwrite=overwrite, as_utf8=as_utf8)
            outcome.saved += 1
        except (DocumentError, OSError) as exc:
            outcome.errors.append(str(exc))
            if isinstance(exc, UnstorableText):
                outcome.unstorable.append(fr)
    if not overwrite and out is not None:
        _copy_empties(batch, out, outcome)
    return outcome


def _copy_empties(batch: ReviewBatch, out: Path, outcome: SaveOutcome) -> None:
    """Copy the batch's empty inputs into ``out`` as they are, as ``fix`` does; a copy
    already there is left alone (it is the same, or someone put something there)."""
    for item, doc, target in batch.empty_targets(out):
        if target.exists() or target.is_symlink():
            continue
        try:
            copy_as_it_is(item, doc, target)
        except (DocumentError, OSError) as exc:
            outcome.errors.append(str(exc))
            continue
        outcome.copied.append(empty_copied_line(str(item.path), str(target)))


def copies_to_lose(batch: ReviewBatch, files: Sequence[FileReview], out: Path) -> list[str]:
    """What saving ``files`` into ``out`` would throw away: one line per corrected copy
    already there (not written by this review) that differs from the new one."""
    try:
        targets = batch.plan_targets(out)
    except OutputPlanError:
        return []  # save_files reports it
    lines = []
    for fr in files:
        target = targets.get(fr)
        if fr.doc is None or target is None or fr.saved_to == target or not target.is_file():
            continue
        try:
            old = target.read_bytes()
            new = fr.corrected_bytes()
        except (OSError, DocumentError):
            continue
        if old == new:
            continue
        kept = set(new.decode(errors="replace").splitlines())
        gone = [ln for ln in old.decode(errors="replace").splitlines() if ln not in kept]
        first = f"; first: “{gone[0][:60]}”" if gone and gone[0].strip() else ""
        lines.append(
            f"{target} already exists and differs from the new copy:"
            f" {len(gone)} line(s) in it would be lost{first}"
        )
    return lines


def unsaved_files(batch: ReviewBatch, out: Path | None) -> list[FileReview]:
    """The files whose work is in no saved copy: those changed since opened or saved, and
    those whose accepted fixes (decisions remembered from an earlier session, perhaps
    for the same text in another folder) were never saved to ``out``, the output folder
    now: no copy there, or one that differs from what they make."""
    files = batch.readable()
    # Only files with decisions never saved need the plan (and their copies read): the
    # status bar asks after every decision.
    if out is None or not any(_never_saved(fr, None) for fr in files if not fr.dirty):
        targets: dict[FileReview, Path] = {}
    else:
        try:
            targets = batch.plan_targets(out)
        except OutputPlanError:
            targets = {}
    return [fr for fr in files if fr.dirty or _never_saved(fr, targets.get(fr))]


def _never_saved(fr: FileReview, target: Path | None) -> bool:
    """Accepted fixes no save of this session wrote, nor any copy at ``target`` holds."""
    return fr.saved_to is None and bool(fr.accepted_edits()) and not _holds(target, fr)


def _holds(target: Path | None, fr: FileReview) -> bool:
    """Whether ``target`` already holds ``fr``'s corrected copy."""
    if target is None:
        return False
    try:
        return target.read_bytes() == fr.corrected_bytes()
    except (OSError, DocumentError):
        return False


def remembered_lines(files: Sequence[FileReview]) -> list[str]:
    """A line for the editor when files open with decisions remembered from an earlier
    session (already applied, so the files may show as done): how many, where, and how
    to take them back."""
    taken = [f for f in files if f.remembered]
    if not taken:
        return []
    total = sum(f.remembered for f in taken)
    named = ", ".join(f"{f.name} ({f.remembered})" for f in taken[:4])
    more = f" and {len(taken) - 4} more file(s)" if len(taken) > 4 else ""
    elsewhere = (
        " (kept for the same text in another folder)"
        if any(f.remembered_elsewhere for f in taken)
        else ""
    )
    return [
        f"{total} decision(s) remembered from an earlier session are applied{elsewhere}:"
        f" {named}{more}. Review › Clear Decisions in File takes a file's back (Ctrl+Z gives"
        " them back again); a single issue can be re-decided as usual."
    ]
