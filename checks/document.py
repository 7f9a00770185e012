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

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that never appear in text files; tab, LF, FF, CR and ESC are allowed.
_BINARY_CONTROLS = set(range(0, 32)) - {9, 10, 12, 13, 27}


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
            body = text.encode(self.encoding)
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


def decode(raw: bytes, path: str = "<bytes>") -> Document:
    """Decode file bytes into a Document, or raise DocumentError saying why not."""
    bom = b""
    encoding: str | None = None
    for mark, name in _BOMS:
        if raw.startswith(mark):
            bom, encoding = mark, name
            break
    body = raw[len(bom) :]
    if encoding is None:
        try:
            body.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = None
    if encoding is None:
        match = charset_normalizer.from_bytes(body).best()
        looks_utf16 = match is not None and match.encoding.startswith("utf_16")
        if _looks_binary(body) and not looks_utf16:
            raise DocumentError(f"{path}: looks like a binary file, not text; skipped")
        if match is None:
            raise DocumentError(f"{path}: unknown text encoding; convert it to UTF-8 and retry")
        # Encodings that decode these bytes to the same characters are collapsed into
        # one match; of those, Windows-1252 is by far the commonest for Western text.
        same = {codecs.lookup(e).name for e in match.could_be_from_charset}
        encoding = "cp1252" if "cp1252" in same else codecs.lookup(match.encoding).name
    try:
        text = body.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DocumentError(f"{path}: cannot decode as {encoding}: {exc}") from exc
    if encoding == "utf-8" and _looks_binary(body):
        raise DocumentError(f"{path}: looks like a binary file, not text; skipped")
    newline, mixed = _newline_style(text)
    return Document(path, _normalise_newlines(text), encoding, bom, newline, mixed, raw)


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
