"""layout.agency-credit: a news agency's name standing alone on a line.

Why: wire stories end with the agency's credit (``AFP``, ``(Reuters)``,
``— dpa``); on a copy desk the credit goes in the byline field, not the body.

Example: ``…a “sign” of the bloc’s isolation.\\n\\nAFP``
Fix (not safe): remove the line.  The agency names are data
(resources/layout/agencies.txt); short names match only in their own case, so
a line "Ap" or "Cp" is not taken for a credit.  No list names every agency
(``WAM``, ``KUNA``, ``NAN``…): an abbreviation in capitals alone in brackets on
its own line (``(EPA)``, ``(EPA-EFE)``, ``(AP Photo)``) is a credit too, since
prose never stands that way; a roman numeral (``(IV)``, a section) or a single
letter (``(A)``, a list) is not one.

Staff credits are wire leftovers too (checks/rules/layout/_credits.py):
``(Reporting by Jane Doe; Editing by John Roe)``, ``Additional reporting by …``,
``Writing by …``, ``Compiled by …`` and ``Nordwire contributed to this report.``,
as a line of their own (with other furniture after them: ``For more news, follow
us on social media.``) or closing a paragraph, where only the credit goes.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.layout._credits import is_staff_credit, sentences
from copydesk.checks.rules.layout._lines import Line, data_lines, lines, removal_span
from copydesk.checks.rules.layout.boilerplate import is_boilerplate


@cache
def _credit() -> regex.Pattern[str]:
    names = sorted(data_lines("agencies.txt"), key=len, reverse=True)
    alts = [
        # Long names in any case ("REUTERS", "Reuters"); short ones only as spelled.
        f"(?i:{regex.escape(n)})" if len(n) >= 4 else regex.escape(n)
        for n in names
    ]
    agency = f"(?:{'|'.join(alts)})"
    lead = (
        r"(?:[-–—]\s*"
        r"|(?i:with|from|by|via|source:?|sources:?|with (?:information|reporting) from)\s+)?"
    )
    more = rf"(?:\s*(?:[/,&+]|(?i:and|with))\s*{agency})*"
    return regex.compile(rf"\A[\s(\[]*{lead}{agency}{more}[\s)\].]*\Z")


# Two to eight capitals (digits after the first), joined by "-", "/" or "&" to another such
# abbreviation ("EPA-EFE", "AFP/ANP"), with an optional "Photo(s)"; the brackets are required.
_CAPS = r"\p{Lu}[\p{Lu}\p{N}]{1,7}"
_BRACKETED_CAPS = regex.compile(
    rf"\A\s*[(\[]\s*({_CAPS}(?:\s*[-/&]\s*{_CAPS})*)(?:\s+(?i:photos?|pictures?))?\s*[)\]]\W*\Z"
)
_ROMAN = regex.compile(r"[IVXLCDM]+")


def _bracketed_abbreviation(line: str) -> bool:
    m = _BRACKETED_CAPS.match(line)
    return m is not None and not _ROMAN.fullmatch(m.group(1))


def is_credit_line(line: str) -> bool:
    return bool(_credit().match(line)) or _bracketed_abbreviation(line)


@check(
    "layout.agency-credit",
    Category.LAYOUT,
    "A bare news-agency credit on a line of its own",
    reads_repaired=True,
    examples=(
        ("For Brazil, this vote is a sign of the bloc's isolation.«\n\nAFP»", ""),
        ("The talks ended without a deal.«\n(Reuters)»\n", ""),
        ("The talks ended without a deal.«\n\n— dpa»\n", ""),
        ("The talks ended without a deal.«\n\nWith AFP and Reuters»", ""),
        ("The talks ended without a deal.«\n\nEFE»", ""),
        ("The talks ended without a deal.«\n\n(EPA)»", ""),
        ("The talks ended without a deal.«\n\n(WAM)»", ""),
        ("The talks ended without a deal.«\n\n(Reporting by Jo Quill; Editing by Al Awl)»", ""),
        ("Headline\n\nThe talks ended without a deal.« Quillwire contributed to this report.»", ""),
    ),
    near_misses=(
        "The talks ended without a deal, AFP reported.",
        "AFP reported that the talks ended.\n\nMore text.",
        "The talks ended.\n\nAp\n",
        "Reuters could not confirm the report.",
        "The talks ended.\n\nAP photographers were at the station.",
        "The first rule.\n\n(IV)\n\nThe fourth rule.",
        "The talks ended.\n\n(Epa)\n\nThe (EPA) said so.",
        "Reporting by the paper showed the talks ended.",
        "Quillwire contributed to this report, its editor said.",
    ),
)
def agency_credit(text: str, ctx: CheckContext) -> Iterator[Issue]:
    all_lines = lines(text)
    for line in all_lines:
        # The first line is the headline's place; a lone agency name there is a dateline.
        if line.is_first:
            continue
        if not is_credit_line(line.text):
            yield from _staff_credit(text, line, ctx)
            continue
        offset, length = removal_span(text, line.start, line.end)
        yield ctx.issue(
            offset,
            length,
            "Agency credit line",
            [""],
            confidence=0.9 if line.is_last else 0.75,
        )


def _staff_credit(text: str, line: Line, ctx: CheckContext) -> Iterator[Issue]:
    """A staff credit as the line (with furniture after it), or the sentences closing it."""
    parts = sentences(line.text)
    first = len(parts)
    while first > 0 and (
        is_staff_credit(parts[first - 1].text) or is_boilerplate(parts[first - 1].text)
    ):
        first -= 1
    if first == len(parts) or not any(is_staff_credit(p.text) for p in parts[first:]):
        return
    while not is_staff_credit(parts[first].text):
        first += 1  # the furniture run starts at its first credit
    if first == 0:
        offset, length = removal_span(text, line.start, line.end)
        yield ctx.issue(offset, length, "Staff credit line", [""], confidence=0.85)
        return
    start = line.start + parts[first - 1].end
    yield ctx.issue(
        start, line.end - start, "Staff credit closing the paragraph", [""], confidence=0.75
    )
