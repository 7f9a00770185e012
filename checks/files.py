"""Turn the paths a user names into the text files to check, and map them to output paths.

Folders are walked without recursion (a folder 1,000 deep is no problem), links to
folders inside a walk are not followed (a link loop cannot trap the walk), and
whatever is passed over for a reason the user may not expect (an unreadable
folder, a path too long for the system, a link loop, a FIFO or device named like a
text file) gets one line saying so.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from copydesk.checks import office

TEXT_SUFFIXES = (".txt", ".md")
# The documents a folder search passed over are named up to this many, then counted.
MAX_DOCUMENTS_NAMED = 5


@dataclass(frozen=True)
class InputFile:
    path: Path
    root: Path  # the folder its output path is made relative to


def collect(
    paths: Iterable[str | Path],
    suffixes: Sequence[str] = TEXT_SUFFIXES,
    documents: list[Path] | None = None,
) -> tuple[list[InputFile], list[str]]:
    """Files to check (folders searched recursively for ``suffixes``) and errors for bad paths.

    Files named explicitly are taken whatever their suffix; hidden files and
    folders inside a searched folder are passed over.  ``documents``, when given,
    gets the word-processor and PDF files a searched folder holds (passed over: they
    are not plain text; :func:`documents_note` says so).
    """
    found: list[InputFile] = []
    errors: list[str] = []
    raw = [Path(p) for p in paths]
    explicit_files = [p for p in raw if _is_file(p)]
    base = _common_base(raw)
    for p in raw:
        if _is_dir(p):
            root = p if len(raw) == 1 else base
            walked = _walk(p, tuple(suffixes), errors, documents)
            found.extend(InputFile(f, root) for f in walked)
        elif p in explicit_files:
            found.append(InputFile(p, p.parent if len(raw) == 1 else base))
        else:
            errors.append(_not_usable(p))
    unique: dict[str, InputFile] = {}
    for f in found:
        unique.setdefault(real_path(f.path), f)
    return list(unique.values()), errors


def real_path(path: str | Path) -> str:
    """The path with links resolved, never raising (a link loop is left as it is)."""
    return os.path.realpath(path)


def _is_file(p: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(p).st_mode)
    except (OSError, ValueError):
        return False


def _is_dir(p: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(p).st_mode)
    except (OSError, ValueError):
        return False


def _not_usable(p: Path) -> str:
    """One line on why ``p`` (a path given, or an entry met in a walk) is not read."""
    try:
        mode = os.stat(p).st_mode
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            if os.path.islink(p):
                return f"{shown_path(p)}: a link to nothing (its target is missing); skipped"
            return f"{shown_path(p)}: no such file or folder"
        if exc.errno == errno.ELOOP:
            return f"{shown_path(p)}: a loop of symbolic links; skipped"
        if exc.errno == errno.ENAMETOOLONG:
            return f"{shown_path(p)}: the path is too long for the system; skipped"
        return f"{shown_path(p)}: cannot use it ({exc.strerror or exc}); skipped"
    except ValueError:
        return f"{shown_path(p)}: not a usable path; skipped"
    kind = (
        "a FIFO (named pipe)"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not a regular file"
    )
    return f"{shown_path(p)}: {kind}, not a regular file; skipped"


def documents_note(documents: Sequence[Path]) -> list[str]:
    """One line naming the documents a folder search passed over (none: no line)."""
    if not documents:
        return []
    shown = ", ".join(shown_path(p) for p in documents[:MAX_DOCUMENTS_NAMED])
    more = len(documents) - MAX_DOCUMENTS_NAMED
    shown += f" and {more} more" if more > 0 else ""
    return [
        f"{len(documents)} word-processor or PDF document(s) in the folder not checked"
        f" (not plain text; save them as .txt to check them): {shown}"
    ]


def _walk(
    top: Path, suffixes: tuple[str, ...], errors: list[str], documents: list[Path] | None = None
) -> list[Path]:
    """Text files under ``top`` in sorted depth-first order, with a stack, not recursion;
    the documents met (:mod:`office` kinds) go into ``documents`` when it is given."""
    files: list[Path] = []
    seen: set[tuple[int, int]] = set()
    stack = [top]
    lowered = tuple(s.lower() for s in suffixes)
    while stack:
        folder = stack.pop()
        try:
            info = os.stat(folder)
            key = (info.st_dev, info.st_ino)
            if key in seen:  # the same folder twice (a bind mount inside itself)
                continue
            seen.add(key)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            errors.append(_folder_error(folder, exc))
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_link = entry.is_symlink()
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError as exc:
                errors.append(_folder_error(path, exc))
                continue
            if is_dir:
                subfolders.append(path)
                continue
            if is_link and _is_dir(path):
                errors.append(f"{shown_path(path)}: a link to a folder; not followed")
                continue
            if not entry.name.lower().endswith(lowered):
                if documents is not None and office.kind(entry.name) and _is_file(path):
                    documents.append(path)
                continue
            if _is_file(path):
                files.append(path)
            else:
                errors.append(_not_usable(path))
        stack.extend(reversed(subfolders))
    return files


def _folder_error(folder: Path, exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return f"{shown_path(folder)}: cannot open this folder (permission denied); skipped"
    if exc.errno == errno.ENAMETOOLONG:
        return f"{shown_path(folder)}: the path is too long for the system; skipped"
    if exc.errno == errno.ELOOP:
        return f"{shown_path(folder)}: a loop of symbolic links; skipped"
    return f"{shown_path(folder)}: cannot open this folder ({exc.strerror or exc}); skipped"


def shown_path(path: str | Path) -> str:
    """A path fit for one line of text or JSON.

    Control characters (a newline in a file name would split an output line) are
    written as escapes, and bytes that are not UTF-8 (kept by Python as lone
    surrogates) as ``\\xNN``, so no raw byte reaches the output.
    """
    return escape_text(str(path))


def escape_text(text: str) -> str:
    """``text`` with control characters and undecodable bytes written as escapes."""
    if text.isprintable() and not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    out: list[str] = []
    for c in text:
        o = ord(c)
        if 0xDC80 <= o <= 0xDCFF:
            out.append(f"\\x{o - 0xDC00:02x}")
        elif 0xD800 <= o <= 0xDFFF:
            out.append(f"\\u{o:04x}")
        elif c == "\\":
            out.append(c)
        elif not c.isprintable() and c != " ":
            out.append(c.encode("unicode_escape").decode("ascii"))
        else:
            out.append(c)
    return "".join(out)


def _common_base(paths: Sequence[Path]) -> Path:
    # As found, links not resolved, as output_path reads the files' places: through a
    # linked folder a resolved base holds none of them, and every copy lost its folders.
    parents = [os.path.abspath(p if _is_dir(p) else p.parent) for p in paths if os.path.lexists(p)]
    try:
        return Path(os.path.commonpath(parents)) if parents else Path.cwd()
    except ValueError:  # no common folder (two drives on Windows): copies go by name
        return Path.cwd()


def output_path(item: InputFile, output_dir: Path) -> Path:
    # From the paths as found (not resolved): a link to a file elsewhere keeps its place.
    rel = Path(os.path.relpath(os.path.abspath(item.path), os.path.abspath(item.root)))
    if rel.is_absolute() or rel.parts[:1] == ("..",):
        rel = Path(item.path.name)
    return output_dir / rel


class OutputPlanError(Exception):
    """Saving as planned would overwrite an original or lose a copy; the message says which."""


def plan_outputs(items: Sequence[InputFile], output_dir: Path) -> list[Path]:
    """The target of every item under ``output_dir``, checked before anything is written.

    Refused: a target that is one of the input files (or a link to one), and two
    inputs that would be saved to the same place (one corrected copy would silently
    replace the other).
    """
    sources = {real_path(item.path): item for item in items}
    targets = [output_path(item, output_dir) for item in items]
    seen: dict[str, InputFile] = {}
    for item, target in zip(items, targets, strict=True):
        resolved = real_path(target)
        if resolved in sources:
            raise OutputPlanError(
                f"{target}: saving there would overwrite the original {sources[resolved].path}"
            )
        if resolved in seen:
            raise OutputPlanError(
                f"{target}: both {seen[resolved].path} and {item.path} would be saved there"
            )
        seen[resolved] = item
    return targets


def not_a_folder(shown: str | Path) -> str:
    """What ``fix`` and the window say of an output folder that is a file."""
    return f"{shown} is a file, not a folder; choose another output folder"


def check_output_dir(
    output_dir: Path, input_paths: Iterable[str | Path], *, explicit_files: bool = False
) -> None:
    """Refuse an output folder inside a folder being checked: the next run would read it.

    With ``explicit_files`` a file named on its own counts by its folder too:
    corrected copies saved beside (or below) the originals would be read as
    articles by a run on that folder.  An output that is a file is said so first, whatever
    folder it is in: that is what to change (`fix -o flood.txt budget.txt`).
    """
    if os.path.lexists(output_dir) and not _is_dir(output_dir):
        raise OutputPlanError(not_a_folder(shown_path(output_dir)))
    for p in input_paths:
        path = Path(p)
        if _is_dir(path):
            folder = path
        elif explicit_files and os.path.lexists(path):
            folder = path.parent
        else:
            continue
        if is_inside(output_dir, folder):
            shown = shown_path(os.path.abspath(folder))
            raise OutputPlanError(
                f"{shown_path(output_dir)}: the output folder must not be inside the input"
                f" folder ‘{shown}’ (the next run would read the copies); choose one beside it,"
                f" such as ‘{shown}-corrected’"
            )


def is_inside(child: Path, parent: Path) -> bool:
    try:
        Path(real_path(child)).relative_to(real_path(parent))
    except ValueError:
        return False
    return True
