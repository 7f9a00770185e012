"""Which files are bilingual, and the reader for each: by suffix, and for plain text by pair."""

from __future__ import annotations

import errno
from pathlib import Path

from copydesk.checks.bilingual.model import BilingualDocument, BilingualError, unique_ids
from copydesk.checks.document import read_limited

XML_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".tmx")
TABLE_SUFFIXES = (".csv", ".tsv", ".tab")
BILINGUAL_SUFFIXES = (*XML_SUFFIXES, ".po", *TABLE_SUFFIXES)


def is_bilingual(path: str | Path) -> bool:
    return str(path).lower().endswith(BILINGUAL_SUFFIXES)


def load(path: str | Path, max_bytes: int, source: Path | None = None) -> BilingualDocument:
    """Read one bilingual file (or a target article with its ``source``); BilingualError if bad."""
    p = Path(path)
    if source is not None:
        from copydesk.checks.bilingual.paired import read_pair

        return read_pair(p, source, max_bytes)
    if p.is_dir():
        raise BilingualError(f"{p}: is a folder, not a file")
    try:
        # As an article is read: the limit counted on the bytes read, with the same line.
        raw = read_limited(p, max_bytes)
    except OSError as exc:
        if exc.errno in (errno.EFBIG, errno.EINVAL) and exc.strerror:
            raise BilingualError(f"{p}: {exc.strerror}") from exc
        raise BilingualError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    name = p.name.lower()
    if name.endswith(XML_SUFFIXES):
        from copydesk.checks.bilingual.xmlformats import read_xml

        doc = read_xml(raw, str(p))
    elif name.endswith(".po"):
        from copydesk.checks.bilingual.po import read_po

        doc = read_po(raw, str(p))
    elif name.endswith(TABLE_SUFFIXES):
        from copydesk.checks.bilingual.table import read_table

        doc = read_table(raw, str(p))
    else:
        raise BilingualError(f"{p}: not a bilingual format ({', '.join(BILINGUAL_SUFFIXES)})")
    if not doc.units:
        raise BilingualError(f"{p}: no translation units found")
    doc.units = unique_ids(doc.units)
    return doc
