"""layout.metadata: key-value metadata left from a scraped page.

Why: scrapers keep the page's ``date``, ``author`` or ``tags`` fields, often
glued to the headline on the first line; they are not part of the article.

Example: `` date 2024-03-05 The talks between the unions…``
Fix (not safe: a person checks the headline survives): remove the metadata
prefix, ``The talks between the unions…``.  A metadata line of its own
at the top or bottom of the file is removed whole.  Keys are data
(resources/layout/metadata_keys.txt); ``date`` and ``url`` keys need a value of
the right shape, other keys need ``Key:`` and a line of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.layout._lines import data_lines, lines, removal_span

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)"
_TIME = (
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:utc|gmt|et|est|edt|cet|cest|bst|msk|kst)(?:[+-]\d{1,2})?)?)?"
)
DATE = (
    rf"{_WEEKDAY}?(?:"
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}/\d{1,2}/\d{1,2}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"){_TIME}"
)
URL = r"(?:https?://|www\.)\S+"

MESSAGE_TOP = "Metadata before the headline"
MESSAGE_BOTTOM = "Metadata line after the article"
MESSAGE_MIDDLE = "Byline or date line left by the page template"


@dataclass(frozen=True)
class Metadata:
    """A metadata span: the prefix of a line (``glued``) or the whole line."""

    start: int
    end: int
    glued: bool
    at_top: bool
    at_bottom: bool = True


@cache
def _keys() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    shaped: list[str] = []
    text_keys: list[str] = []
    for row in data_lines("metadata_keys.txt"):
        key, _, kind = row.partition("\t")
        key_re = r"\s+".join(regex.escape(k) for k in key.split())
        if kind.strip() == "date":
            # "Last modified on 4 May 2025": any date key may take "on" or "at"
            shaped.append(rf"{key_re}(?:\s+(?:on|at))?\s*[:=\-–—|]?\s*{DATE}")
        elif kind.strip() == "url":
            shaped.append(rf"{key_re}\s*[:=\-–—|]?\s*{URL}")
        else:
            text_keys.append(key_re)
    # Longest keys first so "last updated" wins over "updated".
    shaped.sort(key=len, reverse=True)
    text_keys.sort(key=len, reverse=True)
    shaped_re = regex.compile(
        rf"\A[^\S\n]*(?:{'|'.join(shaped)})(?![\p{{L}}\p{{N}}])[^\S\n]*", regex.IGNORECASE
    )
    text_re = regex.compile(
        rf"\A[^\S\n]*(?:{'|'.join(text_keys)})[^\S\n]*:[^\S\n]*\S", regex.IGNORECASE
    )
    return shaped_re, text_re


_SEPARATOR = regex.compile(r"[^\S\n]+[|·•][^\S\n]+")


def _shaped_line(line_text: str) -> bool:
    """The line is ``Key: value`` fields of the right shape, one or several joined by
    ``|``, ``·`` or ``•`` (``Published: 12/04/2025 08:15 | Updated: 12/04/2025 09:40``)."""
    shaped, _ = _keys()
    for part in _SEPARATOR.split(line_text):
        m = shaped.match(part)
        if not m or m.end() != len(part):
            return False
    return True


_BYLINE = regex.compile(
    r"(?i:by)\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.\-]*"
    r"(?:\s+(?:and|&)\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.\-]*)?"
)
_READ_TIME = regex.compile(
    r"(?:\d{1,2}\s*[-–]?\s*min(?:ute)?s?\.?\s+read"
    r"|(?:estimated\s+)?read(?:ing)?\s+time\s*[:|–—-]?\s*\d{1,2}\s*min(?:ute)?s?\.?)",
    regex.IGNORECASE,
)
_DATE_ALONE = regex.compile(DATE, regex.IGNORECASE)
MAX_FIELD_WORDS = 8


def _field(part: str) -> bool:
    """One field of a template's metadata line: a dated or linked key (``Updated Dec. 3,
    2026``), a date, a byline (``By Jane Smith``), a read time (``4 min read``) or a short
    ``Key: value`` of metadata_keys.txt (``Tags: ports, Portugal``)."""
    shaped, text_key = _keys()
    m = shaped.match(part)
    if m and m.end() == len(part):
        return True
    if any(p.fullmatch(part) for p in (_DATE_ALONE, _BYLINE, _READ_TIME)):
        return True
    return (
        bool(text_key.match(part))
        and len(part.split()) <= MAX_FIELD_WORDS
        and not regex.search(r"[.!?]\W*\Z", part)
    )


def _field_line(line_text: str) -> bool:
    """Two or more metadata fields joined by ``|``, ``·`` or ``•`` and nothing else:
    ``By Jane Smith | 3 March 2025 | 4 min read``.  A sentence, a table row or a headline
    with a section label (``Opinion | Why the port matters``) has a part that is no field."""
    parts = _SEPARATOR.split(line_text.strip())
    return len(parts) >= 2 and all(_field(p) for p in parts)


def _whole_line(line_text: str) -> bool:
    _, text_key = _keys()
    if _shaped_line(line_text) or _field_line(line_text):
        return True
    # A "Key: value" line, short, and not a sentence ("Source: the ministry said no.").
    return (
        bool(text_key.match(line_text))
        and len(line_text.split()) <= 12
        and not regex.search(r"\p{Ll}[.!?]\W*\Z", line_text)
    )


_NAME = r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}"


@cache
def _mid_line() -> regex.Pattern[str]:
    """A line of its own inside the text that is nothing but a byline, a date or a read time."""
    return regex.compile(
        rf"(?:(?:by\s+)?{_NAME}\s*[|,–—-]\s*)?{DATE}"
        r"|(?:estimated\s+)?read(?:ing)?\s+time\s*[:|–—-]?\s*\d+\s*min(?:ute)?s?\.?",
        regex.IGNORECASE,
    )


def _middle_line(line_text: str) -> bool:
    if _shaped_line(line_text) or _field_line(line_text):
        return True
    return bool(_mid_line().fullmatch(line_text.strip()))


def metadata_of(text: str, ctx: CheckContext) -> tuple[Metadata, ...]:
    """``find_metadata(text)``, built once for the file's checks: three ask it of the same
    text (this one, and the heading and sentence starts, which leave metadata alone)."""
    return ctx.of_text("layout.metadata", text, find_metadata)


def find_metadata(text: str) -> tuple[Metadata, ...]:
    """Metadata at the top of the file (lines, or a prefix glued to the headline) and bottom."""
    found: list[Metadata] = []
    all_lines = lines(text)
    shaped, _ = _keys()
    top = 0
    for line in all_lines:
        line_start = text.rfind("\n", 0, line.start) + 1
        raw = text[line_start : line.end]
        if _whole_line(line.text):
            found.append(Metadata(line_start, line.end, glued=False, at_top=True))
            top += 1
            continue
        m = shaped.match(raw)
        if m and regex.match(r"[\p{Lu}\p{N}“\"‘']", raw[m.end() :]):
            found.append(Metadata(line_start, line_start + m.end(), glued=True, at_top=True))
        break
    bottom: list[Metadata] = []
    for line in reversed(all_lines[top:]):
        if line.index == 0 or not _whole_line(line.text):
            break
        bottom.append(Metadata(line.start, line.end, glued=False, at_top=False))
    # Between the headline and the end: a byline or date line a page template put there.
    first_bottom = len(all_lines) - len(bottom)
    middle = [
        Metadata(line.start, line.end, glued=False, at_top=False, at_bottom=False)
        for line in all_lines[max(top, 1) : first_bottom]
        if _middle_line(line.text)
    ]
    return (*found, *middle, *bottom[::-1])


@check(
    "layout.metadata",
    Category.LAYOUT,
    "Scraped metadata (date, author, tags…) before or after the article",
    reads_repaired=True,
    examples=(
        ("« date 2024-03-05 »The talks between the unions should lead to a new deal\n\nText.", ""),
        ("«Published: 5 March 2024, 10:45 GMT\n»Varga arrives in Lisbon\n\nText.", ""),
        "Author: Jane Smith\nDate: 2024-03-05\n\nVarga arrives in Lisbon\n\nText.",
        (
            "Varga arrives in Lisbon\n\nThe ferry left the harbour.«\n\nTags: Portugal, Shipping»",
            "",
        ),
        ("«updated Mar 5, 2024 »Varga arrives in Lisbon\n\nText.", ""),
        "Varga arrives in Lisbon\n\nBy Jane Smith | March 5, 2024\n\nThe ferry left.\n\nMore.",
        "Varga arrives in Lisbon\n\nThe ferry left.\n\nUpdated 5 March 2024, 10:45 GMT\n\nMore.",
        "Varga arrives in Lisbon\n\nPublished: 05/03/2024 10:45 | Updated: 05/03/2024 11:20"
        "\n\nThe ferry left.\n\nMore.",
    ),
    near_misses=(
        "Date night ideas for busy parents\n\nText.",
        "Varga arrives in Lisbon\n\nThe date 2024-03-05 was set by the ministry.",
        "Varga arrives\n\nText.\n\nSource: the ministry, which would not say more.",
        "Varga arrives in Lisbon\n\nUpdated figures show the ferry was slower.",
        "Varga arrives in Lisbon\n\nSource of the leak: a diplomat.\n\nMore text here.",
        "Varga arrives in Lisbon\n\nThe ferry left on 5 March 2024.\n\nMore text here.",
        "Varga arrives in Lisbon\n\nMarch 5, 2024: the day the port closed\n\nMore text here.",
        "Varga arrives\n\nPublished: 5 March 2024 | the ferry left late.\n\nMore text here.",
    ),
)
def metadata(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for meta in metadata_of(text, ctx):
        message = MESSAGE_TOP if meta.at_top else MESSAGE_BOTTOM
        if not meta.at_top and not meta.at_bottom:
            message = MESSAGE_MIDDLE
        if meta.glued:
            yield ctx.issue(
                meta.start, meta.end - meta.start, message, [""], confidence=0.85, safe=False
            )
            continue
        if not meta.at_top and not meta.at_bottom:
            offset, length = removal_span(text, meta.start, meta.end)
        elif meta.at_top:
            # The top block runs from the start of the file: each line takes all
            # the breaks after it, so the headline ends up first.
            after = regex.compile(r"\s*").match(text, meta.end)
            offset, length = meta.start, (after.end() if after else meta.end) - meta.start
        else:
            # The bottom block runs to the end: each line takes the breaks before it.
            before = regex.search(r"\s*\Z", text[: meta.start])
            offset = before.start() if before else meta.start
            length = meta.end - offset
        yield ctx.issue(offset, length, message, [""], confidence=0.8, safe=False)
