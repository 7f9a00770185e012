"""encoding.control-char: control and invisible format characters in copy.

Why: pasted and scraped text carries characters nobody can see: C0 controls
(NUL, BEL, ESC…), DEL, zero-width spaces, soft hyphens, stray byte-order marks,
bidirectional marks.  They break search, spelling and the CMS.

Example: ``Varga\\u200barrived``, ``Lis\\u00adbon``, ``end\\x07``
Fix (safe): remove them; a vertical tab or form feed (Word's manual line and
page breaks) becomes a line break.  Bidirectional marks are offered, not
safe (they may belong to a right-to-left name).  Left alone: tab and line
break, zero-width joiners (emoji sequences, Indic and Arabic scripts),
variation selectors, and any character inside a sequence that encoding.mojibake
repairs (the ``\x9d`` of ``â€\x9d``, the soft hyphen of ``Ã\xad``: removing it
would make the repair impossible).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator

from ftfy.fixes import fix_c1_controls

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.reading import read
from copydesk.checks.registry import check

# A class of code points only: the standard library finds the same characters as
# ``regex`` and scans for them several times faster (every text is scanned twice).
_SUSPECT = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e"
    r"\u2060-\u2064\u2066-\u2069\ufeff\ufffc]"
)
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\x0b\x0c")
_NAMED = {
    "\u00ad": "Soft hyphen",
    "\u200b": "Zero-width space",
    "\ufeff": "Byte-order mark",
    "\u2060": "Word joiner",
    "\ufffc": "Object replacement character",
    "\x0b": "Vertical tab (line break)",
    "\x0c": "Form feed (page break)",
}


def _describe(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    if ch in _BIDI:
        return "Invisible direction mark"
    name = unicodedata.name(ch, "")
    return f"Control character U+{ord(ch):04X}" + (f" ({name.title()})" if name else "")


@check(
    "encoding.control-char",
    Category.ENCODING,
    "Invisible control or format characters are removed",
    examples=(
        ("Varga«\u200b»arrived in Lisbon.", ""),
        ("Lis«\xad»bon", ""),
        ("The end.«\x07»", ""),
        ("Page one.«\x0c»Page two.", "\n"),
        ("Name «\u202e»Varga", ""),
    ),
    near_misses=(
        "Varga arrived\tin Lisbon.\nNext line.",
        "Family: 👨\u200d👩\u200d👧 and ❤\ufe0f",
        "Varga\x92s ferry",
    ),
)
def control_char(text: str, ctx: CheckContext) -> Iterator[Issue]:
    repairs = read(text).repairs if _SUSPECT.search(text) else ()
    starts = [r[0] for r in repairs]
    for m in _SUSPECT.finditer(text):
        ch = m.group()
        if "\x80" <= ch <= "\x9f" and fix_c1_controls(ch) != ch:
            continue  # a Windows-1252 character decoded as Latin-1: mojibake repairs it
        n = bisect.bisect_right(starts, m.start()) - 1
        if n >= 0 and m.start() < repairs[n][1]:
            continue  # a byte of a garbled sequence: encoding.mojibake repairs it whole
        bidi = ch in _BIDI
        yield ctx.issue(
            m.start(),
            1,
            _describe(ch),
            ["\n" if ch in _LINE_BREAKS else ""],
            confidence=0.6 if bidi else 0.95,
            safe=not bidi,
        )
