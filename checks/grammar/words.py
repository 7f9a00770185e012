"""The user's accepted words: the settings' list plus every word of the glossary file.

Both grammar engines skip spelling issues on these.  The glossary's own format
(TOML or CSV) belongs to its check; here any word-like token in the file counts,
which is all a spelling filter needs.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from copydesk.checks.context import CheckContext
from copydesk.checks.tokens import WORD


@lru_cache(maxsize=8)
def _glossary_words(path: str, mtime: float) -> frozenset[str]:
    try:
        text = Path(path).read_text("utf-8", errors="replace")
    except OSError:
        return frozenset()
    return frozenset(m.group().lower() for m in WORD.finditer(text))


def user_words(ctx: CheckContext) -> frozenset[str]:
    words = {w.lower() for w in ctx.settings.languagetool.user_words}
    glossary = ctx.settings.glossary
    if glossary:
        try:
            mtime = Path(glossary).stat().st_mtime
        except OSError:
            mtime = 0.0
        words |= _glossary_words(glossary, mtime)
    return frozenset(words)
