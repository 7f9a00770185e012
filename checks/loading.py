"""Read the files a user names, as every front end does: same skipping, limits and error lines.

The command line and the window both load through :func:`load_inputs`, so a
file one of them skips (binary, empty, too large, not a text file in a folder)
the other skips too, with the same one-line message.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from copydesk.checks.bilingual.loader import BILINGUAL_SUFFIXES, TABLE_SUFFIXES, is_bilingual
from copydesk.checks.bilingual.model import BilingualDocument, BilingualError, NothingToCheck
from copydesk.checks.document import (
    DEFAULT_MAX_BYTES,
    SIZE_ADVICE,
    Document,
    DocumentError,
    read_document,
    too_large,
)
from copydesk.checks.files import (
    TEXT_SUFFIXES,
    InputFile,
    collect,
    documents_note,
    real_path,
)

Spec = tuple[Path, Path | None]  # a bilingual file, or a target article and its source
HEADER_BYTES = 65536  # what is read of a table in a folder to see whether it is bilingual


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
    # Bilingual files and article pairs (``bilingual=True``), read unit by unit.
    bilingual: list[tuple[InputFile, BilingualDocument]] = field(default_factory=list)
    # Plain files found but not read (``read_plain=False``: a spread ``fix`` has its
    # workers read them, one at a time); their problems are reported where they are read.
    unread: list[InputFile] = field(default_factory=list)

    def readable(self) -> list[tuple[InputFile, Document]]:
        return [(f.item, f.doc) for f in self.files if f.doc is not None]


def _or(words: Sequence[str]) -> str:
    """ "a, b or c"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def _none_found(bilingual: bool) -> str:
    """What a folder search looked for and did not find (a new user's trial: the bilingual
    kinds are searched for too, and the message named only the plain ones)."""
    plain = f"no {_or(TEXT_SUFFIXES)} files"
    if not bilingual:
        return plain
    files = [s for s in BILINGUAL_SUFFIXES if s not in TABLE_SUFFIXES]
    return (
        f"{plain}, nor bilingual ones ({_or(files)}, or a {_or(TABLE_SUFFIXES)} table of"
        " source and target)"
    )


def _empty_folders(
    paths: Sequence[str | Path],
    items: Sequence[InputFile],
    claimed: Iterable[Path] = (),
    bilingual: bool = False,
) -> list[str]:
    found = [os.path.abspath(i.path) for i in items] + [os.path.abspath(p) for p in claimed]
    lines = []
    for p in paths:
        folder = os.path.abspath(p)
        if Path(p).is_dir() and not any(f.startswith(folder + os.sep) for f in found):
            lines.append(f"{p}: {_none_found(bilingual)} in this folder")
    return lines


def load_inputs(
    paths: Sequence[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    skip: Iterable[Path] = (),
    bilingual: bool = False,
    source_dir: str | Path | None = None,
    read_plain: bool = True,
    size_advice: str = SIZE_ADVICE,
) -> LoadResult:
    """Collect and read ``paths`` (folders searched); ``skip`` holds resolved paths already open.

    With ``bilingual``, bilingual files and article pairs (see :func:`find_bilingual`)
    are read into ``bilingual`` and left out of the plain files.  Without ``read_plain``
    the plain files are only found (``unread``).  ``size_advice`` ends the line of a file
    over the limit (the window has no ``--max-size`` to name).
    """
    result = _load(paths, max_bytes, skip, bilingual, source_dir, read_plain)
    if size_advice != SIZE_ADVICE:
        said, advised = too_large(max_bytes), too_large(max_bytes, size_advice)
        result.errors = [line.replace(said, advised) for line in result.errors]
        result.files = [
            replace(f, error=f.error.replace(said, advised)) if f.error else f for f in result.files
        ]
    return result


def _load(
    paths: Sequence[str | Path], max_bytes: int, skip: Iterable[Path], bilingual: bool,
    source_dir: str | Path | None, read_plain: bool,
) -> LoadResult:  # fmt: skip
    known = set(skip)
    found = BilingualFound()
    if bilingual:
        found = find_bilingual(paths, source_dir)
    documents: list[Path] = []
    items, errors = collect(paths, documents=documents)
    # The documents passed over are a note, not an error: the exit status is unchanged.
    notes = found.notes + documents_note(documents)
    result = LoadResult(errors=list(errors) + notes, failed=len(errors))
    if bilingual:
        _read_bilingual(found.specs, max_bytes, known, result)
    empty_folders = _empty_folders(paths, items, [*found.claimed, *known], bilingual)
    result.errors += empty_folders
    result.failed += len(empty_folders)
    claimed = {real_path(p) for p in found.claimed}
    for item in items:
        if item.path.resolve() in known or real_path(item.path) in claimed:
            continue
        if not read_plain:
            result.unread.append(item)
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


@dataclass
class BilingualFound:
    """Bilingual inputs among the paths: (item, source) specs, notes, every file they use."""

    specs: list[tuple[InputFile, Path | None]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    claimed: list[Path] = field(default_factory=list)  # targets and sources: not plain articles


def _project_files() -> frozenset[str]:
    from copydesk.checks.bilingual.terms import TERMBASE_NAMES
    from copydesk.checks.glossary import PROJECT_NAMES

    return frozenset((*PROJECT_NAMES, *TERMBASE_NAMES))


_PROJECT_FILES = _project_files()


def find_bilingual(
    paths: Sequence[str | Path], source_dir: str | Path | None = None
) -> BilingualFound:
    """The bilingual files and article pairs among ``paths``, folders searched.

    A file named is bilingual by its suffix; a ``.txt``/``.md`` article is a pair when
    its source is beside it (``name.<lang>.txt``) or in ``source_dir``.  In a folder a
    CSV/TSV counts only when its header names a source and a target column; another
    table is skipped with a note (a table of anything is no error), and so, when it is
    read, is a table that is only its header (:class:`NothingToCheck`).
    """
    from copydesk.checks.bilingual.paired import source_for
    from copydesk.checks.bilingual.table import has_named_columns

    sdir = Path(source_dir) if source_dir else None
    named = {real_path(p) for p in paths if Path(p).is_file()}
    items, _errors = collect(paths, (*BILINGUAL_SUFFIXES, *TEXT_SUFFIXES))  # load_inputs reports
    found = BilingualFound()
    sources: set[str] = set()
    for item in items:
        p = item.path
        if p.name.lower() in _PROJECT_FILES and real_path(p) not in named:
            continue  # a folder's glossary or term base is read as such, not checked
        if is_bilingual(p):
            if real_path(p) not in named and p.name.lower().endswith(TABLE_SUFFIXES):
                try:
                    with open(p, "rb") as f:
                        usable = has_named_columns(f.read(HEADER_BYTES), str(p))
                except OSError:
                    usable = True  # read again below, where the error gets its line
                if not usable:
                    found.notes.append(f"{p}: no source and target columns; skipped")
                    continue
            found.specs.append((item, None))
        elif p.suffix.lower() in TEXT_SUFFIXES and (source := source_for(p, sdir)) is not None:
            found.specs.append((item, source))
            sources.add(real_path(source))
    # A source article is not checked as an English article, nor as a target itself.
    found.specs = [(i, s) for i, s in found.specs if real_path(i.path) not in sources]
    found.claimed = [i.path for i, _ in found.specs] + [Path(s) for s in sorted(sources)]
    return found


def _read_bilingual(
    specs: Sequence[tuple[InputFile, Path | None]], max_bytes: int, known: set[Path],
    result: LoadResult,
) -> None:  # fmt: skip
    from copydesk.checks.bilingual.loader import load

    for item, source in specs:
        if item.path.resolve() in known:
            continue
        try:
            result.bilingual.append((item, load(item.path, max_bytes, source)))
        except NothingToCheck as exc:  # a note, as for a table without the columns
            result.errors.append(str(exc))
        except BilingualError as exc:
            result.errors.append(str(exc))
            result.failed += 1
