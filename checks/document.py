"""Read a text file into a `Document` and write it back exactly as it came.

A document remembers its encoding, byte-order mark and newline style.  Its
``text`` has newlines normalised to ``\\n`` so that checks see one convention;
:meth:`Document.encode` restores the original style, and returns the original
bytes untouched when the text did not change.

A file whose lines end in different ways (CRLF, LF, CR mixed) remembers the ending
of every line: a corrected copy keeps each unchanged line's own ending, and a
newline a fix inserts takes the commonest style.

Refused with a :class:`DocumentError` (one clear sentence): anything but a regular
file (a FIFO or a device would block or never end), binary files, files over the size
limit (enforced while reading, not trusted from the file's reported size), bytes no
encoding explains, unreadable paths.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
import signal
import stat
import tempfile
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import charset_normalizer
import regex

from copydesk.checks import office

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# How the line for a file over the size limit ends: what the user can do about it. The
# command line's; the window, where there is no --max-size, says its own (too_large).
SIZE_ADVICE = "split it or raise --max-size"


def too_large(max_bytes: int, advice: str = SIZE_ADVICE) -> str:
    """What is said of a file over ``max_bytes`` (after its path), the same for every format."""
    # --max-size 0.001 is 1048 bytes: one byte more shows as the 0.001 typed, not 0.000999.
    return f"over the {(max_bytes + 1) / 1_048_576:.3g} MB limit for one file; {advice}"


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that never appear in text files; tab, LF, VT (Word's line break),
# FF, CR and ESC are allowed.
_BINARY_CONTROLS = set(range(0, 32)) - {9, 10, 11, 12, 13, 27}
_BINARY_CONTROL_BYTES = bytes(sorted(_BINARY_CONTROLS))

# A UTF-8 file with a few stray bytes is still UTF-8: the stray bytes are kept as they
# are (surrogateescape) and written back unchanged.  More than this and it is not UTF-8.
MAX_STRAY_UTF8_BYTES = 8

# Single-byte Latin code pages that charset-normalizer cannot tell from Windows-1252 on
# short texts; word knowledge decides between them (see _prefer_cp1252).
_LATIN_CODEPAGES = {
    "cp1250", "cp1254", "cp1257", "cp1258", "cp775", "cp850", "cp852", "cp858", "iso8859_1",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13",
    "iso8859_14", "iso8859_15", "iso8859_16", "mac_iceland", "mac_latin2", "mac_roman",
    "mac_turkish",
}  # fmt: skip
_NAME_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "cs", "hu", "ro", "tr", "sv")
# Languages of the non-Latin legacy code pages charset-normalizer may propose (Cyrillic,
# Greek, Arabic, Hebrew): a real word in one of them keeps the detected code page.
_OTHER_LANGUAGES = ("ru", "uk", "bg", "el", "ar", "he", "fa")
_NEWLINE = regex.compile(r"\r\n|\r|\n")


class DocumentError(Exception):
    """A file that cannot be read or written as text; the message is for the user."""


class UnstorableText(DocumentError):
    """The corrected text has a character the file's encoding cannot store: saved as
    UTF-8 (:meth:`Document.as_utf8`) it can be."""


@dataclass(frozen=True)
class Document:
    path: str
    text: str
    encoding: str = "utf-8"
    bom: bytes = b""
    newline: str = "\n"
    mixed_newlines: bool = False
    raw: bytes | None = None
    # "surrogateescape" when a few undecodable bytes are kept as they were.
    errors: str = "strict"
    # Mixed endings only: the ending of every line of the file, in order.
    endings: tuple[str, ...] = ()

    @classmethod
    def from_text(cls, text: str, path: str = "<text>") -> Document:
        newline, mixed = _newline_style(text)
        normalised = _normalise_newlines(text)
        endings = _line_endings(text) if mixed else ()
        return cls(
            path, normalised, "utf-8", b"", newline, mixed, text.encode("utf-8"), "strict", endings
        )

    def encode(self, text: str) -> bytes:
        """Bytes for ``text`` in this document's encoding, BOM and newline style."""
        if text == self.text and self.raw is not None:
            return self.raw
        if self.mixed_newlines and self.endings:
            text = self._with_own_endings(text)
        elif self.newline != "\n":
            text = text.replace("\n", self.newline)
        try:
            body = self._encode_body(text)
        except UnicodeEncodeError as exc:
            bad = text[exc.start : exc.end]
            raise UnstorableText(
                f"{self.path}: the corrected text has {bad!r}, which {self.encoding} cannot "
                "store; save as UTF-8 instead"
            ) from exc
        return self.bom + body

    def as_utf8(self) -> Document:
        """This document written as UTF-8 from now on (no BOM; its line endings kept), for
        a correction its own encoding cannot store.  A UTF-8 document is itself."""
        if self.encoding == "utf-8":
            return self
        return replace(self, encoding="utf-8", bom=b"", raw=None, errors="strict")

    def _encode_body(self, text: str) -> bytes:
        """``text`` (its line endings restored) in the file's encoding, without the BOM.

        Some code pages have two byte sequences for one character (cp932's NEC and IBM
        rows, Big5's duplicates): encoding the whole text again would rewrite the ones
        no fix touched.  For such a file, what the new text shares with the old keeps
        the bytes the file had.
        """
        body = text.encode(self.encoding, self.errors)
        if self.raw is None or self.encoding.startswith("utf") or _stateful(self.encoding):
            return body  # Unicode encodings have one byte sequence a character
        old_body = self.raw[len(self.bom) :]
        old = old_body.decode(self.encoding, self.errors)
        if old.encode(self.encoding, self.errors) == old_body:
            return body  # the code page gives back every byte: nothing to keep by hand
        return _keep_old_bytes(old, old_body, text, self.encoding, self.errors)

    def _with_own_endings(self, text: str) -> str:
        """``text`` with each line's original ending; new line breaks take the dominant one.

        The common head and tail of old and new text keep their endings as they are;
        in between, lines are matched old to new (:func:`_line_blocks`), so a fix that changes,
        joins or splits lines leaves every other line's ending as it was.  (Where an
        inserted break could be either of two, as in splitting ``a`` into ``a``,
        ``a``, either gets the dominant style; the text is the same.)
        """
        old_text = self.text
        head = _common_prefix(old_text, text)
        tail = _common_suffix(old_text, text, min(len(old_text), len(text)) - head)
        own = self.endings
        before = old_text.count("\n", 0, head)  # breaks in the common head
        after = old_text.count("\n", len(old_text) - tail) if tail else 0
        total = text.count("\n")
        ends = [self.newline] * total
        ends[:before] = own[:before]
        if after:
            ends[total - after :] = own[len(own) - after :]
        old = old_text[head : len(old_text) - tail].split("\n")
        new = text[head : len(text) - tail].split("\n")

        def carry(i: int, j: int) -> None:  # the break after new line j is old line i's
            if i < len(old) - 1 and j < len(new) - 1:
                ends[before + j] = own[before + i]

        if len(old) > 1 and len(new) > 1:
            for same, i1, i2, j1, j2 in _line_blocks(old, new):
                if same or i2 - i1 == j2 - j1:
                    for t in range(j2 - j1):
                        carry(i1 + t, j1 + t)
                elif i2 > i1 and j2 > j1:
                    # Lines joined or split: the last keeps the ending the old block had.
                    carry(i2 - 1, j2 - 1)
        lines = text.split("\n")
        for i in range(total - 1):
            if ends[i] == "\r" and ends[i + 1] == "\n" and not lines[i + 1]:
                # CR, then LF after an empty line, reads as one CR LF break: a line would
                # be lost.  The one in the commonest style is new here; it takes CR LF.
                ends[i if self.newline == "\r" else i + 1] = "\r\n"
        parts: list[str] = []
        for line, end in zip(lines, [*ends, ""], strict=True):
            parts.append(line)
            parts.append(end)
        return "".join(parts)

    @property
    def encoding_label(self) -> str:
        label = self.encoding + (" with BOM" if self.bom else "")
        if self.errors == "surrogateescape":
            stray = sum(1 for c in self.text if "\udc80" <= c <= "\udcff")
            label += f" ({stray} undecodable byte(s) kept as they are)"
        label += {"\n": "", "\r\n": ", CRLF", "\r": ", CR"}[self.newline]
        return label + (" (mixed line endings, each kept)" if self.mixed_newlines else "")


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start of ``a`` and ``b`` (compared in blocks, then by character)."""
    n = min(len(a), len(b))
    i, step = 0, 4096
    while i + step <= n and a[i : i + step] == b[i : i + step]:
        i += step
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common end of ``a`` and ``b``, at most ``limit``."""
    i, step = 0, 4096
    la, lb = len(a), len(b)
    while i + step <= limit and a[la - i - step : la - i] == b[lb - i - step : lb - i]:
        i += step
    while i < limit and a[la - i - 1] == b[lb - i - 1]:
        i += 1
    return i


def _stateful(encoding: str) -> bool:
    """An encoding whose bytes depend on what came before (ISO-2022 escapes, HZ, UTF-7):
    its bytes cannot be cut and joined."""
    name = codecs.lookup(encoding).name
    return "2022" in name or name in ("hz", "utf-7")


def _keep_old_bytes(old: str, raw: bytes, new: str, encoding: str, errors: str) -> bytes:
    """``new`` encoded, with every line it shares with ``old`` as ``raw`` has it, and in a
    changed line the characters before and after the change as well."""
    old_lines, raw_lines = old.split("\n"), raw.split(b"\n")
    if (
        "\n".encode(encoding, errors) != b"\n"
        or [r.decode(encoding, errors) for r in raw_lines] != old_lines
    ):
        old_lines, raw_lines = [old], [raw]  # the line breaks are no bytes of their own
    new_lines = new.split("\n")
    out: list[bytes] = []
    for same, i1, i2, j1, j2 in _line_blocks(old_lines, new_lines):
        if same:
            out += raw_lines[i1:i2]
        elif j2 > j1:
            added = "\n".join(new_lines[j1:j2])
            if i2 > i1:
                was, was_raw = "\n".join(old_lines[i1:i2]), b"\n".join(raw_lines[i1:i2])
                out.append(_splice(was, was_raw, added, encoding, errors))
            else:
                out.append(added.encode(encoding, errors))
    return b"\n".join(out)


# Where to look for the next equal lines after a difference, nearest first and, at one
# distance, a changed line (as many old lines as new) before a line added or removed:
# among identical lines either would match, and a changed line keeps its bytes.
_STEPS = sorted(
    ((di, dj) for di in range(65) for dj in range(65) if di or dj),
    key=lambda d: (max(d), abs(d[0] - d[1])),
)


def _line_blocks(
    old: list[str], new: list[str], reach: int = 64
) -> Iterator[tuple[bool, int, int, int, int]]:
    """Runs of equal lines and the changed blocks between them, ``(same, i1, i2, j1, j2)``.

    In one pass: after a difference, the nearest pair of equal lines within ``reach``
    lines on either side starts the next run (the few lines fixes change).  difflib
    is quadratic on the long runs of identical lines a file can hold.
    """
    i = j = 0
    while i < len(old) and j < len(new):
        i0, j0 = i, j
        while i < len(old) and j < len(new) and old[i] == new[j]:
            i, j = i + 1, j + 1
        if i > i0:
            yield True, i0, i, j0, j
            continue
        step = next(
            (
                (di, dj)
                for di, dj in _STEPS[: (reach + 1) ** 2]
                if i + di < len(old) and j + dj < len(new) and old[i + di] == new[j + dj]
            ),
            (len(old) - i, len(new) - j),
        )
        yield False, i, i + step[0], j, j + step[1]
        i, j = i + step[0], j + step[1]
    if i < len(old) or j < len(new):
        yield False, i, len(old), j, len(new)


def _splice(old: str, raw: bytes, new: str, encoding: str, errors: str) -> bytes:
    """``new`` encoded, its common start and end with ``old`` taken from ``raw``."""
    head = _common_prefix(old, new)
    tail = _common_suffix(old, new, min(len(old), len(new)) - head)
    start = _boundary(raw, head, encoding, errors, later=False)
    end = _boundary(raw, len(old) - tail, encoding, errors, later=True)
    if start is None or end is None or end[0] < start[0]:
        return new.encode(encoding, errors)
    middle = new[start[0] : len(new) - (len(old) - end[0])]
    return raw[: start[1]] + middle.encode(encoding, errors) + raw[end[1] :]


def _boundary(
    raw: bytes, chars: int, encoding: str, errors: str, *, later: bool
) -> tuple[int, int] | None:
    """``(characters, bytes)`` of the last whole-character boundary of ``raw`` at or before
    ``chars`` characters, or with ``later`` the first at or after; None when there is none.

    Decoded a block at a time up to the block that reaches ``chars``, then a byte at a
    time, since a decoder may hold bytes between characters.
    """
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    count = pos = 0
    last: tuple[int, int] | None = (0, 0)
    if later and chars <= 0:
        return last
    while pos < len(raw):
        state = decoder.getstate()
        block = raw[pos : pos + 1024]
        n = len(decoder.decode(block))
        if count + n < chars:
            count, pos = count + n, pos + len(block)
            if not decoder.getstate()[0]:
                last = (count, pos)
            continue
        decoder.setstate(state)
        for i in range(pos, len(raw)):
            count += len(decoder.decode(raw[i : i + 1]))
            if decoder.getstate()[0]:
                continue
            if later and count >= chars:
                return count, i + 1
            if not later and count > chars:
                return last
            last = (count, i + 1)
        break
    return None if later else last


def _line_endings(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in _NEWLINE.finditer(text))


def _newline_style(text: str) -> tuple[str, bool]:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    counts = {"\r\n": crlf, "\n": lf, "\r": cr}
    present = [k for k, v in counts.items() if v]
    if not present:
        return "\n", False
    dominant = max(present, key=lambda k: counts[k])
    return dominant, len(present) > 1


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    # The control bytes counted as what deleting them takes away (no loop in Python).
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROL_BYTES))
    return controls > max(2, len(sample) // 100)


def _mostly_utf8(body: bytes) -> bool:
    """Valid UTF-8 but for a few stray bytes, with real multi-byte characters elsewhere."""
    text = body.decode("utf-8", "surrogateescape")
    stray = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    multibyte = sum(1 for c in text if ord(c) > 0x7F and not "\udc80" <= c <= "\udcff")
    return 0 < stray <= MAX_STRAY_UTF8_BYTES and multibyte >= stray


# A word with a letter beyond ASCII (punctuation such as “ ’ – is not part of one).
_NON_ASCII_WORD = regex.compile(r"\w*[^\W\d_\x00-\x7f]\w*")
# A symbol between two letters ("Br¯nn¯ysund", "‡t"): how a wrong code page reads a
# letter. Apostrophes, hyphens, dashes and the middle dot do stand inside words.
_SYMBOL_IN_WORD = regex.compile(r"\p{L}[^\w\s\x00-\x7f’‘ʼ‐‑–—·]+\p{L}")
_SMALL_THEN_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")
# wordfreq lists every letter as a "word"; one standing alone is a word only where it is
# a common one ("à", "é", "å"), not a punctuation byte read as a letter ("ñ" for "–").
COMMON_ONE_LETTER_ZIPF = 5.0


def _word_evidence(
    text: str, languages: tuple[str, ...] = _NAME_LANGUAGES, wordlist: str = "best"
) -> int:
    """How well ``text`` reads as words: +1 for each distinct word with a non-ASCII letter
    one of ``languages`` knows, -1 for each it does not know or that no one writes (a
    capital after a small letter, "cafÈ"; a lone rare letter, "ñ" for a dash), -1 for
    each symbol between letters.

    Unknown words count against a decoding, not only known ones for it: the bytes of
    curly quotes and dashes read in another code page are letters glued to words
    ("ìWeî", "companyís"), which wordfreq rarely knows but now and then does. A word
    is looked up only in the languages of its own script (wordfreq loads a whole word
    list per language, about a second each): Latin words in ``languages``, Cyrillic,
    Greek, Arabic or Hebrew words in those of ``_OTHER_LANGUAGES`` that ``languages``
    includes; a word of another script is no evidence either way, and so is one with a
    figure in it: a currency sign before an amount is a letter in some code pages ("£3"
    is "Ł3" in Windows-1250), which wordfreq, reading figures as zeros, may know.
    """
    from wordfreq import zipf_frequency

    score = -len(set(_SYMBOL_IN_WORD.findall(text)))
    for word in set(_NON_ASCII_WORD.findall(text)):
        if any(c.isdigit() for c in word):
            continue  # a sign before a figure ("£3" read as "Ł3"), no word either way
        script = _script(word)
        wanted = [lang for lang in languages if lang in _SCRIPT_LANGUAGES.get(script, ())]
        if not wanted:
            continue
        floor = 0.0 if len(word) > 1 else COMMON_ONE_LETTER_ZIPF
        known = not _SMALL_THEN_CAPITAL.search(word) and any(
            zipf_frequency(word, lang, wordlist=wordlist) > floor for lang in wanted
        )
        score += 1 if known else -1
    return score


_SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "LATIN": (*_NAME_LANGUAGES, "sk", "sl", "sh", "lt", "lv", "da", "nb", "fi", "is"),
    "CYRILLIC": ("ru", "uk", "bg"),
    "GREEK": ("el",),
    "ARABIC": ("ar", "fa"),
    "HEBREW": ("he",),
}


def _script(word: str) -> str:
    """The script of the first non-ASCII letter of ``word`` (LATIN, CYRILLIC...), or ""."""
    for c in word:
        if ord(c) > 0x7F and c.isalpha():
            return unicodedata.name(c, "").split(" ", 1)[0]
    return ""


def _western_codec(body: bytes) -> str:
    """Windows-1252, or ISO 8859-1 where a byte Windows-1252 leaves unassigned (0x81,
    0x8D, 0x8F, 0x90, 0x9D) stands in the text: the Western reading of ``body``."""
    try:
        body.decode("cp1252")
    except UnicodeDecodeError:
        return "iso8859-1"
    return "cp1252"


def _prefer_cp1252(body: bytes, detected: str) -> bool:
    """Windows-1252 (or ISO 8859-1, :func:`_western_codec`) rather than the detected
    code page, when its words are more real.

    On short texts charset-normalizer cannot tell Western from Central European or Mac
    code pages ("Señor" vs "Seńor"; "“café” –" vs "ìcafÈî ñ"); the decoding that reads
    better as words (:func:`_word_evidence`) wins, and a tie goes to Windows-1252, by
    far the commonest for Western copy (Mac Roman is rare in news text today).  Against
    a non-Latin code page (a five-byte "Señor" read as Urdu cp1006) Windows-1252 must
    read better than the other decoding does in its own languages.
    """
    western = body.decode(_western_codec(body))
    ascii_letters = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if ascii_letters.decode(detected, "replace") != ascii_letters.decode():
        # EBCDIC and the like turn plain letters into other characters: when the bytes
        # read as ordinary Western text, that is what they are.
        return _plausible_text(western)
    other = body.decode(detected, "replace")
    if detected.replace("-", "_") in _LATIN_CODEPAGES:
        if not (_spaced(western) or _spaced(other)):
            return False  # no prose either way (random bytes): no word list to load
        return _word_evidence(western) >= _word_evidence(other)
    if not _plausible_text(western):
        return False  # not Western text either: keep what was detected
    return _word_evidence(western) > _word_evidence(other, _NAME_LANGUAGES + _OTHER_LANGUAGES)


def _plausible_text(text: str) -> bool:
    """Decoded text a person could have written: printable, mostly letters, some spaces.

    Used where bytes alone cannot tell text from binary (UTF-16 without a byte-order
    mark, a guess on a few bytes): random or patterned bytes decode to control
    characters, unassigned code points or one character repeated.
    """
    if not text:
        return False
    letters = spaces = 0
    for c in text:
        if c.isalpha():
            letters += 1
        elif c.isspace():
            spaces += 1
        elif not c.isprintable() or unicodedata.category(c) in ("Co", "Cn", "Cs"):
            return False
    if letters * 2 < len(text) or len(set(text)) < 3:
        return False
    return spaces > 0 or len(text) <= 12


def _spaced(text: str) -> bool:
    """Spaced like prose (one character in 20 or more a space), as random bytes never are."""
    return text.count(" ") * 20 >= len(text)


def _bomless_utf16(body: bytes) -> str | None:
    """``utf-16-le``/``-be`` when ``body`` is clearly UTF-16 text without a byte-order mark.

    Text in one alphabet puts few distinct values in every other byte (0x00 for Latin
    text, 0x04 for Cyrillic...); random and patterned binaries do not, or decode to
    something no one writes.
    """
    if len(body) < 4 or len(body) % 2:
        return None
    for encoding, high in (("utf-16-le", 1), ("utf-16-be", 0)):
        highs = Counter(body[high::2])
        if sum(n for _, n in highs.most_common(2)) * 10 < len(body) // 2 * 9:
            continue
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_text(text):
            return encoding
    return None


def _not_text(path: str) -> str:
    if office.kind(path):  # documents a copy editor is often sent: say what to do
        return (
            f"{path}: a word-processor or PDF document, not plain text; save it as "
            "plain text (.txt) and check that; skipped"
        )
    return f"{path}: looks like a binary file, not text; skipped"


def _office_refusal(p: Path, raw: bytes) -> DocumentError:
    """Why a word-processor, PDF or e-book file is not read: never as text, whole or not."""
    name = office.kind(p)
    if office.is_whole(p, raw):
        return DocumentError(_not_text(str(p)))
    try:
        text = decode(raw, str(p)).text
    except DocumentError:
        text = ""
    if text.strip() and _spaced(text) and _plausible_text(text[:8192]):
        # Text under a document's name: renamed, or saved with the wrong extension.
        return DocumentError(
            f"{p}: not a readable {name}: it holds plain text; rename it"
            f" {p.stem}.txt to check it; skipped"
        )
    return DocumentError(f"{p}: not a readable {name} (damaged, or not one at all); skipped")


def _legacy_encoding(body: bytes, path: str) -> str:
    """The legacy (or BOM-less) encoding of ``body``, or a DocumentError saying why none."""
    match = charset_normalizer.from_bytes(body).best()
    detected = codecs.lookup(match.encoding).name if match is not None else None
    if detected is not None and detected.startswith(("utf-16", "utf-32")):
        # Without a BOM only _bomless_utf16 may say so: charset-normalizer reads short
        # random blobs as UTF-16 too.
        detected = None
    if _looks_binary(body):
        raise DocumentError(_not_text(path))
    if detected is None:
        try:
            western = body.decode("cp1252")
        except UnicodeDecodeError:
            western = ""
        if not _plausible_text(western):
            if match is None:
                raise DocumentError(f"{path}: unknown text encoding; convert it to UTF-8 and retry")
            raise DocumentError(_not_text(path))
        return "cp1252"
    western = _western_codec(body)
    if detected != western and _prefer_cp1252(body, detected):
        detected = western
    if detected == western:
        return _other_windows_latin(body) or detected
    return detected


# Windows code pages for Latin scripts that differ from Windows-1252 only in some letters,
# with the languages written in them (Central European, Turkish, Baltic).
_WESTERN_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "nb", "fi", "is")
_WINDOWS_LATIN = {
    "cp1250": ("pl", "cs", "sk", "hu", "ro", "sl", "sh"),
    "cp1254": ("tr",),
    "cp1257": ("lt", "lv"),
}


def _other_windows_latin(body: bytes) -> str | None:
    """Central European, Turkish or Baltic Windows code page for ``body``, or None.

    charset-normalizer reads short texts in these code pages as Windows-1252 ("spó³ki
    £ukasz W¹sik" for "spółki Łukasz Wąsik"). One of them wins only when its words read
    strictly better than Windows-1252's, and as real words at all: Western text keeps
    Windows-1252 ("Señor" is no better as "Seńor", "København" none as "Křbenhavn").

    Most Western files come this way, so the words are looked up in wordfreq's small
    lists (about 0.4 CPU-s and 100 MB for all of them, against 2.7 s and 490 MB for
    the full ones): the everyday words that tell these code pages apart are all there.
    """
    western = body.decode("cp1252", "replace")
    if western.isascii() or not _spaced(western):
        return None
    best, best_score = None, _word_evidence(western, _WESTERN_LANGUAGES, "small")
    for encoding, languages in _WINDOWS_LATIN.items():
        try:
            other = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if other == western:
            continue
        score = _word_evidence(other, _WESTERN_LANGUAGES + languages, "small")
        if score > max(best_score, 0):
            best, best_score = encoding, score
    return best


def decode(raw: bytes, path: str = "<bytes>") -> Document:
    """Decode file bytes into a Document, or raise DocumentError saying why not."""
    bom = b""
    encoding: str | None = None
    for mark, name in _BOMS:
        if raw.startswith(mark):
            bom, encoding = mark, name
            break
    body = raw[len(bom) :]
    errors = "strict"
    if encoding is None and b"\x00" in body[:8192]:
        # NUL bytes: UTF-16 text without a BOM, or binary.  (They are valid UTF-8.)
        encoding = _bomless_utf16(body)
        if encoding is None:
            raise DocumentError(_not_text(path))
    if encoding in (None, "utf-8"):  # a UTF-8 BOM keeps a few stray bytes as well
        try:
            body.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            if _mostly_utf8(body):
                encoding, errors = "utf-8", "surrogateescape"
    if encoding is None:
        encoding = _legacy_encoding(body, path)
    try:
        text = body.decode(encoding, errors)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DocumentError(f"{path}: cannot decode as {encoding}: {exc}") from exc
    if encoding == "utf-8" and _looks_binary(body):
        raise DocumentError(_not_text(path))
    newline, mixed = _newline_style(text)
    endings = _line_endings(text) if mixed else ()
    return Document(
        path, _normalise_newlines(text), encoding, bom, newline, mixed, raw, errors, endings
    )


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_limited(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    Opened without blocking (a FIFO's open would wait for a writer forever), then
    refused unless it is a regular file; the limit is enforced on what is actually
    read, since a link to /dev/zero or a file still growing reports a small size.
    Raises OSError (``EFBIG`` over the limit, ``EINVAL`` for a non-regular file)
    with a message for the user.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"{_kind(mode)}, not a regular file; skipped")
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > max_bytes:
        raise OSError(errno.EFBIG, too_large(max_bytes))
    return b"".join(chunks)


def read_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    p = Path(path)
    try:
        raw = read_limited(p, max_bytes)
    except PermissionError as exc:
        raise DocumentError(f"{p}: cannot read it (permission denied)") from exc
    except FileNotFoundError as exc:
        raise DocumentError(f"{p}: no such file") from exc
    except IsADirectoryError as exc:
        raise DocumentError(f"{p}: is a folder, not a file") from exc
    except OSError as exc:
        raise DocumentError(f"{p}: {_reason(exc)}") from exc
    if office.kind(p):
        raise _office_refusal(p, raw)
    return decode(raw, str(p))


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EFBIG, errno.EINVAL) and exc.strerror:
        return exc.strerror
    return f"cannot read it ({exc.strerror or exc})"


def unchanged_on_disk(doc: Document, max_bytes: int = DEFAULT_MAX_BYTES) -> bool:
    """Whether ``doc.path`` still holds the bytes it was read from (for a run's last step)."""
    if doc.raw is None:
        return True
    try:
        return read_limited(doc.path, max(max_bytes, len(doc.raw))) == doc.raw
    except OSError:
        return False


def _umask() -> int:
    # The only portable way to read the umask is to set it; put it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(
    target: str | Path,
    data: bytes,
    *,
    source: str | Path | None = None,
    overwrite_source: bool = False,
) -> None:
    """Write ``data`` to ``target`` through a temporary file and a rename.

    Refuses to write over ``source`` (the file the text came from) unless
    ``overwrite_source`` is set, so an original is never replaced by accident.
    """
    target = Path(target)
    if source is not None and not overwrite_source and target.exists():
        try:
            same = os.path.samefile(target, source)
        except OSError:
            same = False
        if same:
            raise DocumentError(f"{target}: refusing to overwrite the original file")
    try:
        replace_atomically(target, data)
    except OSError as exc:
        raise DocumentError(f"{target}: cannot save ({exc.strerror or exc})") from exc


def replace_atomically(target: str | Path, data: bytes) -> None:
    """Write ``data`` to a new temporary file beside ``target``, then rename it over.

    ``target`` is either left as it was or holds all of ``data``.  The temporary file
    (unique, so concurrent runs never share one) is removed on every way out: an
    OSError (a full disk), Ctrl-C, or anything else.  Raises OSError.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with interrupts_held():
        _write_and_rename(target, data)


def _write_and_rename(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates the file for its owner only; a saved article gets what any new
        # file would (the umask), or keeps the mode of the file it replaces.
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def interrupts_held() -> Iterator[None]:
    """Hold a Ctrl-C (SIGINT) that arrives inside the block and deliver it when the block ends.

    Why: a KeyboardInterrupt raised after ``mkstemp`` made its file but before the
    cleanup is armed (inside ``mkstemp`` itself, or between it and ``try``) left the
    temporary file behind; no ordering of the code closes that window, holding the
    signal does.  A save takes milliseconds, so the interrupt is barely delayed.
    Python runs signal handlers in the main thread only: elsewhere there is nothing
    to hold, and a handler installed outside Python cannot be put back, so neither
    is touched.
    """
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or previous is None:
        yield
        return
    held: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, _frame: held.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if held:
            signal.raise_signal(signal.SIGINT)  # the handler the program had takes it now
