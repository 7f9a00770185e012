"""punct.space-before: a space before a comma, period, semicolon, colon, ? or !.

Why: machine translation from French and tokenised text put a space before
marks (``42 million euros ,``); English puts none.

Example: ``…worth 42 million euros , the ministry said``
Fix (safe): remove the space (``euros,``); when the mark is glued to the next
word instead (``euros ,the``) the space moves after it (``euros, the``).
Left alone: ellipses (`` ...``), marks at the start of a line (list markers,
stray punctuation), ``.45``/``.com`` where the period starts a token,
emoticons (``: )``, `` ;)``), spaced scores (``2 : 1``), and the space that
keeps a period out of a URL, path or version (``example.org/news .``).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

# White space after a word, a number or a closing mark, then one mark that ends there.
_SPACED = regex.compile(
    r"(?<=[\p{L}\p{N}\p{M}”’\"')\]%])([^\S\n]+)"
    r"(?:([,;])(?![,;])|([.?!:])(?=[\s”’\"')\]]|\Z))"
)
_EMOTICON = regex.compile(r"[^\S\n]?['^-]?[()DPp3|/\\\]\[]")
# A URL, path, address or version number: the space keeps the period out of it.
_ADDRESS = regex.compile(r"(?:[/@:\\]|\.[\p{L}\p{N}])\S*\Z")

_NAMES = {".": "period", ",": "comma", ";": "semicolon", ":": "colon"}
_NAMES |= {"?": "question mark", "!": "exclamation mark"}


@check(
    "punct.space-before",
    Category.PUNCTUATION,
    "No space before a comma, period, semicolon, colon, question or exclamation mark",
    examples=(
        ("The deal is worth 42 million euros« », the ministry said.", ""),
        ("Varga arrived in Lisbon« ».", ""),
        ("Why did he come« »?", ""),
        ("The guests were« »: Varga, Lund and Okafor.", ""),
        ("Spain« », Italy and Greece", ""),
    ),
    near_misses=(
        "And then ... nothing happened.",
        "Nice to see you : )",
        "See you tomorrow ;)",
        "Portugal beat Spain 2 : 1 on Sunday.",
        "The .45 calibre pistol and the .com boom.",
        "Items:\n. first\n, second",
        "See http://example.org/news . Or version 4.4.0 .",
    ),
)
def space_before(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _SPACED.finditer(text):
        mark = m.group(2) or m.group(3)
        space_start, mark_pos = m.start(1), m.end(1)
        after = text[mark_pos + 1 : mark_pos + 4]
        if mark in ":;" and _EMOTICON.match(after):
            continue
        if mark == ":" and text[space_start - 1].isdigit() and regex.match(r"\s*\d", after):
            continue
        if mark == "." and _ADDRESS.search(text, max(0, space_start - 200), space_start):
            continue
        name = _NAMES[mark]
        if mark in ",;" and after[:1].isalpha():
            yield ctx.issue(
                space_start,
                mark_pos + 1 - space_start,
                f"Space before {name} instead of after it",
                [mark + " "],
                confidence=0.95,
                safe=True,
            )
            continue
        yield ctx.issue(
            space_start,
            mark_pos - space_start,
            f"Space before {name}",
            [""],
            confidence=0.95,
            safe=True,
        )
