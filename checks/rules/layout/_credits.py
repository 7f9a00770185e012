"""Staff credits a wire story closes with, for layout.agency-credit.

``(Reporting by Jane Doe; Editing by John Roe)``, ``Additional reporting by Jane
Doe in Oslo``, ``Compiled by the Daily Courier``: the kind of work (data:
resources/layout/credit_kinds.txt), ``by``, and names: capitalised words joined
by commas, ``and``, ``&`` or the small words a name or place keeps in lower case
(``in``, ``from``, ``de``).  Any other lower-case word makes it a sentence
(``Reporting by the paper showed…``).

``Nordwire contributed to this report.``, ``The Associated Press contributed
reporting.``: one to four capitalised words (``and``, ``&``, ``of``, ``in`` and a
leading ``The`` besides), ``contributed`` and what follows it (data:
resources/layout/contributions.txt).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import regex

from copydesk.checks import tokens
from copydesk.checks.rules.layout._lines import data_lines

_WORD = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
_GLUE = r"(?:in|and|from|at|of|the|de|van|von|da|del|al|bin|la|le|du|di|y)"
_NAMES = rf"(?:the\s+)?{_WORD}(?:(?:\s*[,&]\s*|\s+){_GLUE}?\s*{_WORD})*"
MAX_CONTRIBUTOR_WORDS = 4


@cache
def _credit() -> regex.Pattern[str]:
    kinds = "|".join(regex.escape(k) for k in sorted(data_lines("credit_kinds.txt"), key=len)[::-1])
    segment = rf"(?i:{kinds})\s+(?i:by)\s+{_NAMES}"
    body = rf"{segment}(?:\s*[;,]\s*{segment})*"
    return regex.compile(rf"(?:\(\s*{body}\s*\)|\[\s*{body}\s*\]|{body})\.?")


@cache
def _contribution() -> regex.Pattern[str]:
    tails = "|".join(f"(?:{t})" for t in data_lines("contributions.txt"))
    name = rf"(?:The\s+)?{_WORD}(?:(?:\s+|\s*[,&]\s*)(?:and\s+|of\s+|in\s+)?{_WORD}){{0,7}}"
    return regex.compile(rf"({name})\s+contributed\s+(?i:{tails})\.?")


def _contributor_words(name: str) -> int:
    return len(regex.findall(r"\p{Lu}[\p{L}\p{M}'’.\-]*", name.removeprefix("The ")))


def is_staff_credit(sentence: str) -> bool:
    """A whole sentence that credits the story's reporters, editors or contributors."""
    if _credit().fullmatch(sentence):
        return True
    m = _contribution().fullmatch(sentence)
    return m is not None and _contributor_words(m.group(1)) <= MAX_CONTRIBUTOR_WORDS


# A bracketed part at a sentence's start: one sentence, whatever its inner periods.
_BRACKETED = regex.compile(r"\s*(\([^()]*\)|\[[^\[\]]*\])\.?(?=\s|\Z)")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(line: str) -> list[Sentence]:
    """The sentences of ``line`` with their offsets; a bracketed credit is one sentence.

    Outside brackets a sentence ends where ``checks/tokens.py`` ends one, so an initial
    (``Additional reporting by K. Velmorn.``) does not end it.
    """
    ends = [s.end for s in tokens.sentences(line)]
    found: list[Sentence] = []
    pos = 0
    while pos < len(line):
        bracket = _BRACKETED.match(line, pos)
        if bracket:
            start, end = bracket.start(1), bracket.end()
        else:
            start = pos
            while start < len(line) and line[start].isspace():
                start += 1
            if start == len(line):
                break
            at = bisect.bisect_right(ends, start)
            end = ends[at] if at < len(ends) else len(line)
        found.append(Sentence(start, end, line[start:end]))
        pos = end
    return found
