"""Read the files a user names, as every front end does: same skipping, limits and error lines.

The command line and the window both load through :func:`load_inputs`, so a
file one of them skips (binary, empty, too large, not a text file in a folder)
the other skips too, with the same one-line message.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from copydesk.checks.document import DEFAULT_MAX_BYTES, Document, DocumentError, read_document
from copydesk.checks.files import InputFile, collect


@dataclass(frozen=True)
class LoadedFile:
    """One file found: its document, or the one-line reason it cannot be read."""

    item: InputFile
    doc: Document | None
    error: str | None = None


@dataclass
class LoadResult:
    """The files found, in order, and every message for the user (one line each)."""

    files: list[LoadedFile] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # Paths or files that could not be used (the command line exits 2 for these), an
    # empty file among them: it is skipped with a message, and ``fix`` copies it as it is.
    failed: int = 0
    empties: list[tuple[InputFile, Document]] = field(default_factory=list)

    def readable(self) -> list[tuple[InputFile, Document]]:
        return [(f.item, f.doc) for f in self.files if f.doc is not None]


def _empty_folders(paths: Sequence[str | Path], items: Sequence[InputFile]) -> list[str]:
    found = [os.path.abspath(i.path) for i in items]
    lines = []
    for p in paths:
        folder = os.path.abspath(p)
        if Path(p).is_dir() and not any(f.startswith(folder + os.sep) for f in found):
            lines.append(f"{p}: no .txt or .md files in this folder")
    return lines


def load_inputs(
    paths: Sequence[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    skip: Iterable[Path] = (),
) -> LoadResult:
    """Collect and read ``paths`` (folders searched); ``skip`` holds resolved paths already open."""
    items, errors = collect(paths)
    result = LoadResult(errors=list(errors), failed=len(errors))
    empty_folders = _empty_folders(paths, items)
    result.errors += empty_folders
    result.failed += len(empty_folders)
    known = set(skip)
    for item in items:
        if item.path.resolve() in known:
            continue
        try:
            doc = read_document(item.path, max_bytes)
        except DocumentError as exc:
            result.errors.append(str(exc))
            result.failed += 1
            result.files.append(LoadedFile(item, None, str(exc)))
            continue
        if not doc.text.strip():
            result.errors.append(f"{item.path}: empty file; nothing to check")
            result.failed += 1  # bad input: exit 2, as documented
            result.empties.append((item, doc))
            continue
        result.files.append(LoadedFile(item, doc))
    return result
