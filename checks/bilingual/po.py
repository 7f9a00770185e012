"""gettext PO files: each entry's msgid is the source, its msgstr (or msgstr[0]) the target.

The reader keeps the position of every string literal, so a fix rewrites only the
characters it changes inside the msgstr; comments, flags, line wrapping and the
other entries stay as written.  The header entry (empty msgid) and obsolete
entries (``#~``) are not units.  translate-toolkit's ``pofile`` reads the same
file first, so a file it cannot parse is refused with its message.

The file is read in the charset its header declares (``Content-Type: text/plain;
charset=ISO-8859-1``, windows-1252, ISO-8859-15, KOI8-R …) and written back in it, so
every byte not changed stays as it was; a byte-order mark wins over the header (UTF-16),
and no charset, or the template's ``CHARSET``, means UTF-8.  The library gets the text
as UTF-8 with its header saying so, whatever the file's charset: it decodes by its own
guess otherwise (a windows-1252 euro sign came out as U+0080).
"""

from __future__ import annotations

import codecs

import regex

from copydesk.checks.bilingual.model import (
    BilingualDocument,
    BilingualError,
    Region,
    Unit,
    decode_file,
)

_KEYWORD = regex.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)[ \t]+"')
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r", "a": "\a", "b": "\b",
            "f": "\f", "v": "\v"}  # fmt: skip


def _literal(raw: str, open_quote: int, chars: list[str], starts: list[int]) -> int:
    """Decode one "..." literal starting at ``open_quote``; returns the closing quote's index."""
    i = open_quote + 1
    while i < len(raw) and raw[i] != '"':
        if raw[i] == "\\" and i + 1 < len(raw):
            nxt = raw[i + 1]
            if nxt in _ESCAPES:
                chars.append(_ESCAPES[nxt])
                starts.append(i)
                i += 2
                continue
            octal = regex.match(r"[0-7]{1,3}", raw[i + 1 :])
            if octal:
                chars.append(chr(int(octal.group(), 8)))
                starts.append(i)
                i += 1 + len(octal.group())
                continue
        if raw[i] == "\n":
            raise ValueError("unterminated string")
        chars.append(raw[i])
        starts.append(i)
        i += 1
    if i >= len(raw):
        raise ValueError("unterminated string")
    return i


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\t", "\\t")
        .replace("\r", "\\r")
    )


def _library_units(raw: bytes, path: str) -> list[tuple[str, str]]:
    """(source, target) of the live entries as translate-toolkit reads them."""
    from translate.storage import po

    try:
        store = po.pofile(raw)
    except Exception as exc:  # translate-toolkit raises several types for bad PO
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        raise BilingualError(f"{path}: not a readable PO file: {first}") from exc
    return [
        (str(u.source), str(u.target))
        for u in store.units
        if not u.isheader() and not u.isobsolete()
    ]


_CHARSET = regex.compile(r"charset=[ \t]*([A-Za-z0-9_.:+-]+)")
_HEADER_MSGID = regex.compile(r'msgid[ \t]+""')


def _declared_charset(text: str) -> tuple[str, int, int] | None:
    """The charset the header entry declares, and where its name stands in ``text``.

    ``text`` may be the file's bytes read as Latin-1: the header is ASCII in every
    charset a PO file can be in (a UTF-16 one has its byte-order mark)."""
    pos, in_header = 0, False
    # Lines end at LF only: read as Latin-1, a windows-1252 "…" (0x85) is NEL, a line end
    # to str.splitlines.
    for line in regex.findall(r"[^\n]*\n|[^\n]+$", text):
        stripped = line.strip()
        if not in_header:
            if stripped and not stripped.startswith("#"):
                if not _HEADER_MSGID.fullmatch(stripped):
                    return None  # the first entry is not the header
                in_header = True
        elif stripped.startswith(("msgstr", '"')):
            found = _CHARSET.search(line)
            if found:
                return found.group(1), pos + found.start(1), pos + found.end(1)
        else:
            return None
        pos += len(line)
    return None


def _charset(raw: bytes, path: str) -> str | None:
    """The codec for the header's charset; None for UTF-8 (or none declared)."""
    declared = _declared_charset(raw.decode("latin-1"))
    if declared is None or declared[0].upper() == "CHARSET":
        return None
    name = declared[0]
    try:
        codec = codecs.lookup(name)
    except LookupError:
        raise BilingualError(
            f"{path}: its header declares charset {name}, which copydesk does not know"
        ) from None
    if 'msgid ""'.encode(codec.name, "replace") != b'msgid ""':
        return None  # UTF-16 or UTF-32 without a byte-order mark: not what the bytes are
    return None if codec.name == "utf-8" else codec.name


def _for_library(raw: bytes, raw_text: str, encoding: str) -> bytes:
    """The file as translate-toolkit should read it: UTF-8, its header saying so."""
    if encoding == "utf-8":
        return raw
    declared = _declared_charset(raw_text)
    if declared is not None:
        _name, start, end = declared
        raw_text = raw_text[:start] + "UTF-8" + raw_text[end:]
    return raw_text.encode("utf-8", "surrogatepass")


def read_po(raw: bytes, path: str) -> BilingualDocument:
    raw_text, encoding, bom = decode_file(raw, path, _charset(raw, path))
    if raw_text.encode(encoding) != raw[len(bom) :]:  # a multi-byte charset with two ways
        raise BilingualError(f"{path}: cannot be written back byte for byte in {encoding}")
    # The library reads bytes as UTF-8 whatever the BOM (a UTF-16 file was "Syntax error on
    # line 1") and the header: it gets the text decoded, as UTF-8; the file keeps its own.
    expected = _library_units(_for_library(raw, raw_text, encoding), path)
    entries: list[dict[str, tuple[str, tuple[int, ...]]]] = []
    current: dict[str, tuple[str, tuple[int, ...]]] = {}
    key: str | None = None
    chars: list[str] = []
    starts: list[int] = []

    def close_field() -> None:
        nonlocal key
        if key is not None:
            current[key] = ("".join(chars), (*starts, last_end))
        key = None

    last_end = 0
    pos = 0
    # Lines end at LF only: str.splitlines also breaks at U+2028, NEL ... inside a string.
    for lineno, line in enumerate(regex.findall(r"[^\n]*\n|[^\n]+$", raw_text), start=1):
        stripped = line.strip()
        begin = pos + len(line) - len(line.lstrip())
        pos += len(line)
        try:
            m = _KEYWORD.match(line.lstrip())
            if m:
                close_field()
                name = m.group(1)
                if name == "msgctxt" or (name == "msgid" and "msgid" in current):
                    if current:
                        entries.append(current)
                    current = {}
                key = "msgstr" if name in ("msgstr", "msgstr[0]") else name
                if name.startswith("msgstr[") and name != "msgstr[0]":
                    key = name  # other plural forms: kept, not checked
                chars, starts = [], []
                last_end = _literal(raw_text, begin + m.end() - 1, chars, starts)
            elif stripped.startswith('"') and key is not None:
                last_end = _literal(raw_text, begin, chars, starts)
            elif not stripped or stripped.startswith("#"):
                close_field()
        except ValueError as exc:
            raise BilingualError(f"{path}:{lineno}: {exc}") from exc
    close_field()
    if current:
        entries.append(current)
    units: list[Unit] = []
    target_lang = ""
    for entry in entries:
        if "msgid" not in entry or "msgstr" not in entry:
            continue
        msgid, _ = entry["msgid"]
        target, starts_t = entry["msgstr"]
        if not msgid:
            lang = regex.search(r"(?m)^Language:\s*([\w-]+)", target)
            target_lang = lang.group(1) if lang else ""
            continue
        uid = f"{entry['msgctxt'][0]}|{msgid}" if "msgctxt" in entry else msgid
        units.append(Unit(uid, msgid, target, Region(starts_t, _escape)))
    # The library and the scanner must agree, or a fix could land in the wrong place.
    if [(u.source, u.target) for u in units] != expected:
        raise BilingualError(f"{path}: PO entries this reader cannot place exactly; not checked")
    lang = target_lang.split("_")[0].split("-")[0].lower()
    return BilingualDocument(path, "po", units, raw, raw_text, encoding, bom, "", lang)
