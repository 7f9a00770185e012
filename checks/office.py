"""Word-processor, PDF and e-book files: what each is, and whether its bytes are one.

copydesk reads none of them (they are not plain text: a copy editor saves them as
``.txt`` first), and never reads one as text either, whole or damaged: a ``.docx`` whose
bytes happen to decode (a zip without ``word/document.xml``, a text file renamed) would
otherwise be checked, and "corrected", as an article. A whole one is told to be saved as
plain text; a damaged one is named as such (:func:`copydesk.checks.document.read_document`).
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Word 97-2003 (and Excel)


def _zip_holding(member: str) -> Callable[[bytes], bool]:
    """A zip package (Office Open XML, OpenDocument, EPUB) that holds ``member``."""

    def test(raw: bytes) -> bool:
        if not raw.startswith(b"PK\x03\x04"):
            return False
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as package:
                return member in package.namelist()
        except (zipfile.BadZipFile, ValueError, OSError):  # truncated, or a zip in name only
            return False

    return test


def _any_zip(raw: bytes) -> bool:
    # Pages keeps its parts under names that changed between versions: a zip is enough.
    try:
        return raw.startswith(b"PK\x03\x04") and bool(zipfile.ZipFile(io.BytesIO(raw)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return False


def _word_97(raw: bytes) -> bool:
    # Word also saves .doc files as RTF, and opens them so.
    return raw.startswith(_OLE2) or raw.startswith(b"{\\rtf")


def _pdf(raw: bytes) -> bool:
    return b"%PDF-" in raw[:1024]  # readers allow a little before the header


# By suffix: what the file is called in a message, and the test its bytes must pass.
KINDS: dict[str, tuple[str, Callable[[bytes], bool]]] = {
    ".docx": ("Word document", _zip_holding("word/document.xml")),
    ".doc": ("Word document", _word_97),
    ".odt": ("OpenDocument text", _zip_holding("content.xml")),
    ".pdf": ("PDF document", _pdf),
    ".pages": ("Pages document", _any_zip),
    ".xlsx": ("Excel workbook", _zip_holding("xl/workbook.xml")),
    ".pptx": ("PowerPoint presentation", _zip_holding("ppt/presentation.xml")),
    ".epub": ("EPUB book", _zip_holding("META-INF/container.xml")),
}


def kind(path: str | os.PathLike[str]) -> str | None:
    """What a file of this name is ("Word document"), or None for any other name."""
    found = KINDS.get(os.path.splitext(os.fspath(path))[1].lower())
    return found[0] if found else None


def is_whole(path: str | os.PathLike[str], raw: bytes) -> bool:
    """Whether ``raw`` is built as a file of ``path``'s kind is (not damaged, not another)."""
    found = KINDS.get(os.path.splitext(os.fspath(path))[1].lower())
    return found is not None and found[1](raw)
