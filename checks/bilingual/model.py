"""The bilingual document model: units (id, source, target) and the byte-splice writer.

Every reader decodes the whole file to one string (``raw_text``, no newline
normalisation) and records, per unit, the region of ``raw_text`` that holds the
target's text and a map from each character of the decoded target to its place
in that region.  Writing back replaces only the part of a changed target that
differs (common prefix and suffix are kept as written, entities and all), so
everything else in the file stays byte for byte; with no change the original
bytes are returned untouched.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

Escape = Callable[[str], str]


class BilingualError(Exception):
    """A bilingual file that cannot be read or written; the message is for the user."""


@dataclass(frozen=True)
class Region:
    """Where a unit's target text is written in ``raw_text``.

    ``starts[i]`` is the raw offset of decoded character ``i``; ``starts[len(text)]``
    is the raw end.  ``escape`` turns new text into the format's syntax.
    """

    starts: tuple[int, ...]
    escape: Escape
    # Rewrite this whole raw span instead of the differing middle: for content whose
    # syntax changes inside (an XML CDATA section cannot be split by a splice).
    whole: tuple[int, int] | None = None


@dataclass(frozen=True)
class Unit:
    """One translation unit: its id as written in the file, its source and target text."""

    id: str
    source: str
    target: str
    region: Region | None = field(default=None, compare=False, repr=False)
    # Spans of the target (inline tags kept as written) that checks must not touch.
    protected: tuple[tuple[int, int], ...] = ()
    source_protected: tuple[tuple[int, int], ...] = ()


@dataclass
class BilingualDocument:
    path: str
    format: str
    units: list[Unit]
    raw: bytes
    raw_text: str
    encoding: str = "utf-8"
    bom: bytes = b""
    source_lang: str = ""
    target_lang: str = ""
    errors: str = "strict"
    # Paired plain text: the target file's Document writes it back (newline style kept).
    write_text: Callable[[str], bytes] | None = field(default=None, repr=False)

    @property
    def encoding_label(self) -> str:
        return self.encoding + (" with BOM" if self.bom else "")

    def unit(self, unit_id: str) -> Unit:
        for u in self.units:
            if u.id == unit_id:
                return u
        raise KeyError(unit_id)

    def encode(self, new_targets: Mapping[str, str]) -> bytes:
        """The file with the given units' targets replaced; other bytes as they were."""
        splices: list[tuple[int, int, str]] = []
        for unit in self.units:
            new = new_targets.get(unit.id)
            if new is None or new == unit.target:
                continue
            if unit.region is None:
                raise BilingualError(f"{self.path}: unit {unit.id} has no target to write into")
            splices.append(_splice(unit.target, new, unit.region))
        if not splices:
            return self.raw
        text = self.raw_text
        for start, end, replacement in sorted(splices, reverse=True):
            text = text[:start] + replacement + text[end:]
        if self.write_text is not None:
            return self.write_text(text)
        try:
            return self.bom + text.encode(self.encoding, self.errors)
        except UnicodeEncodeError as exc:
            raise BilingualError(
                f"{self.path}: {text[exc.start : exc.end]!r} cannot be stored in {self.encoding}"
            ) from exc


def _splice(old: str, new: str, region: Region) -> tuple[int, int, str]:
    """The smallest raw replacement turning ``old`` into ``new``: only the differing middle."""
    if region.whole is not None:
        return region.whole[0], region.whole[1], region.escape(new)
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    middle = new[prefix : len(new) - suffix]
    return region.starts[prefix], region.starts[len(old) - suffix], region.escape(middle)


def decode_file(raw: bytes, path: str, declared: str | None = None) -> tuple[str, str, bytes]:
    """Decode a bilingual file's bytes: (text, encoding, BOM).  UTF-8 unless a BOM or the
    XML declaration says otherwise; an undecodable file is refused in one sentence."""
    for mark, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if raw.startswith(mark):
            encoding, bom = name, mark
            break
    else:
        encoding, bom = declared or "utf-8", b""
    try:
        codecs.lookup(encoding)
        return raw[len(bom) :].decode(encoding), codecs.lookup(encoding).name, bom
    except (LookupError, UnicodeDecodeError) as exc:
        raise BilingualError(f"{path}: cannot decode as {encoding}: {exc}") from exc


def unique_ids(units: list[Unit]) -> list[Unit]:
    """The units with every id told apart: a repeated id gets `` (2)``, `` (3)`` ...

    Everything downstream (issues, decisions, the splice writer) finds a unit by its
    id, and ids repeat in real files (XLIFF's are unique per ``<file>`` only, a table's
    key column may repeat): one id for two units sent one unit's fix into the other.
    """
    taken = {u.id for u in units}
    seen: set[str] = set()
    out: list[Unit] = []
    for unit in units:
        uid, n = unit.id, 1
        # A made-up id never takes one the file gives another unit.
        while uid in seen or (n > 1 and uid in taken):
            n += 1
            uid = f"{unit.id} ({n})"
        seen.add(uid)
        out.append(unit if uid == unit.id else replace(unit, id=uid))
    return out


def identity_region(start: int, text: str, escape: Escape = lambda s: s) -> Region:
    """A region whose text is written as is (plain text, unquoted cells)."""
    return Region(tuple(range(start, start + len(text) + 1)), escape)
