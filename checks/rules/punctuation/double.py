"""punct.double: a punctuation mark typed twice, or two marks where one belongs.

Why: machine translation and scraping leave ``place..``, ``,,`` and ``,.``
behind; a sentence ends with one mark.

Example: ``…where the vote is to be held..``
Fix: ``..`` → ``.`` (safe, also after an abbreviation: ``U.S..`` → ``U.S.``);
``,,`` ``;;`` → one (safe), but where the sentence ends (the paragraph or
segment ends, or a capitalised closed-class word follows: ``year,, The``) the doubled
mark likely stood for a period: ``.`` offered first (at a segment's end the source's
final mark), the mark second, not safe; ``,.`` at the end of a paragraph → ``.``
(safe); other mixed pairs (``.,`` ``,;`` ``?.``) are offered, not safe;
``!!`` and ``??`` only flagged as emphasis, not safe.  Never touched: the
ellipsis ``...`` / ``…``, four dots (ellipsis plus period), ``?!``, ``..`` in
paths and ranges (``../``, ``1..10``), ``U.S.,`` / ``etc.;``, HTML entities
(``&gt;;``).

A doubled ``;;`` or ``,,`` standing between spaces (``described as ;; “the``) is
flagged too, the mark joined to the word before offered first, removal second
(not safe: the marks may be stray).  ``::`` right after a word and before a space
(``as follows:: the``) → ``:`` (safe); any other ``::`` is markup or code and stays
quiet: ``YAML::`` at a line's end (reStructuredText), ``std::vector``, ``C++::``,
IPv6 ``fe80::1``, breadcrumbs ``News :: World``, ratios and emoticons.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.language import function_words
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.tokens import abbreviations

_BEFORE = r"(?<=[\p{L}\p{N}\p{M}”’\"')\]%])"
# Two periods, not part of a longer run, followed by a space, a line end, a closing mark or a word.
_TWO_DOTS = regex.compile(_BEFORE + r"(?<![.…])\.\.(?![.…])(?=[\s”’\"')\]]|\Z|\p{Lu}\p{Ll})")
# "'..'" names the parent directory: the two dots are the whole quoted token.
_QUOTED_TOKEN = regex.compile(r"(?:^|(?<=\s))[\"'‘“]\Z")
_DOTTED_TAIL = regex.compile(r"([\p{L}.]+)\Z")
_NEXT_SENTENCE = regex.compile(r"\s+[\p{Lu}“\"‘]")
_ENTITY = regex.compile(r"&#?\w+\Z")
_SAME = regex.compile(_BEFORE + r"([,;])\1+(?![.,;:…])")
_EMPHASIS = regex.compile(_BEFORE + r"(?:!{2,}|\?{2,})(?![!?])")
_MIXED = regex.compile(_BEFORE + r"(?<![.,;:…!?])([.,;:?!])([.,;:])(?![.,;:…!?])")
# ";;" or ",," with a space on each side, after a word: "as ;; “the".
_SPACED = regex.compile(r"(?<=[\p{L}\p{N}\p{M}”’\"')\]%])[^\S\n]+([,;])\1+(?=[^\S\n])")
# "::" glued to a plain word (letters only back to the space), then a space and a word;
# at a line's end it is reStructuredText's literal-block marker ("YAML::").
_DOUBLE_COLON = regex.compile(
    r"(?<=(?:^|\s)[\p{L}\p{M}]+[”’\"')\]]?)::(?=[^\S\n]+[\p{L}\p{N}“‘\"'])"
)
_PARA_END = regex.compile(r"[”’\"')\]]*[^\S\n]*(?:\n|\Z)")

_NAMES = {".": "period", ",": "comma", ";": "semicolon", ":": "colon", "?": "question mark"}
_NAMES["!"] = "exclamation mark"


def _after_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation, an initial or a dotted token."""
    m = _DOTTED_TAIL.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    bare = word.strip(".")
    # Short words before a period are mostly abbreviations ("Tel.:", "Fig.,", "approx.;").
    return "." in bare or bare in abbreviations() or len(bare) <= 4


_FINAL = regex.compile(r"([.!?。！？;；:：,，])[”’\"')\]）」』]*\s*\Z")
_ASCII = str.maketrans("。！？；：，", ".!?;:,")
_NEXT_WORD = regex.compile(r"[^\S\n]+[“\"‘]?(\p{Lu}\p{Ll}*)(?!\p{L})")
# Capitalised, these open a sentence and no name ("year,, The"); "I", "May" and "Will" may
# stand mid-sentence.
_NOT_OPENERS = frozenset({"i", "may", "will"})


def _sentence_end(text: str, end: int, source: str | None) -> str | None:
    """The mark a doubled comma (semicolon) ending at ``end`` likely stands for, when a
    sentence ends there: the paragraph (segment) ends, or a capitalised closed-class word
    ("The", "He", "But") opens the next one.  At the end the source's final mark when
    there is a source, else a period; None when the text goes on."""
    if _PARA_END.match(text, end):
        final = _FINAL.search(source) if source else None
        if source and final is None:
            return ","  # the source's last sentence ends without a mark: a heading, a cell
        return final.group(1).translate(_ASCII) if final else "."
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group(1).lower() in function_words() - _NOT_OPENERS:
        return "."
    return None


@check(
    "punct.double",
    Category.PUNCTUATION,
    "Doubled punctuation (two periods, two commas, a comma and a period)",
    examples=(
        ("The ferry reached the island, where the vote is to be held«..»", "."),
        ("He met ex-U.S«..» Ambassador Burns.", "."),
        ("Lisbon«,,» Madrid and Rome", ","),
        ("They met on Tuesday«,.»", "."),
        ("Unbelievable«!!»", "!"),
        ("Two things matter«::» price and time.", ":"),
    ),
    near_misses=(
        "And then... nothing.",
        "And then…. Nothing.",
        "He said it in the U.S., not in Europe.",
        "Apples, pears, etc.; all fresh.",
        "cd ../data and count 1..10",
        "Really?! Yes.",
        "The range was 1.5 to 2.5 km.",
        "Fire. . . and smoke",
        "Use std::vector or fe80::1 in C++:: code; Home :: News",
    ),
)
def double(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _TWO_DOTS.finditer(text):
        if _QUOTED_TOKEN.search(text, max(0, m.start() - 2), m.start()):
            continue
        word_follows = m.end() < len(text) and text[m.end()].isalpha()
        yield ctx.issue(
            m.start(),
            2,
            "Doubled period",
            [". " if word_follows else "."],
            confidence=0.97,
            safe=True,
        )
    yield from _same(text, ctx)
    yield from _spaced_and_colons(text, ctx)
    for m in _EMPHASIS.finditer(text):
        mark = m.group()[0]
        yield ctx.issue(
            m.start(),
            len(m.group()),
            f"Repeated {_NAMES[mark]}s",
            [mark],
            confidence=0.5,
        )
    for m in _MIXED.finditer(text):
        first, second = m.group(1), m.group(2)
        if first == second or (
            first == ";" and _ENTITY.search(text, max(0, m.start() - 12), m.start())
        ):
            continue  # ",," is the doubled case above; "&gt;:" ends an HTML entity
        if first == "." and _after_abbreviation(text, m.start()):
            continue  # "U.S.," "etc.;" and "Tel.:" are right
        if first in "?!" and second != ".":
            continue  # "“Why?”," is a style question, "?:" rare and unclear
        at_end = bool(_PARA_END.match(text, m.end()))
        if second == "." and first in ",;:" and at_end:
            yield ctx.issue(
                m.start(),
                2,
                f"{_NAMES[first].capitalize()} before the final period",
                ["."],
                confidence=0.95,
                safe=True,
            )
            continue
        ends_sentence = at_end or bool(_NEXT_SENTENCE.match(text, m.end()))
        if first in "?!":
            options = [first]
        elif ends_sentence and "." in (first, second):
            options = [".", first if second == "." else second]
        else:
            options = [second, first] if first == "." else [first, second]
        yield ctx.issue(
            m.start(),
            2,
            f"{_NAMES[first].capitalize()} and {_NAMES[second]} together",
            options,
            confidence=0.7,
        )


def _same(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """Doubled commas and semicolons: one, safe inside a sentence, offered where it ends."""
    for m in _SAME.finditer(text):
        mark = m.group()[0]
        if _ENTITY.search(text, max(0, m.start() - 12), m.start()):
            continue  # "&lt;;": the first mark ends an HTML entity
        word_follows = m.end() < len(text) and text[m.end()].isalpha()
        ending = _sentence_end(text, m.end(), ctx.source)
        if ending is not None:  # "year,," where the paragraph or sentence ends: a lost period?
            yield ctx.issue(
                m.start(),
                len(m.group()),
                f"Doubled {_NAMES[mark]} where the sentence ends",
                list(dict.fromkeys([ending, mark])),
                confidence=0.8,
            )
            continue
        yield ctx.issue(
            m.start(),
            len(m.group()),
            f"Doubled {_NAMES[mark]}",
            [mark + " " if word_follows else mark],
            confidence=0.97,
            safe=True,
        )


def _spaced_and_colons(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for m in _SPACED.finditer(text):
        mark = m.group(1)
        yield ctx.issue(
            m.start(),
            len(m.group()),
            f"Doubled {_NAMES[mark]} between spaces",
            [mark, ""],
            confidence=0.8,
        )
    for m in _DOUBLE_COLON.finditer(text):
        yield ctx.issue(m.start(), 2, "Doubled colon", [":"], confidence=0.9, safe=True)
