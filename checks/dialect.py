"""Which spelling habit a text keeps, British or American, for the engines that ask.

LanguageTool's English is one variant at a time: its en-US rules call a British text's
"afterwards", "ground floor" and "40-kilometre" errors, and en-GB does the same to
American copy.  A batch from a wire desk mixes both, so with the language setting
``auto`` each text is checked in the variant its own spelling shows: the lower-case
uses of ``resources/lexicon/dialect_spellings.tsv``'s British and American forms are
counted, and the larger count decides; no marker, or a tie, is no evidence.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

import regex

from copydesk.checks.data import data_lines

Variant = Literal["GB", "US"]

_WORD = regex.compile(r"\b\p{Ll}+\b")


def _forms(word: str) -> set[str]:
    """The word, its plural, and the verb endings that keep its dialect's letters
    ("coloured", "centred", "organised"); not "programmed" or "fulfilled", which both
    dialects write."""
    forms = {word, f"{word}s"}
    if word.endswith(("our", "or", "er")):
        forms |= {f"{word}ed", f"{word}ing"}
    if word.endswith(("ise", "re")):
        forms |= {f"{word}d", f"{word[:-1]}ing"}
    return forms


@cache
def _markers() -> dict[str, Variant]:
    markers: dict[str, Variant] = {}
    for line in data_lines("lexicon", "dialect_spellings.tsv"):
        british, american = line.split("\t")
        for form in _forms(british):
            markers[form] = "GB"
        if american != "-":
            for form in _forms(american):
                markers[form] = "US"
    return markers


def spelling_variant(text: str) -> Variant | None:
    """ "GB" or "US" by the text's lower-case marker spellings; None when they do not tell."""
    markers = _markers()
    counts = {"GB": 0, "US": 0}
    for m in _WORD.finditer(text):
        side = markers.get(m.group())
        if side is not None:
            counts[side] += 1
    if counts["GB"] == counts["US"]:
        return None
    return "GB" if counts["GB"] > counts["US"] else "US"


def languagetool_language(configured: str, text: str) -> str:
    """The LanguageTool language tag for ``text``: ``configured``, or with ``auto`` the
    English variant its spelling shows (en-US when it shows none)."""
    if configured != "auto":
        return configured
    return "en-GB" if spelling_variant(text) == "GB" else "en-US"
