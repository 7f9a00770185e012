"""Word lists of the punctuation checks, read once from resources/punctuation/."""

from __future__ import annotations

from functools import cache

from copydesk.checks.data import word_set


@cache
def word_list(name: str) -> frozenset[str]:
    return word_set("punctuation", f"{name}.txt")
