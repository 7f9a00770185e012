"""bilingual.tags: markup, placeholders, URLs, e-mail addresses and brackets that do not match.

Why: a lost ``</g>`` breaks the file the translation goes back into, a changed
``%s`` or ``{name}`` crashes the program that shows it, and a URL must stay the
URL.  How: inline tags (by name and id), printf and brace placeholders, URLs
and e-mail addresses are counted on both sides; what the source has more of is
reported in the source, what the target has more of in the target.  Brackets:
a target whose round or square brackets do not pair up, when the source's do
(full-width ``（）`` counts as ``()``).  Quotes are left alone: languages quote
differently and translators rightly change them.  Flag only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from copydesk.checks.bilingual.runner import source_issue
from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

_TAG = regex.compile(r"</?([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*/?>")
_ID = regex.compile(r"\bid\s*=\s*[\"']([^\"']*)[\"']")
# Not after a digit (20% is a percentage) and no space flag ("20% income" is prose).
_PLACEHOLDER = regex.compile(
    r"(?<!\d)%(?:\d+\$)?[-+#0]*\d*(?:\.\d+)?[sdifuxXeEgGc@](?![A-Za-z0-9])|\{[\w.:-]*\}"
)
_URL = regex.compile(r"\b(?:https?://|www\.)[^\s<>\"'）】」]+[^\s<>\"'.,;:!?）)】」。，]")
_EMAIL = regex.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_OPEN_CLOSE = (("(（", ")）"), ("[［", "]］"))


def _tokens(text: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    for m in _TAG.finditer(text):
        ident = _ID.search(m.group(2) or "")
        closing = "/" if m.group().startswith("</") else ""
        key = f"<{closing}{m.group(1)}{' id=' + ident.group(1) if ident else ''}>"
        found.append((key, m.start(), m.end()))
    masked = _TAG.sub(lambda m: " " * len(m.group()), text)
    for pattern in (_PLACEHOLDER, _URL, _EMAIL):
        for m in pattern.finditer(masked):
            found.append((m.group(), m.start(), m.end()))
    return found


def _balanced(text: str, opens: str, closes: str) -> bool:
    return sum(text.count(c) for c in opens) == sum(text.count(c) for c in closes)


@check(
    "bilingual.tags",
    Category.CONSISTENCY,
    "tags, placeholders, URLs, e-mail addresses or brackets that differ from the source",
    bilingual=True,
    examples=(
        '点击<g id="1">这里</g>。\tClick here.',
        "共有%d个文件\tThere are %s files",
        "详情见 https://example.org/news\tDetails at https://example.com/news",
        "请联系 press@example.org\tPlease contact us.",
        "他（当时30岁）离开了。\tHe (then 30 left.",
    ),
    near_misses=(
        '点击<g id="1">这里</g>。\tClick <g id="1">here</g>.',
        "共有%d个文件\tThere are %d files",
        "{count} archivos\t{count} files",
        "详情见 https://example.org/news。\tDetails at https://example.org/news.",
        "请联系 press@example.org\tPlease contact press@example.org.",
        "他（当时30岁）离开了。\tHe (then 30) left.",
        "他说：“好。”\tHe said: 'Fine.'",
        "前20% 与后20% 的差距\tthe gap between the top 20% and the bottom 20%",
        "前20% 与后20%\tthe top 20% income",
        "Disse che (forse) verrà.\tHe said he might come.",
    ),
)
def tags(text: str, ctx: CheckContext) -> Iterator[Issue]:
    source = ctx.source
    if source is None or not text.strip():
        return
    src, tgt = _tokens(source), _tokens(text)
    src_count = Counter(k for k, _, _ in src)
    tgt_count = Counter(k for k, _, _ in tgt)
    for key, start, end in src:
        if src_count[key] > tgt_count[key]:
            src_count[key] -= 1
            yield source_issue(ctx, start, end - start, f"{key} is not in the translation")
    for key, start, end in tgt:
        if tgt_count[key] > Counter(k for k, _, _ in src)[key]:
            tgt_count[key] -= 1
            yield ctx.issue(start, end - start, f"{key} is not in the source")
    for opens, closes in _OPEN_CLOSE:
        if _balanced(source, opens, closes) and not _balanced(text, opens, closes):
            first = next(i for i, c in enumerate(text) if c in opens + closes)
            yield ctx.issue(first, 1, "brackets do not pair up (the source's do)")
