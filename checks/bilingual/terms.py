"""Term bases: source terms and the translations they require, from TBX or CSV.

TBX (2008 ``termEntry/langSet/tig/term`` and TBX 3 ``conceptEntry/langSec/termSec/term``)
is read with lxml: the first term of the source language is the source term, the
terms of the target language are its accepted translations.  CSV has a header
``source,target`` (or two language codes); several accepted translations are
separated by ``|``.  A small default (international organisations and
countries: general names, not fitted to any article) ships in
``resources/bilingual/termbase.csv``; a ``copydesk-termbase.tbx|csv`` beside the
files and ``--termbase FILE`` add to it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import regex

from copydesk.checks.bilingual.model import BilingualError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TERMBASE_NAMES = ("copydesk-termbase.tbx", "copydesk-termbase.csv")


@dataclass(frozen=True)
class Term:
    source: str
    targets: tuple[str, ...]
    pattern: regex.Pattern[str]  # finds the source term
    accepted: regex.Pattern[str]  # finds any accepted translation


def _term(source: str, targets: list[str]) -> Term:
    cjk = regex.search(r"[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]", source)
    # CJK has no spaces between words: a term is found inside longer words (美国人).
    src = regex.escape(source) if cjk else rf"(?<!\w){regex.escape(source)}(?!\w)"
    alternatives = [
        # "US" must not match the pronoun "us": all-capital forms keep their case.
        _accepted(t)
        for t in targets
    ]
    return Term(
        source,
        tuple(targets),
        regex.compile(src, regex.IGNORECASE),
        regex.compile("|".join(alternatives)),
    )


def _accepted(target: str) -> str:
    """A pattern for one accepted translation.

    All-capital forms keep their case ("US" is not the pronoun "us") and also match at
    the start of a longer acronym: UNICEF and UNESCO are UN agencies.
    """
    if target.upper() == target:
        tail = "[A-Z]*" if target.isalpha() else ""
        return rf"(?<!\w){regex.escape(target)}{tail}(?!\w)"
    return rf"(?i:(?<!\w){regex.escape(target)}(?!\w))"


def parse_csv(text: str, path: str = "<csv>") -> list[Term]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    if "source" in header and "target" in header:
        s, t = header.index("source"), header.index("target")
    elif len(header) >= 2 and all(len(h) in (2, 3) and h.isalpha() for h in header[:2]):
        s, t = 0, 1
    else:
        raise BilingualError(f"{path}: a term base needs a 'source,target' header")
    return [
        _term(row[s].strip(), [x.strip() for x in row[t].split("|") if x.strip()])
        for row in rows[1:]
        if len(row) > max(s, t) and row[s].strip() and row[t].strip()
    ]


def parse_tbx(
    raw: bytes, path: str = "<tbx>", source_lang: str = "", target_lang: str = "en"
) -> list[Term]:
    from lxml import etree  # only TBX needs it: every run imports this module via the check

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        first = (str(exc).splitlines() or ["syntax error"])[0]
        raise BilingualError(f"{path}: not well-formed TBX: {first}") from exc
    terms: list[Term] = []
    for entry in root.iter("{*}termEntry", "{*}conceptEntry", "termEntry", "conceptEntry"):
        by_lang: dict[str, list[str]] = {}
        for lang_set in entry.iter("{*}langSet", "{*}langSec", "langSet", "langSec"):
            lang = (lang_set.get(XML_LANG) or lang_set.get("lang") or "").split("-")[0].lower()
            words = [t.text.strip() for t in lang_set.iter("{*}term", "term") if t.text]
            by_lang.setdefault(lang, []).extend(words)
        targets = by_lang.pop(target_lang, [])
        sources = by_lang.get(source_lang) if source_lang else next(iter(by_lang.values()), [])
        if sources and targets:
            terms.append(_term(sources[0], targets))
    return terms


def load_termbase(path: Path, source_lang: str = "", target_lang: str = "en") -> list[Term]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BilingualError(f"{path}: cannot read the term base: {exc.strerror}") from exc
    if path.suffix.lower() == ".tbx":
        return parse_tbx(raw, str(path), source_lang, target_lang)
    try:
        return parse_csv(raw.decode("utf-8-sig"), str(path))
    except UnicodeDecodeError as exc:
        raise BilingualError(f"{path}: a CSV term base must be UTF-8 ({exc.reason})") from None
    except csv.Error as exc:
        raise BilingualError(f"{path}: not a readable CSV term base: {exc}") from None


@cache
def default_terms() -> tuple[Term, ...]:
    text = (files("copydesk.resources") / "bilingual" / "termbase.csv").read_text("utf-8")
    return tuple(parse_csv(text, "resources/bilingual/termbase.csv"))


def beside(paths: list[Path]) -> list[Path]:
    """Term bases found beside the given files (once per folder)."""
    found: list[Path] = []
    for folder in dict.fromkeys(p.parent for p in paths):
        found.extend(folder / n for n in TERMBASE_NAMES if (folder / n).is_file())
    return found
