"""Word lists of the punctuation checks, read once from resources/punctuation/."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def word_list(name: str) -> frozenset[str]:
    data = (files("resources") / "punctuation" / f"{name}.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in data.splitlines() if line.strip() and not line.startswith("#")
    )
