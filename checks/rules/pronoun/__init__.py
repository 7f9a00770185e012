"""Pronouns that disagree with the person they refer to (``Han … his … she``, ``welcomed it``).

The analysis behind the checks is public here for benchmarks and tools: who a text
names (:func:`analyse`), the pronouns it knows, and the verdict on one pronoun.
"""

from copydesk.checks.rules.pronoun import _people
from copydesk.checks.rules.pronoun._people import PRONOUNS, analyse
from copydesk.checks.rules.pronoun._people import _quote_spans as quote_spans


def use_first_names(on: bool) -> None:
    """Whether a given name alone tells a person's gender (a benchmark turns it off)."""
    _people.USE_FIRST_NAMES = on


__all__ = ["PRONOUNS", "analyse", "quote_spans", "use_first_names"]
