"""The user's accepted words: the settings' list plus every word of the glossary file.

Both grammar engines skip spelling issues on these.  The glossary's own format
(TOML or CSV) belongs to its check; here any word-like token in the file counts,
which is all a spelling filter needs.  The file is read once per run, with the
other run inputs (:mod:`copydesk.checks.run_inputs`); the checks read the words
from ``ctx.inputs``.
"""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.checks.context import CheckContext
from copydesk.checks.tokens import WORD


def accepted_words(settings_words: Iterable[str], glossary_text: str = "") -> frozenset[str]:
    """The settings' words and every word of a glossary file's text, in lower case."""
    words = {w.lower() for w in settings_words}
    words.update(m.group().lower() for m in WORD.finditer(glossary_text))
    return frozenset(words)


def user_words(ctx: CheckContext) -> frozenset[str]:
    return ctx.inputs.user_words
