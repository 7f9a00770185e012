"""bilingual.dates: a month or weekday of the source changed or missing in the translation.

Why: "Mai" given as "March", "lunedì" as "Tuesday" put an event on another date, and no
figure differs for bilingual.numbers to see.  How: month and weekday names are read on
both sides (the source in its language: Italian, Spanish, French, German, Portuguese,
from ``resources/bilingual/dates.toml``; any of them when the file names no language,
none for another language; the target in English) and compared as sets, month with
month, weekday with weekday.  A name that is also a word or a first name ("May",
"march", "August", "Domingo") counts only beside a figure ("14 August", "May 2025") or
after a word of time ("in May", "mid-August"); English names count only capitalised.
A figure date (``14.03.2025``) answers the months it may be.  A target name the source
has not, with a source name the target has not, is one issue ("March here, but the
source has Mai (May)"); a name only the source has is reported in the source; one only
the target has, when the source names a month (weekday) or its language is known.
Flag only.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex

from copydesk.checks.bilingual.runner import source_issue
from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.bilingual._common import target_is_english

_KINDS = ("months", "weekdays")
# A figure just before the name ("14 March", "5th of May", "5 de mayo", "am 3. Mai") or
# just after it ("May 5", "März 2025").
_FIGURE_BEFORE = regex.compile(r"\d(?:st|nd|rd|th|er|º|ª|o)?\.?\s+(?:(?:of|de|del)\s+)?$")
_FIGURE_AFTER = regex.compile(r"^\.?,?\s*\d")
_WORD_BEFORE = regex.compile(r"(\p{L}+)[\s-]*$")
# A date in figures: day and month, either way round, and a year.
_FIGURE_DATE = regex.compile(r"(?<!\d\.?)(\d{1,2})[./-](\d{1,2})[./-](?:\d{4}|\d{2})(?!\.?\d)")


@dataclass(frozen=True)
class _Name:
    kind: str  # months or weekdays
    value: int  # 1-12, or 1 (Monday) - 7
    start: int
    end: int


@dataclass(frozen=True)
class _Language:
    pattern: regex.Pattern[str]
    forms: dict[str, tuple[str, int]]
    ambiguous: frozenset[str]
    abbreviations: frozenset[str]
    time_words: frozenset[str]


@cache
def _data() -> dict[str, dict[str, list[object]]]:
    raw = (files("copydesk.resources") / "bilingual" / "dates.toml").read_text("utf-8")
    return tomllib.loads(raw)


@cache
def _language(codes: tuple[str, ...]) -> _Language:
    forms: dict[str, tuple[str, int]] = {}
    ambiguous: set[str] = set()
    abbreviations: set[str] = set()
    time_words: set[str] = set()
    for code in codes:
        entry = _data()[code]
        for kind in _KINDS:
            for n, names in enumerate(entry[kind], start=1):
                forms.update({str(f): (kind, n) for f in names})  # type: ignore[attr-defined]
        ambiguous.update(str(w) for w in entry.get("ambiguous", []))
        abbreviations.update(str(w) for w in entry.get("abbreviations", []))
        time_words.update(str(w) for w in entry.get("time_words", []))
    alternatives = "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = regex.compile(rf"(?<!\p{{L}})(?:{alternatives})(?![\p{{L}}\d])", regex.I)
    return _Language(
        pattern, forms, frozenset(ambiguous), frozenset(abbreviations), frozenset(time_words)
    )


def _beside_figure(text: str, start: int, end: int) -> bool:
    return bool(
        _FIGURE_BEFORE.search(text[max(0, start - 12) : start])
        or _FIGURE_AFTER.match(text[end : end + 4])
    )


def _names(text: str, lang: _Language, english: bool) -> list[_Name]:
    found: list[_Name] = []
    for m in lang.pattern.finditer(text):
        word = m.group()
        kind, value = lang.forms[word.lower()]
        if english and not word[0].isupper():
            continue  # "march", "may": English writes the names capitalised
        figure = _beside_figure(text, m.start(), m.end())
        if word.lower() in lang.abbreviations and not figure:
            continue
        if word.lower() in lang.ambiguous and word[0].isupper() and not figure:
            before = _WORD_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
            if before is None or before.group(1).lower() not in lang.time_words:
                continue
        found.append(_Name(kind, value, m.start(), m.end()))
    return found


def _figure_months(text: str) -> set[int]:
    months: set[int] = set()
    for m in _FIGURE_DATE.finditer(text):
        months.update(int(g) for g in m.groups() if 1 <= int(g) <= 12)
    return months


def _source_language(ctx: CheckContext) -> tuple[tuple[str, ...], bool] | None:
    """The source's languages to read names in, and whether the file named it; None for
    a language with no names in the data."""
    code = ctx.source_lang.split("-")[0].split("_")[0].lower()
    known = tuple(c for c in _data() if c != "en")
    if not code:
        return known, False
    return ((code,), True) if code in known else None


def _english(value: int, kind: str) -> str:
    """The English name of a month or weekday: the first form the data gives."""
    names = _data()["en"][kind][value - 1]
    return str(names[0]).title()  # type: ignore[index]


@check(
    "bilingual.dates",
    Category.CONSISTENCY,
    "a month or weekday of the source changed or missing in the translation",
    bilingual=True,
    examples=(
        "Am 3. Mai beginnt die Messe.\tThe fair opens on 3 March.",
        "Lunedì il consiglio voterà.\tOn Tuesday the council will vote.",
        "La gara si terrà il 14 marzo.\tThe race will be held on 14 June.",
        "Abrirá en mayo y en junio.\tIt will open in May.",
        "Ouvert le samedi 4 mars.\tOpen on Sunday 4 March.",
    ),
    near_misses=(
        "Am 3. Mai beginnt die Messe.\tThe fair opens on 3 May.",
        "La gara si terrà il 14 marzo.\tThe race will be held on March 14.",
        "La gara si terrà il 14 marzo.\tThe race will be held on 4 March.",
        "Lunedì il consiglio voterà.\tThe council will vote on Monday.",
        "El 5 de mayo y el domingo 7.\tOn Sunday 7 and on May 5.",
        "Il 14/03/2025 apre.\tIt opens on 14 March 2025.",
        "Domenica Lauri ha parlato.\tDomenica Lauri spoke.",
        "August Brenner ist gekommen.\tAugust Brenner came.",
        "Il sindaco ha parlato.\tThe mayor spoke. You may march on.",
        "公司3月开业。\tThe company opened in March.",
    ),
)
def dates(text: str, ctx: CheckContext) -> Iterator[Issue]:
    if ctx.source is None or not text.strip() or not target_is_english(ctx):
        return
    language = _source_language(ctx)
    if language is None:
        return
    codes, named = language
    source = _names(ctx.source, _language(codes), english=False)
    target = _names(text, _language(("en",)), english=True)
    for kind in _KINDS:
        yield from _compare(ctx, text, kind, source, target, named)


def _compare(
    ctx: CheckContext,
    text: str,
    kind: str,
    source: list[_Name],
    target: list[_Name],
    named: bool,
) -> Iterator[Issue]:
    assert ctx.source is not None
    src = [n for n in source if n.kind == kind]
    tgt = [n for n in target if n.kind == kind]
    src_values = {n.value for n in src}
    if kind == "months":
        src_values |= _figure_months(ctx.source)
    tgt_values = {n.value for n in tgt} | (_figure_months(text) if kind == "months" else set())
    missing = _first_each(
        n for n in src if n.value not in tgt_values and ctx.source[n.start : n.end] not in text
    )
    extra = _first_each(n for n in tgt if n.value not in src_values)
    if not (src or named):
        extra = []  # no name in a source whose language is unknown: nothing to compare with
    for name in extra:
        said = text[name.start : name.end]
        if missing:
            other = missing.pop(0)
            word = ctx.source[other.start : other.end]
            message = f"{said} here, but the source has {word} ({_english(other.value, kind)})"
        else:
            message = f"{said} is not in the source"
        yield ctx.issue(name.start, name.end - name.start, message, confidence=0.7)
    for name in missing:
        word = ctx.source[name.start : name.end]
        yield source_issue(
            ctx,
            name.start,
            name.end - name.start,
            f"{word} ({_english(name.value, kind)}) in the source has no counterpart"
            " in the translation",
            confidence=0.6,
        )


def _first_each(names: Iterator[_Name]) -> list[_Name]:
    """One name per value, the first: a month named twice is one month."""
    seen: set[int] = set()
    out: list[_Name] = []
    for name in names:
        if name.value not in seen:
            seen.add(name.value)
            out.append(name)
    return out
