"""Helpers the bilingual checks share: masking markup, the language pair."""

from __future__ import annotations

import regex

from copydesk.checks.context import CheckContext

# Inline tags and placeholders are structure, not words: blanked before reading numbers.
MARKUP = regex.compile(
    r"<[^<>]{1,200}>|%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?[sdifuxXeEgGc%@]|\{[\w.:-]*\}"
)


def mask(text: str) -> str:
    """``text`` with markup replaced by spaces (same length: offsets stay valid)."""
    return MARKUP.sub(lambda m: " " * len(m.group()), text)


def target_is_english(ctx: CheckContext) -> bool:
    return ctx.target_lang in ("", "en")
