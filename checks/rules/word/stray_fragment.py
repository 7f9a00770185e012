"""word.stray-fragment: a few stray capitals fused to the front of a word.

Why: when a scraper flattens a page, the tail of a heading, a drop cap or a
menu label ("TO", "TOP", "AD") ends up glued to the next paragraph's first word.

Example: ``ADon the northern pier of the harbour`` -> ``On the northern pier``.

A token counts when it is 2-4 capitals followed by lower-case letters, the
capitals stripped leave a common word, and the token as a whole is far rarer
than that word.  At a sentence start the last capital may belong to the word
("ABThe" -> "The"); mid-sentence that shape is left alone, as it is the shape
of brands ("GNTimes").  Acronyms in their own forms ("NATO",
"CEOs", "DJing", "NGOers"), mixed-case names ("iPhone", "McDonald",
"UAE's") and known brands ("JPMorgan", "USAid", "SQLite") do not fire.

A single lower-case letter counts only for a two-letter function word
("OBDIn" -> "In"); a rare word counts when the batch uses it on its own.

Fix: drop the stray capitals (and capitalise the word at a sentence start);
safe at a sentence start, where the artifact comes from a layout break, unless
both readings are words of like frequency ("XS|he" / "X|She": offered only).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.word._shared import (
    BATCH_COUNTS,
    batch_counts,
    in_link,
    starts_sentence,
    word_list,
)

WORD = 2.5  # the word left after stripping must be at least this common
UNSEEN = 1.5  # a token rarer than this is no known form
GAP = 3.0  # or the word is this much (10^3 times) more common than the token
SAFE_WORD = 4.0
FUNCTION = 6.0  # "The", "In": a kept capital word this common is no brand name

# Whole tokens only (not the tail of "McDONALDs"); an apostrophe or hyphen may follow.
_SHAPE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(\p{Lu}{2,4})(\p{Ll}+)(?![\p{L}\p{M}\p{N}])")
# One capital fused to a lower-case word at the start of a paragraph ("Kthe board", "Pmany").
_LINE_START = regex.compile(r"(?m)^[^\S\n]*[\"“‘']?(\p{Lu})(\p{Ll}{2,})(?=[^\S\n]+(\p{Lu})?)")
ONE_CAP_WHOLE = 1.0  # "Kthe" 0.0; rare names ("Tlaib" 1.7, "Swales" 2.2) are attested
ONE_CAP_WORD = 3.5  # the word left must be an everyday one


@check(
    "word.stray-fragment",
    Category.WORD,
    "Stray capitals fused to the start of a word ('ADon the pier')",
    scope="batch",  # a rare word counts when the batch uses it on its own
    batch_indexes=(BATCH_COUNTS,),
    examples=(
        ("«ADon» the northern pier, the crew unloaded the ferry.", "On"),
        ("The talks ended late.\n«ABThe» delegation left at dawn.", "The"),
        ("«XQLondon» was calm in the afternoon.", "London"),
        ("The talks ended.\n«OBDIn» Britain, the reaction was muted.", "In"),
        "The talks ended.\n\nKthe board met again on Monday.",
        "The talks ended.\n\nPmany residents left the town.",
    ),
    near_misses=(
        "NATO and UNESCO sent observers to the UAE's capital.",
        "Three CEOs and two DJs were at the iPhone launch at McDonald's.",
        "JPMorgan and USAid said the SQLite bug was fixed; DJing is a job.",
        "© Copyright GNTimes 2025. All rights reserved.",
        "The plant produces 40 MWh a day and the link runs at 10 MBps.",
        "The NGOers of the city met the MPs.",
        "Two MAs and three PhDs; the chip runs at 3 GHz.",
        "The talks ended.\n\nTlaib said the vote was close.\n\nSwales voted against.",
        "The talks ended.\n\nKnow your rights, the leaflet says.",
    ),
)
def stray_fragment(text: str, ctx: CheckContext) -> Iterator[Issue]:
    yield from _one_capital(text, ctx)
    suffixes = word_list("acronym_suffixes.txt")
    for m in _SHAPE.finditer(text):
        caps, tail = m.groups()
        if tail in suffixes:
            continue
        # One lower-case letter: only a short function word with its capital ("OBDIn",
        # "JNTWe"); "MHz", "kWh" and the like stay, being far less common.
        short = len(tail) == 1
        token = m.group()
        whole = zipf(token)
        if in_link(text, m.start(), m.end()):
            continue
        at_start = starts_sentence(text, m.start())
        # Every capital stray ("TO|on"), or, at a sentence start only, all but the
        # last ("AB|The"); mid-sentence that shape is a brand ("GNTimes", "JPMorgan").
        options = [] if short else [(caps, tail)]
        if at_start:
            options.append((caps[:-1], caps[-1] + tail))
        if not options:
            continue
        # When both readings give a word of like frequency ("XS|he" or "X|She",
        # "XG|old" or "X|Gold") the commoner one is offered, never applied unseen.
        valid = [o for o in options if zipf(o[1]) >= WORD]
        ambiguous = len(valid) > 1 and abs(zipf(valid[0][1]) - zipf(valid[1][1])) < 1.0
        garbage, word = max(options, key=lambda o: zipf(o[1]))
        word_zipf = zipf(word)
        if short and word_zipf < FUNCTION:
            continue
        # A rare word counts when the batch uses it on its own ("UWHIshiba" / "Ishiba").
        attested = batch_counts(ctx)[word[:1].upper() + word[1:]] > 0
        if word_zipf < WORD and not attested:
            continue
        if not (whole < UNSEEN or word_zipf - whole >= GAP):
            continue
        fixed = word[:1].upper() + word[1:] if at_start else word
        kept_capital = word[:1].isupper()
        safe = at_start and not ambiguous and word_zipf >= (FUNCTION if kept_capital else SAFE_WORD)
        yield ctx.issue(
            m.start(),
            len(token),
            f"'{garbage}' looks like a stray fragment fused to '{word}'",
            [fixed],
            confidence=0.9 if safe else (0.6 if kept_capital else 0.7),
            safe=safe,
        )


def _one_capital(text: str, ctx: CheckContext) -> Iterator[Issue]:
    """A single stray capital glued to a paragraph's lower-cased first word ("Kthe").

    Only at a paragraph start, where a drop cap or a lost heading leaves one letter,
    and only when English does not know the token (a name this shape, "Tlaib", is
    attested) while the rest is an everyday word, and the batch never uses the token
    elsewhere (a name recurs; an accident does not).
    """
    for m in _LINE_START.finditer(text):
        cap, tail, next_capital = m.groups()
        token = cap + tail
        tail_zipf = zipf(tail)
        if zipf(token) >= ONE_CAP_WHOLE or tail_zipf < ONE_CAP_WORD:
            continue
        if next_capital and tail_zipf < FUNCTION:
            continue  # "Kwame Nkrumah": before a capital only "the", "in"… ("Vthe Booker")
        if tail in word_list("acronym_suffixes.txt") or batch_counts(ctx)[token] > 1:
            continue
        if in_link(text, m.start(1), m.end(2)):
            continue
        safe = tail_zipf >= SAFE_WORD
        yield ctx.issue(
            m.start(1),
            len(token),
            f"'{cap}' looks like a stray fragment fused to '{tail}'",
            [tail[:1].upper() + tail[1:]],
            confidence=0.85 if safe else 0.6,
            safe=safe,
        )
