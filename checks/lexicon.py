"""Word knowledge from wordfreq's English frequency lists (bundled in its wheel).

Zipf frequency: 7 is "the", 3 a word seen about once per million words, 0
unknown.  A frequency alone does not tell a typo from a rare name, so checks
combine it with shape and context before they flag anything.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

LANG = "en"
COMMON = 3.0  # at or above: an ordinary word most readers know
KNOWN = 1.5  # at or above: attested often enough to be a real word or name


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Frequency of ``word`` (case-insensitive) on the Zipf scale; 0.0 when never seen."""
    return zipf_frequency(word, LANG)


def is_known(word: str, threshold: float = KNOWN) -> bool:
    return zipf(word) >= threshold


def is_common(word: str) -> bool:
    return zipf(word) >= COMMON
