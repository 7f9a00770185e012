"""punct.space-inside: a space just inside quotation marks or brackets.

Why: tokenised machine-translation output pads marks with spaces:
``“ routine checks ”``, ``( AP )``; copy puts quotes and brackets against
the words they enclose.

Example: ``to discuss “ routine checks ” with Varga``
Fix (safe): remove the padding (``“routine checks”``).  Only curly double
quotes and round brackets, and only when the pair matches within the
paragraph, so a mis-curled quote or a list marker (``a )``) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

_PAIRS = {"“": "”", "(": ")", "[": "]"}
# Square brackets are paired (so nesting is right) but not judged: "[ Name ]" is a
# changelog convention and "[ ]" a check box.
_JUDGED = frozenset("“(")
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_MARK = regex.compile(r"[“”()\[\]]")
_WORD = regex.compile(r"[\p{L}\p{N}]")
_WORD_START = regex.compile(r"[\p{L}\p{N}“‘(]")
_WORD_END = regex.compile(r"[\p{L}\p{N}.,!?%’”)]")
_NAMES = {"“": "quote", "(": "bracket"}


def _pairs(line: str) -> list[tuple[int, int]]:
    """Positions of matched opening and closing marks in one line (innermost first)."""
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int]] = []
    for m in _MARK.finditer(line):
        mark = m.group()
        if mark in _PAIRS:
            if mark == "“" and stack and stack[-1][0] == "“":
                return []  # two opening quotes in a row: the curling is unreliable
            stack.append((mark, m.start()))
        elif stack and stack[-1][0] == _CLOSERS[mark]:
            found.append((stack.pop()[1], m.start()))
        elif mark == "”":
            return []  # a closing quote with nothing open: unreliable
    return found


@check(
    "punct.space-inside",
    Category.PUNCTUATION,
    "No space just inside quotation marks or brackets",
    examples=(
        "Varga and Lund will discuss “ routine checks ” on Wednesday.",
        "The agency ( AP ) said so.",
        ("He called it a “deal« »”.", ""),
    ),
    near_misses=(
        "Varga and Lund will discuss “routine checks” on Wednesday.",
        "Options: a ) yes, b ) no",
        "- [ ] open task and [ Craig Small ] in a changelog",
        "He said “ and left“ again",
        "Scores ( ? ) unknown",
    ),
)
def space_inside(text: str, ctx: CheckContext) -> Iterator[Issue]:
    start = 0
    for line in text.split("\n"):
        if any(c in line for c in "“(["):
            for open_pos, close_pos in _pairs(line):
                inner = line[open_pos + 1 : close_pos]
                if line[open_pos] not in _JUDGED or not _WORD.search(inner):
                    continue
                name = _NAMES[line[open_pos]]
                lead = len(inner) - len(inner.lstrip(" "))
                if lead and _WORD_START.match(inner, lead):
                    yield ctx.issue(
                        start + open_pos + 1,
                        lead,
                        f"Space after opening {name}",
                        [""],
                        confidence=0.9,
                        safe=True,
                    )
                trail = len(inner) - len(inner.rstrip(" "))
                if trail and trail < len(inner) and _WORD_END.match(inner, len(inner) - trail - 1):
                    yield ctx.issue(
                        start + close_pos - trail,
                        trail,
                        f"Space before closing {name}",
                        [""],
                        confidence=0.9,
                        safe=True,
                    )
        start += len(line) + 1
