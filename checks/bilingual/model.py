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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

Escape = Callable[[str], str]


class BilingualError(Exception):
    """A bilingual file that cannot be read or written; the message is for the user."""


class NothingToCheck(BilingualError):
    """A well-formed bilingual file with no unit in it yet (a table that is only its header).

    Not a bad input: the user gets the message as a note, the run's status stays as the
    other files make it (as for a table in a folder without source and target columns).
    """


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
    _index: tuple[list[Unit], int, dict[str, Unit]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def encoding_label(self) -> str:
        return self.encoding + (" with BOM" if self.bom else "")

    def unit(self, unit_id: str) -> Unit:
        """The unit of ``unit_id`` (the first, should two share it); KeyError if none."""
        # An index, rebuilt when ``units`` is another list: the output looks up every
        # issue's unit, and a scan each was quadratic in a large file.
        cached = self._index
        if cached is None or cached[0] is not self.units or cached[1] != len(self.units):
            index: dict[str, Unit] = {}
            for u in self.units:
                index.setdefault(u.id, u)
            cached = self._index = (self.units, len(self.units), index)
        return cached[2][unit_id]

    def encode(self, new_targets: Mapping[str, str]) -> bytes:
        """The file with the given units' targets replaced; other bytes as they were."""
        splices: list[tuple[int, int, str]] = []
        for unit in self.units:
            new = new_targets.get(unit.id)
            if new is None or new == unit.target:
                continue
            if unit.region is None:
                raise BilingualError(f"{self.path}: unit {unit.id} has no target to write into")
            splices.extend(_splices(unit.target, new, unit.region, unit.protected))
        if not splices:
            return self.raw
        # Joined in one pass: a splice at a time copied the whole text each time.
        parts, cursor = [], 0
        for start, end, replacement in sorted(splices):
            parts += [self.raw_text[cursor:start], replacement]
            cursor = end
        text = "".join([*parts, self.raw_text[cursor:]])
        if self.write_text is not None:
            return self.write_text(text)
        try:
            return self.bom + text.encode(self.encoding, self.errors)
        except UnicodeEncodeError as exc:
            raise BilingualError(
                f"{self.path}: {text[exc.start : exc.end]!r} cannot be stored in {self.encoding}"
            ) from exc


def _splices(
    old: str, new: str, region: Region, protected: tuple[tuple[int, int], ...]
) -> list[tuple[int, int, str]]:
    """One raw replacement per changed stretch of the target, so the characters between
    two fixes (an entity, a CRLF, a PO line break) stay as written.

    The texts are compared with each inline tag as one token, found again in the new
    text: a change is never aligned into a tag (deleting the ``<`` of ``&lt;`` before
    ``<g>`` must not take the tag's ``<``), and a tag is written back as it was.
    """
    if region.whole is not None:  # CDATA: the whole content rewritten
        return [(region.whole[0], region.whole[1], region.escape(new))]
    spans = sorted(protected)
    moved = _located(new, [old[a:b] for a, b in spans])
    if moved is None:  # a tag is gone: the whole target, its other tags as written
        return [(region.starts[0], region.starts[len(old)], region.escape(new))]
    bo, bn = _bounds(old, spans), _bounds(new, moved)
    so: Sequence[str] = [old[bo[k] : bo[k + 1]] for k in range(len(bo) - 1)] if spans else old
    sn: Sequence[str] = [new[bn[k] : bn[k + 1]] for k in range(len(bn) - 1)] if spans else new
    p = _common_prefix(so, sn)
    q = _common_suffix(so, sn, p)
    if max(len(so) - q - p, len(sn) - q - p) > _DIFF_LIMIT:
        ops = [(p, len(so) - q, p, len(sn) - q)]
    else:
        found = SequenceMatcher(None, so[p : len(so) - q], sn[p : len(sn) - q], autojunk=False)
        ops = [(i1 + p, i2 + p, j1 + p, j2 + p)
               for op, i1, i2, j1, j2 in found.get_opcodes() if op != "equal"]  # fmt: skip
    return [
        (region.starts[bo[i1]], region.starts[bo[i2]], region.escape(new[bn[j1] : bn[j2]]))
        for i1, i2, j1, j2 in ops
    ]


_DIFF_LIMIT = 4000  # tokens between the first and last change compared one by one


def _located(text: str, tags: Sequence[str]) -> list[tuple[int, int]] | None:
    """Where ``tags`` are in ``text``, in order; None when one is not there."""
    spans, pos = [], 0
    for tag in tags:
        at = text.find(tag, pos)
        if at < 0:
            return None
        spans.append((at, at + len(tag)))
        pos = at + len(tag)
    return spans


def _bounds(text: str, spans: Sequence[tuple[int, int]]) -> Sequence[int]:
    """Token boundaries of ``text``: every character a token, every span in ``spans`` one."""
    if not spans:
        return range(len(text) + 1)
    out: list[int] = []
    pos = 0
    for a, b in spans:
        out.extend(range(pos, a))
        out.append(a)
        pos = b
    out.extend(range(pos, len(text) + 1))
    return out


def _common_prefix(old: Sequence[str], new: Sequence[str]) -> int:
    prefix, limit = 0, min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    return prefix


def _common_suffix(old: Sequence[str], new: Sequence[str], prefix: int) -> int:
    suffix, limit = 0, min(len(old), len(new)) - prefix
    while suffix < limit and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return suffix


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
