"""Word lists of the repetition checks, read once from ``resources/repetition``."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def word_list(name: str) -> frozenset[str]:
    """Lower-case entries of ``resources/repetition/<name>.txt`` (``#`` lines are comments)."""
    data = (files("resources") / "repetition" / f"{name}.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower()
        for line in data.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def function_words() -> frozenset[str]:
    return word_list("function_words")
