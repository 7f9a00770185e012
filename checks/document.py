"""Read a text file into a `Document` and write it back exactly as it came.

A document remembers its encoding, byte-order mark and newline style.  Its
``text`` has newlines normalised to ``\\n`` so that checks see one convention;
:meth:`Document.encode` restores the original style, and returns the original
bytes untouched when the text did not change.

Refused with a :class:`DocumentError` (one clear sentence): binary files, files
over the size limit, bytes no encoding explains, unreadable paths.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import regex

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

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

# A UTF-8 file with a few stray bytes is still UTF-8: the stray bytes are kept as they
# are (surrogateescape) and written back unchanged.  More than this and it is not UTF-8.
MAX_STRAY_UTF8_BYTES = 8

# Single-byte Latin code pages that charset-normalizer cannot tell from Windows-1252 on
# short texts; word knowledge decides between them (see _prefer_cp1252).
_LATIN_CODEPAGES = {
    "cp1250", "cp1254", "cp1257", "cp775", "cp850", "cp852", "cp858", "iso8859_1",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13",
    "iso8859_14", "iso8859_15", "iso8859_16", "mac_iceland", "mac_latin2", "mac_roman",
    "mac_turkish",
}  # fmt: skip
_NAME_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "cs", "hu", "ro", "tr", "sv")


class DocumentError(Exception):
    """A file that cannot be read or written as text; the message is for the user."""


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

    @classmethod
    def from_text(cls, text: str, path: str = "<text>") -> Document:
        newline, mixed = _newline_style(text)
        normalised = _normalise_newlines(text)
        return cls(path, normalised, "utf-8", b"", newline, mixed, text.encode("utf-8"))

    def encode(self, text: str) -> bytes:
        """Bytes for ``text`` in this document's encoding, BOM and newline style."""
        if text == self.text and self.raw is not None:
            return self.raw
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        try:
            body = text.encode(self.encoding, self.errors)
        except UnicodeEncodeError as exc:
            bad = text[exc.start : exc.end]
            raise DocumentError(
                f"{self.path}: the corrected text has {bad!r}, which {self.encoding} cannot "
                "store; save as UTF-8 instead"
            ) from exc
        return self.bom + body

    @property
    def encoding_label(self) -> str:
        label = self.encoding + (" with BOM" if self.bom else "")
        if self.errors == "surrogateescape":
            stray = sum(1 for c in self.text if "\udc80" <= c <= "\udcff")
            label += f" ({stray} undecodable byte(s) kept as they are)"
        return label + {"\n": "", "\r\n": ", CRLF", "\r": ", CR"}[self.newline]


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
    controls = sum(1 for b in sample if b in _BINARY_CONTROLS)
    return controls > max(2, len(sample) // 100)


def _mostly_utf8(body: bytes) -> bool:
    """Valid UTF-8 but for a few stray bytes, with real multi-byte characters elsewhere."""
    text = body.decode("utf-8", "surrogateescape")
    stray = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    multibyte = sum(1 for c in text if ord(c) > 0x7F and not "\udc80" <= c <= "\udcff")
    return 0 < stray <= MAX_STRAY_UTF8_BYTES and multibyte >= stray


def _known_words(text: str) -> int:
    """How many words with non-ASCII letters some common Latin-script language knows."""
    from wordfreq import zipf_frequency

    known = 0
    for word in set(regex.findall(r"\w*[^\x00-\x7f]\w*", text)):
        if any(zipf_frequency(word, lang) > 0 for lang in _NAME_LANGUAGES):
            known += 1
    return known


def _prefer_cp1252(body: bytes, detected: str) -> bool:
    """Windows-1252 rather than the detected Latin code page, when its words are as real.

    On short texts charset-normalizer cannot tell Western from Central European code
    pages ("Señor" vs "Seńor"); the decoding whose accented words wordfreq knows wins,
    and a tie goes to Windows-1252, by far the commonest for Western copy.
    """
    if detected.replace("-", "_") not in _LATIN_CODEPAGES:
        return False
    try:
        western = body.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return _known_words(western) >= _known_words(body.decode(detected, "replace"))


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
    if encoding is None:
        try:
            body.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            if _mostly_utf8(body):
                encoding, errors = "utf-8", "surrogateescape"
    if encoding is None:
        match = charset_normalizer.from_bytes(body).best()
        looks_utf16 = match is not None and match.encoding.startswith("utf_16")
        if _looks_binary(body) and not looks_utf16:
            raise DocumentError(f"{path}: looks like a binary file, not text; skipped")
        if match is None:
            raise DocumentError(f"{path}: unknown text encoding; convert it to UTF-8 and retry")
        encoding = codecs.lookup(match.encoding).name
        if encoding != "cp1252" and _prefer_cp1252(body, encoding):
            encoding = "cp1252"
    try:
        text = body.decode(encoding, errors)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DocumentError(f"{path}: cannot decode as {encoding}: {exc}") from exc
    if encoding == "utf-8" and _looks_binary(body):
        raise DocumentError(f"{path}: looks like a binary file, not text; skipped")
    newline, mixed = _newline_style(text)
    return Document(path, _normalise_newlines(text), encoding, bom, newline, mixed, raw, errors)


def read_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise DocumentError(f"{p}: is a folder, not a file")
        if size > max_bytes:
            raise DocumentError(
                f"{p}: {size / 1_048_576:.1f} MB is over the {max_bytes / 1_048_576:.0f} MB limit"
                " for one file; split it or raise --max-size"
            )
        raw = p.read_bytes()
    except PermissionError as exc:
        raise DocumentError(f"{p}: cannot read it (permission denied)") from exc
    except FileNotFoundError as exc:
        raise DocumentError(f"{p}: no such file") from exc
    except OSError as exc:
        raise DocumentError(f"{p}: cannot read it ({exc.strerror or exc})") from exc
    return decode(raw, str(p))


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
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise DocumentError(f"{target.parent}: cannot write there ({exc.strerror or exc})") from exc
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
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise DocumentError(f"{target}: cannot save ({exc.strerror or exc})") from exc
