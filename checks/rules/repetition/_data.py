"""Word lists of the repetition checks, read once from ``resources/repetition``."""

from __future__ import annotations

from functools import cache

from copydesk.checks import language
from copydesk.checks.data import data_lines


@cache
def word_list(name: str) -> frozenset[str]:
    """Lower-case entries of ``resources/repetition/<name>.txt`` (``#`` lines are comments)."""
    return frozenset(line.lower() for line in data_lines("repetition", f"{name}.txt"))


def function_words() -> frozenset[str]:
    return language.function_words()
