"""punct.stray-line-start: a line that starts with leftover punctuation.

Why: when scraped paragraphs are split in the wrong place, the end of one
sentence (``.’``, ``’.``, ``”,``) is left at the start of the next line.

Example: ``.’ Mara Lind and Owen Pratt say the port…``
Fix: remove the marks and the space after them.  Safe when the line before
ends a sentence (so the marks belong to nothing); otherwise offered, not safe,
since they may have been cut from the end of the line before.
Left alone: an opening quote or bracket, an ellipsis (``...and then``,
``… and then``), list and heading markers (``- item``, ``* item``, ``#tag``),
numbers such as ``.45 calibre``, a mark glued to the word (``’Tis``), and
indented lines (continuation lines of a changelog or a code comment).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

# A run of sentence marks and closing quotes or brackets, in either order (".’" and
# "’." are both the cut-off end of a sentence), holding at least one sentence mark,
# then a space and a word.  A run of quotes alone may be opening ones: left alone.
_CLOSERS = "’”\"'»)\\]"
_STRAY = regex.compile(
    rf"^[^\S\n]?((?=[{_CLOSERS}]*[.,;:!?])[.,;:!?{_CLOSERS}]+)[^\S\n]+(?=[\p{{L}}\p{{N}}“‘\"(])",
    regex.MULTILINE,
)
_EMOTICON = regex.compile(r"[:;][)(\]]")
_ENDS_SENTENCE = regex.compile(r"[.!?:…][”’\"')\]]*[^\S\n]*\Z")


def _previous_line(text: str, start: int) -> str | None:
    """The nearest non-empty line above ``start``, or None at the top of the text."""
    while start > 0:
        line_start = text.rfind("\n", 0, start - 1) + 1
        line = text[line_start : start - 1]
        if line.strip():
            return line
        start = line_start
    return None


@check(
    "punct.stray-line-start",
    Category.PUNCTUATION,
    "Stray punctuation at the start of a line",
    examples=(
        ("What help might Lisbon offer?\n«.’ »Mara Lind and Owen Pratt say it could.", ""),
        ("The meeting ended.\n«, »and the delegations left.", ""),
        ("«. »Varga arrived in Lisbon on Friday.", ""),
        (
            "The minister called the vote ‘a festival of democracy\n«’. »The opposition disagreed.",
            "",
        ),
        ("He called it “a disgrace\n«”, »and left the room.", ""),
    ),
    near_misses=(
        "Intro.\n“Port deal”\nVarga is accompanied by officials.",
        "He paused.\n...and then he left.",
        "He paused.\n… and then he left.",
        "List:\n- item one\n* item two\n#hashtag",
        "Rounds:\n.45 calibre rounds were found.",
        "Intro.\n(AP) Varga arrived.",
        "Intro.\n’Tis the season.",
        "Intro.\n’90s music is back.",
        "Intro.\n” The quote mark alone may open a line.",
        "Intro.\n’… and then nothing.",
        "  * Drop the patch, it was not a complete\n    . fix for the problem",
    ),
)
def stray_line_start(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _STRAY.finditer(text):
        marks = m.group(1)
        if ".." in marks or _EMOTICON.search(marks):
            continue  # an ellipsis, or an emoticon
        prev = _previous_line(text, m.start())
        safe = prev is None or bool(_ENDS_SENTENCE.search(prev))
        yield ctx.issue(
            m.start(),
            m.end() - m.start(),
            "Stray punctuation at the start of the line",
            [""],
            confidence=0.9 if safe else 0.6,
            safe=safe,
        )
