"""Where a report may go, and writing it: shared by the review and QA reports.

A report is written whole or not at all (temporary file and rename), never over an
input file, and always as valid UTF-8: bytes of a file name or text that are not
UTF-8 appear as ``\\xNN`` escapes (``clean_text``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from copydesk.checks.document import replace_atomically
from copydesk.checks.files import escape_text, real_path

REPORT_SUFFIXES = (".csv", ".html", ".htm", ".json")


def clean_text(s: str) -> str:
    """``s`` with undecodable bytes (lone surrogates) as escapes; other text untouched."""
    if not any("\ud800" <= c <= "\udfff" for c in s):
        return s
    return "".join(escape_text(c) if "\ud800" <= c <= "\udfff" else c for c in s)


class ReportError(Exception):
    """A report that cannot be written; the message is for the user."""


def check_report_path(path: Path, inputs: Sequence[str | Path] = ()) -> None:
    """Refuse a report path before any work is done: unknown format, no folder for it, or
    one of the ``inputs`` (the report would replace an original)."""
    target = real_path(path)
    for source in inputs:
        if real_path(source) == target:
            raise ReportError(f"{escape_text(str(path))}: is an input file; name another report")
    if path.suffix.lower() not in REPORT_SUFFIXES:
        raise ReportError(f"{path}: a report must end in .csv, .html or .json")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise ReportError(f"{path}: {parent} is a file, not a folder")
            break
    if path.is_dir():
        raise ReportError(f"{path}: is a folder; name a file")


def write_report_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in UTF-8 atomically; an earlier report survives a failure."""
    try:
        replace_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise ReportError(
            f"{escape_text(str(path))}: report not written ({exc.strerror or exc})"
        ) from exc
