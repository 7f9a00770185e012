"""A pair of plain-text articles: ``name.zh.txt`` (source) beside ``name.txt`` (translation).

Paragraphs are blocks separated by blank lines (or lines, in a file with no blank
line).  When both files have as many paragraphs they are paired by position;
otherwise ``align`` pairs them by length (a Gale-Church aligner with the
document's own length ratio, and numbers, names and dictionary words as
anchors), which allows 1:2, 2:1 and unmatched paragraphs.  A source paragraph
with no translation becomes a unit ``source-pN`` with an empty target, so the
omission check reports it.  The target file is written back through its
own ``Document``: encoding, byte-order mark and newline style are kept.
"""

from __future__ import annotations

import glob
from functools import cache
from pathlib import Path

import regex

from copydesk.checks.bilingual.align import align
from copydesk.checks.bilingual.model import BilingualDocument, BilingualError, Unit, identity_region
from copydesk.checks.document import DocumentError, read_document

_BLOCK = regex.compile(r"[^\n]+(?:\n[^\n]*\S[^\n]*)*")
_LINE = regex.compile(r"[^\n]*\S[^\n]*")


@cache
def language_codes() -> frozenset[str]:
    """ISO 639-1 codes a ``name.xx.txt`` suffix may carry (those lingua knows)."""
    from lingua import Language

    return frozenset(lang.iso_code_639_1.name.lower() for lang in Language.all())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs, trimmed of surrounding blank space."""
    blocks = [
        (m.start(), m.end()) for m in _BLOCK.finditer(text) if text[m.start() : m.end()].strip()
    ]
    if len(blocks) <= 1:
        blocks = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    trimmed = []
    for s, e in blocks:
        chunk = text[s:e]
        s2 = s + len(chunk) - len(chunk.lstrip())
        trimmed.append((s2, s2 + len(chunk.strip())))
    return trimmed


def source_for(target: Path, source_dir: Path | None = None) -> Path | None:
    """The source article paired with ``target``, if one is there."""
    folder = source_dir or target.parent
    stem, suffix = target.stem, target.suffix
    if source_dir is not None and (source_dir / target.name).is_file():
        return source_dir / target.name
    if "." in stem and stem.rsplit(".", 1)[1].lower() in language_codes():
        return None  # this is itself name.xx.txt: a source, or a target named by language
    found = [
        p
        for p in sorted(folder.glob(f"{glob.escape(stem)}.*{glob.escape(suffix)}"))
        # name.<lang>.txt only: name.v2.zh.txt is the source of name.v2.txt, not of name.txt
        if "." not in p.stem[len(stem) + 1 :]
        and p.stem.rsplit(".", 1)[1].lower() in language_codes() - {"en"}
    ]
    return found[0] if len(found) == 1 else None


def read_pair(target: Path, source: Path, max_bytes: int) -> BilingualDocument:
    try:
        tdoc = read_document(target, max_bytes)
    except DocumentError as exc:
        raise BilingualError(str(exc)) from exc
    try:
        sdoc = read_document(source, max_bytes)
    except DocumentError as exc:  # say which article goes unchecked: the line names the source
        raise BilingualError(f"{exc}; so {target}, its translation, was not checked") from exc
    tparas, sparas = paragraphs(tdoc.text), paragraphs(sdoc.text)
    beads = align([sdoc.text[s:e] for s, e in sparas], [tdoc.text[s:e] for s, e in tparas])
    units: list[Unit] = []
    for src_idx, tgt_idx in beads:
        source_text = "\n\n".join(sdoc.text[sparas[i][0] : sparas[i][1]] for i in src_idx)
        if tgt_idx:
            start, end = tparas[min(tgt_idx)][0], tparas[max(tgt_idx)][1]
            text = tdoc.text[start:end]
            units.append(
                Unit(f"p{min(tgt_idx) + 1}", source_text, text, identity_region(start, text))
            )
        else:
            units.append(Unit(f"source-p{min(src_idx) + 1}", source_text, ""))
    lang = source.stem.rsplit(".", 1)[1].lower() if "." in source.stem else ""
    return BilingualDocument(
        str(target), "paired-text", units, tdoc.raw or b"", tdoc.text, tdoc.encoding, tdoc.bom,
        lang if lang in language_codes() else "", "en", tdoc.errors, write_text=tdoc.encode,
    )  # fmt: skip
