"""lt: grammar and spelling from LanguageTool (Java 17+ and LanguageTool 6.8, or a server).

What: LanguageTool's matches, rule ``lt.<LanguageTool rule id>`` (``lt.EN_A_VS_AN``),
category mapped to ours (resources/grammar/languagetool.toml), never safe.
Why: LanguageTool knows thousands of grammar patterns the offline engine lacks.
Example: ``He go to school.`` -> ``lt.HE_VERB_AGR`` suggesting ``goes``.
Fix: the editor picks one of LanguageTool's suggestions.

The service is started (or reused) by the front end when it resolves the run's
inputs (:mod:`copydesk.checks.run_inputs`), never by this check, which gets a
handle in ``ctx.inputs.languagetool``; when there is none or the service is
unavailable this check reports nothing and the service status says why, so
every other check runs as usual.  Style and white-space rules that our
own passes cover are off by default, spelling matches on capitalised words
(names) are dropped, and long texts are sent in chunks cut between paragraphs.
Like Harper's, its matches pass the engines' shared filter (engine_filter): no
suggestion that only respells a name, nothing inside a wire dateline.  It reads
the text with mojibake repaired (``reads_repaired``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from copydesk.checks.context import CheckContext
from copydesk.checks.dialect import languagetool_language
from copydesk.checks.grammar.lt_backend import LanguageToolUnavailable
from copydesk.checks.grammar.lt_mapping import CHECK_ID, MAX_CHUNK, chunks, to_issues
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import REGISTRY, check
from copydesk.checks.service import ServiceState

log = logging.getLogger(__name__)

# Below our own passes (their messages and fixes are the more specific), above Harper's.
LT_PRECEDENCE = 50


def lt_selected(ctx: CheckContext) -> bool:
    """True when this run uses LanguageTool (enabled, and the ``lt`` check is selected)."""
    settings = ctx.settings
    if not settings.languagetool.enabled:
        return False
    return settings.rule_selection().runs(REGISTRY.get(CHECK_ID))


def _check_all(text: str, ctx: CheckContext) -> list[Issue] | None:
    service = ctx.inputs.languagetool
    if service is None or service.wait().state is not ServiceState.READY:
        return None  # the service's status (shown by every front end) says why
    issues: list[Issue] = []
    # one variant for the whole text: its chunks are one writer's
    language = languagetool_language(ctx.settings.languagetool.language, text)
    for offset, piece in chunks(text, MAX_CHUNK):
        if not piece.strip():
            continue
        try:
            matches = service.check(piece, language)
        except LanguageToolUnavailable as exc:
            # The backend's status now says why (time-out, server gone); report it once
            # there rather than as a failure of every file.
            log.warning("LanguageTool on %s: %s", ctx.path, exc)
            return None
        issues.extend(to_issues(text, offset, piece, matches, ctx.inputs.user_words, language))
    return issues


def lt_issues(text: str, ctx: CheckContext) -> list[Issue] | None:
    """LanguageTool's issues for this document (computed once per run), or None if unavailable."""
    if not lt_selected(ctx):
        return None
    key = f"lt-issues:{ctx.path}:{len(text)}:{hash(text)}"
    return ctx.memo(key, lambda: _check_all(text, ctx))


@check(
    CHECK_ID,
    Category.GRAMMAR,
    "LanguageTool grammar and spelling (needs Java 17+ and LanguageTool 6.8, or a server)",
    needs_service=True,
    yields_to_cleanup=True,
    precedence=LT_PRECEDENCE,
    reads_repaired=True,
    examples=("He go to school every day.", "This is a apple."),
    near_misses=("He goes to school every day.", "This is an apple."),
)
def languagetool(text: str, ctx: CheckContext) -> Iterator[Issue]:
    yield from lt_issues(text, ctx) or ()
