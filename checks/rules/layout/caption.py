"""layout.caption: a photo caption or photo credit left between paragraphs.

Why: scraped pages keep the captions of their pictures as paragraphs of their
own; in the text they interrupt the story.

Examples: ``File-Chilean President Ana Rojas waves from her car… ©
Coastal Regional Government/Via AP`` (a credit marker: ``©``, ``Photo:``,
``Getty Images``, ``/Via AP``; data in resources/layout/caption_markers.txt),
and, with less confidence, short lines that describe a picture without a finite
verb: ``Chilean President Ana Rojas.`` (a name and a period) or
``Tomas Varga leaving for Lisbon.`` (a name and an ``-ing`` participle).
Subheadings have no final period and are left alone.
Fix (not safe): remove the line.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.layout._lines import data_lines, lines, patterns, removal_span
from copydesk.checks.rules.layout.copyright import is_copyright_line

MAX_MARKED_WORDS = 60
MAX_SHAPE_WORDS = 14
MAX_PARTICIPLE_WORDS = 10
# Small words a name or title keeps in lower case ("Minister of Defence").
_NAME_GLUE = frozenset({"of", "the", "and", "de", "del", "da", "al", "bin", "von", "van", "for"})
_QUOTES = '"“”‘’«»'
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*")


@cache
def finite_verbs() -> frozenset[str]:
    """Common finite verbs and auxiliaries: a line with one is a sentence, not a label."""
    return frozenset(data_lines("finite_verbs.txt"))


@cache
def _ing_nouns() -> frozenset[str]:
    return frozenset(data_lines("ing_nouns.txt"))


def _is_participle(word: str) -> bool:
    if not word.endswith("ing") or len(word) < 6 or word in _ing_nouns():
        return False
    stem = word[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])  # running -> run
    return any(zipf(c) >= 3.0 for c in candidates)


def has_marker(line: str) -> bool:
    if len(line.split()) > MAX_MARKED_WORDS or is_copyright_line(line):
        return False
    return any(p.search(line) for p in patterns("caption_markers.txt"))


_STOP = regex.compile(r"[.!?;:]")
_INITIAL = regex.compile(r"\b\p{Lu}\.")


def caption_shape(line: str) -> bool:
    """A short one-sentence line that names or shows someone but states nothing."""
    if not line.endswith(".") or line.endswith("..") or any(q in line for q in _QUOTES):
        return False
    body = line[:-1]
    if _STOP.search(body.replace("-", "")) and not _INITIAL.search(body):
        return False
    tokens = _WORD.findall(body)
    if not 2 <= len(tokens) <= MAX_SHAPE_WORDS:
        return False
    lowered = [t.lower() for t in tokens]
    if any(t in finite_verbs() for t in lowered):
        return False
    capitalised = [t[0].isupper() or t[0].isdigit() for t in tokens]
    if not capitalised[0]:
        return False
    # A name or title and nothing else: "Chilean President Ana Rojas."
    if all(c or t in _NAME_GLUE for c, t in zip(capitalised, tokens, strict=True)):
        return sum(capitalised) >= 2
    # A name, then a participle: "Tomas Varga leaving for Lisbon."
    first_lower = next(i for i, c in enumerate(capitalised) if not c)
    lead = tokens[:first_lower]
    # Commas or a past tense make it a sentence: "Rojas, speaking at the forum, announced…"
    if "," in body or len(tokens) > MAX_PARTICIPLE_WORDS:
        return False
    if any(t.endswith("ed") and len(t) > 4 for t in lowered[first_lower:]):
        return False
    # "That's exciting potential.": a contraction's verb after a pronoun, no caption
    opener = regex.split(r"['’]", lead[0])[0].lower() if lead else ""
    return (
        bool(lead)
        and opener not in {"the", "a", "an", "this", "that", "it", "there"}
        and _is_participle(tokens[first_lower])
    )


@check(
    "layout.caption",
    Category.LAYOUT,
    "Photo captions and photo credits between paragraphs",
    reads_repaired=True,
    examples=(
        (
            "Headline\n\nText of the story.\n\n«File-Chilean President Ana Rojas waves "
            "from her car in April 2019. © Coastal Regional Government/Via AP\n\n»More "
            "text.",
            "",
        ),
        ("Headline\n\nText.\n\n«Photo: Jane Doe/Reuters\n\n»More text.", ""),
        ("Headline\n\nText.\n\n«Chilean President Ana Rojas.\n\n»More text.", ""),
        ("Headline\n\nText.\n\n«Tomas Varga leaving for Lisbon.\n\n»More text.", ""),
        ("Headline\n\nText.\n\n«Supporters gather outside the court. (Getty Images)\n\n»More.", ""),
    ),
    near_misses=(
        "Headline\n\nText.\n\nMarkets on edge\n\nMore text.",
        "Headline\n\nText.\n\n“Price war”\n\nMore text.",
        "Headline\n\nText.\n\n‘Running out of time’\n\nMore text.",
        "Headline\n\nText.\n\nTrade finds an old route.\n\nMore text.",
        "Headline\n\nText.\n\nThe ministry declined to comment.\n\nMore text.",
        "Headline\n\nText.\n\nA Reuters/Ipsos poll found support had fallen.\n\nMore.",
        "Headline\n\nText.\n\nThe meeting ended early.\n\nMore.",
        "Headline\n\nText.\n\nGetty Images said it had removed the picture from its site.",
        "Headline\n\nText.\n\nThat's exciting potential.\n\nMore text.",
    ),
)
def caption(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for line in lines(text):
        if line.is_first:
            continue
        if has_marker(line.text):
            confidence = 0.85
        elif caption_shape(line.text):
            confidence = 0.5
        else:
            continue
        offset, length = removal_span(text, line.start, line.end)
        yield ctx.issue(offset, length, "Looks like a photo caption", [""], confidence=confidence)
