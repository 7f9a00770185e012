"""CSV and TSV tables with a source and a target column.

The header names the columns: ``source``/``target`` (or ``src``/``tgt``,
``original``/``translation``) or two language codes (``zh``, ``en``); an
``id`` (or ``key``, ``segment``) column, where there is one, names the units,
else the row number does.  A table whose header names no source and target is
refused, named or found in a folder alike: two bare columns are as likely a list
of anything, whose cells no check should read as sentences.

CSV follows RFC 4180 (cells may be quoted, ``""`` is a quote); TSV has no quoting
(the IANA definition), so a quote character in a TSV cell is just a character.
Cells are located by a tokenizer, not Python's csv module, because writing back
must touch only the target cell of a changed row; Python's csv module reads the
same file first to refuse a malformed one.
"""

from __future__ import annotations

import csv
import io

from copydesk.checks.bilingual.model import (
    BilingualDocument,
    BilingualError,
    Escape,
    NothingToCheck,
    Region,
    Unit,
    decode_file,
    identity_region,
)

_SOURCE_NAMES = {"source", "src", "original", "source text", "source_text"}
_TARGET_NAMES = {"target", "tgt", "translation", "target text", "target_text"}
_ID_NAMES = {"id", "key", "segment", "seg_id", "segment id", "unit"}
_LANG_CODES = {
    "ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr", "uk", "zh",
}  # fmt: skip


def _cells(text: str, delim: str, quoting: bool) -> list[list[tuple[int, int, bool]]]:
    """Rows of (start, end, quoted) cell spans; a quoted cell's span is inside its quotes."""
    rows: list[list[tuple[int, int, bool]]] = []
    row: list[tuple[int, int, bool]] = []
    i, n = 0, len(text)
    while i <= n:
        if quoting and i < n and text[i] == '"':
            j = i + 1
            while True:
                j = text.find('"', j)
                if j < 0:
                    raise ValueError(f"unterminated quoted cell at character {i}")
                if text.startswith('""', j):
                    j += 2
                    continue
                break
            row.append((i + 1, j, True))
            i = j + 1
        else:
            j = i
            while j < n and text[j] not in (delim, "\n", "\r"):
                j += 1
            row.append((i, j, False))
            i = j
        if i < n and text[i] == delim:
            i += 1
            continue
        rows.append(row)
        row = []
        if i >= n:
            break
        i += 2 if text.startswith("\r\n", i) else 1
        if i >= n:
            break
    return [r for r in rows if r != [(r[0][0], r[0][0], False)]]  # blank lines


def _quoted_region(text: str, start: int, end: int) -> tuple[str, Region]:
    chars: list[str] = []
    starts: list[int] = []
    i = start
    while i < end:
        # A CRLF in a cell is one line break, as in the file's other lines: the checks
        # must not read its CR as a trailing space.
        crlf = text.startswith("\r\n", i)
        chars.append("\n" if crlf else text[i])
        starts.append(i)
        i += 2 if crlf or text.startswith('""', i) else 1
    starts.append(end)
    return "".join(chars), Region(tuple(starts), _quoted_escape)


def _quoted_escape(new: str) -> str:
    # A CR written next to a line break would read back as part of a CRLF; no fix adds one.
    if "\r" in new:
        raise BilingualError("a fix would write a carriage return into a cell")
    return new.replace('"', '""')


def _column(header: list[str], names: set[str]) -> int | None:
    for i, name in enumerate(header):
        if name.strip().lower() in names:
            return i
    return None


def has_named_columns(raw: bytes, path: str) -> bool:
    """Whether the table's header names a source and a target column (by name or language);
    ``raw`` may be the head of the file only.

    A table found in a folder is taken as bilingual only then (:func:`read_table`
    refuses any other); elsewhere it is skipped with a note, not an error.
    """
    text = None
    for cut in range(4):  # the head of a big file may end inside a character
        try:
            text = decode_file(raw[: len(raw) - cut], path)[0]
            break
        except BilingualError:
            continue
    if text is None:
        return False
    first = text.split("\n", 1)[0].rstrip("\r")
    delim = "\t" if path.lower().endswith((".tsv", ".tab")) else ","
    try:
        header = next(csv.reader([first], delimiter=delim), [])
    except csv.Error:
        return False
    if _column(header, _SOURCE_NAMES) is not None and _column(header, _TARGET_NAMES) is not None:
        return True
    return sum(1 for h in header if h.strip().lower() in _LANG_CODES) >= 2


def read_table(raw: bytes, path: str) -> BilingualDocument:
    text, encoding, bom = decode_file(raw, path)
    tsv = path.lower().endswith((".tsv", ".tab"))
    delim = "\t" if tsv else ","
    # The csv module refuses a field over 131,072 characters by default; a cell is never
    # longer than the file (the limit is process-wide, so it is only ever raised).
    if csv.field_size_limit() <= len(text):
        csv.field_size_limit(len(text) + 1)
    try:  # the standard library refuses what is not a table at all
        list(csv.reader(io.StringIO(text), delimiter=delim, quoting=csv.QUOTE_NONE if tsv else 0))
        rows = _cells(text, delim, quoting=not tsv)
    except (csv.Error, ValueError) as exc:
        raise BilingualError(
            f"{path}: not a readable {'TSV' if tsv else 'CSV'} table: {exc}"
        ) from exc
    if not rows:
        raise BilingualError(f"{path}: empty table")

    def cell(row: list[tuple[int, int, bool]], i: int) -> str:
        s, e, quoted = row[i]
        return _quoted_region(text, s, e)[0] if quoted else text[s:e]

    header = [cell(rows[0], i) for i in range(len(rows[0]))]
    src_col, tgt_col = _column(header, _SOURCE_NAMES), _column(header, _TARGET_NAMES)
    id_col = _column(header, _ID_NAMES)
    src_lang = tgt_lang = ""
    if src_col is None or tgt_col is None:
        langs = [i for i, h in enumerate(header) if h.strip().lower() in _LANG_CODES]
        if len(langs) >= 2:
            src_col, tgt_col = langs[0], langs[1]
            src_lang, tgt_lang = header[src_col].strip().lower(), header[tgt_col].strip().lower()
    if src_col is None or tgt_col is None:
        raise BilingualError(
            f"{path}: no 'source' and 'target' columns in the header ({', '.join(header[:6])}):"
            " name them source,target (or two language codes, such as zh,en) to check the table"
        )
    if len(rows) < 2:  # a table exported before anything was put in it
        raise NothingToCheck(f"{path}: only a header, no rows; nothing to check")
    units: list[Unit] = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) <= max(src_col, tgt_col):
            raise BilingualError(f"{path}: row {n} has {len(row)} cell(s); expected more")
        s, e, quoted = row[tgt_col]
        if quoted:
            target, region = _quoted_region(text, s, e)
        else:
            target = text[s:e]
            region = identity_region(s, target, _plain_escape(delim, quoting=not tsv))
        uid = cell(row, id_col) if id_col is not None and id_col < len(row) else str(n)
        units.append(Unit(uid, cell(row, src_col), target, region))
    fmt = "tsv" if tsv else "csv"
    return BilingualDocument(path, fmt, units, raw, text, encoding, bom, src_lang, tgt_lang)


def _plain_escape(delim: str, *, quoting: bool) -> Escape:
    def escape(new: str) -> str:
        # Quoting would have to wrap the whole cell; a fix never needs that, so refuse it.
        if any(c in new for c in (delim, "\n", "\r")) or (quoting and '"' in new):
            raise BilingualError("a fix would need quotes around an unquoted cell")
        return new

    return escape
