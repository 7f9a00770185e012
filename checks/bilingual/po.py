"""gettext PO files: each entry's msgid is the source, its msgstr (or msgstr[0]) the target.

The reader keeps the position of every string literal, so a fix rewrites only the
characters it changes inside the msgstr; comments, flags, line wrapping and the
other entries stay as written.  The header entry (empty msgid) and obsolete
entries (``#~``) are not units.  translate-toolkit's ``pofile`` reads the same
file first, so a file it cannot parse is refused with its message.
"""

from __future__ import annotations

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


def read_po(raw: bytes, path: str) -> BilingualDocument:
    raw_text, encoding, bom = decode_file(raw, path)
    # The library reads bytes as UTF-8 whatever the BOM (a UTF-16 file was "Syntax error on
    # line 1"): it gets the text decoded by the BOM, re-encoded; the file keeps its encoding.
    expected = _library_units(raw if encoding == "utf-8" else raw_text.encode(), path)
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
