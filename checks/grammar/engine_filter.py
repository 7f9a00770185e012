"""What neither grammar engine reports: a name only respelt, and anything in a wire dateline.

One filter for LanguageTool (lt_mapping.to_issues) and Harper (harper_engine.lint):

- A suggestion that only respells a capitalised name, changing nothing but hyphens,
  spaces or case (``Kim Jong Un`` -> ``Kim Jong-un``, ``Covid-19`` -> ``COVID-19``,
  ``THE HAGUE`` -> ``The Hague``), is an engine's house style for that name.  The
  batch's own spelling and the glossary decide names (the consistency checks): an
  engine that asks for another form contradicts them, and accepting both leaves the
  batch with two spellings.  A name written in lower case (``covid-19``) keeps
  its issue: that is an error in any style.  Accents count as spelling too
  (``Sao Paulo`` -> ``São Paulo``): agency copy drops them by style.
- A wire dateline (``THE HAGUE, March 4 (Reuters) -``, ``ROME, 12 March (ANSA) -``)
  is set in capitals by style: an all-capitals place name opening a paragraph,
  maybe a region (``VALPARAÍSO, Chile,``), then a date.  No engine issue inside it.
- A web or e-mail address (``www.port.pl``, ``puertovalparaiso.cl``) is no sentence
  to capitalise or spell.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from copydesk.checks.language import fold

_RESPELLING = regex.compile(r"[\s\-‐‑–]+")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
# A place in capitals (two letters at least, maybe several words), maybe a region in
# title case, then the date, and what wire copy puts after it: (Agency) and a dash.
_DATELINE = regex.compile(
    rf"\p{{Lu}}[\p{{Lu}}\p{{M}}'’.\-]*(?: \p{{Lu}}[\p{{Lu}}\p{{M}}'’.\-]*)*"
    rf"(?:,\s+\p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*(?: \p{{Lu}}[\p{{L}}\p{{M}}.'’\-]*)*)?"
    rf",\s+{_DATE}(?:\s*\([^()\n]{{1,40}}\))?(?:\s*[-–—])?"
)


_URLISH = regex.compile(r"://|@\S|^www\.|\p{L}{2}\.\p{L}{2,}(?:/|$)", regex.IGNORECASE)
_TOKEN_REACH = 500  # characters either side: a token is never longer (harper_engine.guard)


def _key(text: str) -> str:
    return fold(_RESPELLING.sub("", text)).casefold()


def respells_name(matched: str, suggestions: Sequence[str]) -> bool:
    """True when ``matched`` is written as a name and every suggestion only respells it.

    Written as a name: with a capital letter (``Covid-19``, ``THE HAGUE``, ``iPad mini``).
    """
    if not suggestions or not any(c.isupper() for c in matched):
        return False
    key = _key(matched)
    return all(_key(s) == key and s != matched for s in suggestions)


def dateline_end(text: str, start: int) -> int | None:
    """End of the wire dateline that opens the paragraph at ``start``, if there is one."""
    m = _DATELINE.match(text, start)
    if m is None or len(regex.sub(r"\P{L}", "", m.group().split(",")[0])) < 2:
        return None
    return m.end()


def in_dateline(text: str, offset: int) -> bool:
    """True when ``offset`` falls inside a dateline opening its line."""
    line_start = text.rfind("\n", 0, offset) + 1
    while line_start < offset and text[line_start] in " \t":
        line_start += 1
    end = dateline_end(text, line_start)
    return end is not None and offset < end


def token_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The white-space-delimited token around ``start:end``, at most ``_TOKEN_REACH``
    characters either side (asking for a whole run of "a,a,a,…" was quadratic)."""
    left, stop = start, max(0, start - _TOKEN_REACH)
    while left > stop and not text[left - 1].isspace():
        left -= 1
    right, stop = end, min(len(text), end + _TOKEN_REACH)
    while right < stop and not text[right].isspace():
        right += 1
    return left, right


def in_address(text: str, start: int, end: int) -> bool:
    """True when the white-space-delimited token around ``start:end`` is an address."""
    left, right = token_span(text, start, end)
    return _URLISH.search(text[left:right].rstrip(".,;:)»”’\"'")) is not None


def dropped(text: str, start: int, end: int, suggestions: Sequence[str]) -> bool:
    """True when neither engine should report ``text[start:end]`` with ``suggestions``."""
    return (
        respells_name(text[start:end], suggestions)
        or in_dateline(text, start)
        or in_address(text, start, end)
    )
