"""bilingual.tags: markup, placeholders, URLs, e-mail addresses and brackets that do not match.

Why: a lost ``</g>`` breaks the file the translation goes back into, a changed
``%s``, ``%(name)s`` or ``{name}`` crashes the program that shows it, and a URL must stay
the URL.  How: inline markup (every inline element of XLIFF 1.2, XLIFF 2 and TMX, and
HTML tags in tables and PO), printf, python-format and brace placeholders, URLs and
e-mail addresses are counted on both sides; what the source has more of is reported in
the source, what the target has more of in the target.  A tag pair (``<g>…</g>``) is one
token, so is a native-code element (``<ph>&lt;b&gt;</ph>``) with its content; a tag is
told from its kind's others by its id (XLIFF) or x/i (TMX).  Tags a tool renumbered (as
many of their kind on both sides, ids changed) are said once each in the target, not as
one lost and one added.  A pair broken in the target
(a ``<b>`` never closed, a split pair's ``<ept>``/``<ec/>`` before its opening half) is
said there.  These issues stand on the tags, which the runner otherwise keeps every
issue off (``reads_markup``).  Brackets:
a target whose round or square brackets do not pair up, when the source's do
(full-width ``（）`` counts as ``()``).  Quotes are left alone: languages quote
differently and translators rightly change them.  Flag only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from copydesk.checks.bilingual.runner import source_issue
from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check

_TAG = regex.compile(r"</?([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*/?>")
_ATTR = regex.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
# Not after a digit (20% is a percentage) and no space flag ("20% income" is prose);
# python-format names its value: %(date)s.
_PLACEHOLDER = regex.compile(
    r"(?<!\d)%(?:\d+\$|\(\w+\))?[-+#0]*\d*(?:\.\d+)?[sdifuxXeEgGcr@](?![A-Za-z0-9])"
    r"|\{[\w.:-]*\}"
)
_URL = regex.compile(r"\b(?:https?://|www\.)[^\s<>\"'）】」]+[^\s<>\"'.,;:!?）)】」。，]")
_EMAIL = regex.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_OPEN_CLOSE = (("(（", ")）"), ("[［", "]］"))
# Elements whose content is the original format's code (XLIFF 1.2, TMX): one token whole.
_NATIVE = frozenset({"bpt", "ept", "ph", "it", "ut"})
# The attribute that tells one tag from another of its kind: XLIFF's id (XLIFF 2's
# closing halves name their opening one by startRef), TMX's x, else its pairing i.
_IDENTS = ("id", "startRef", "mid", "x", "i")
# Halves of a pair written as two tags (XLIFF 1.2 bpt/ept, bx/ex; XLIFF 2 sc/ec, sm/em):
# the closing half's kind -> the opening half's.
_HALVES = {"ept": "bpt", "ex": "bx", "ec": "sc", "em": "sm"}


@dataclass(frozen=True)
class _Mark:
    """One inline tag, tag pair or native-code element of a text, as compared."""

    key: str  # kind and identity: how the message names it
    start: int
    end: int
    name: str = ""
    link: str = ""  # what pairs a split pair's two halves (rid, i, id / startRef)
    lone: bool = False  # an opening tag never closed, or a closing tag that opens nothing


def _label(name: str, attrs: dict[str, str], closing: bool = False) -> str:
    ident = next((f" {a}={attrs[a]}" for a in _IDENTS if a in attrs), "")
    return f"<{'/' if closing else ''}{name}{ident}>"


def _attrs(text: str) -> dict[str, str]:
    return {
        m.group(1).rsplit(":", 1)[-1]: m.group(2) if m.group(2) is not None else m.group(3)
        for m in _ATTR.finditer(text)
    }


def _native_end(text: str, name: str, pos: int) -> int:
    """Where a native-code element opened before ``pos`` ends; -1 when it is not closed."""
    close = regex.compile(rf"</(?:[\w.-]+:)?{regex.escape(name)}\s*>")
    found = close.search(text, pos)
    return found.end() if found else -1


def _annotation(name: str, attrs: dict[str, str], notes: set[str]) -> bool:
    """A tool's annotation, not the document's markup: a segment (SDL Trados and Okapi
    wrap each target sentence in ``<mrk mtype="seg">``, the source has none), a comment,
    a tracked change (``x-sdl-…``).  Its ``<sm/>``'s id is noted for its ``<em/>``."""
    if name == "em":
        return attrs.get("startRef", "") in notes
    kind = attrs.get("mtype", attrs.get("type", ""))
    if name in ("mrk", "sm") and (kind in ("seg", "comment") or kind.startswith("x-sdl")):
        if name == "sm":
            notes.add(attrs.get("id", ""))
        return True
    return False


def _markup(text: str) -> tuple[list[_Mark], list[tuple[int, int]]]:
    """The text's inline markup as compared, and the spans of markup (masked for the rest).

    A tag pair (``<g>…</g>``, ``<pc>``, ``<mrk>``, ``<hi>``, HTML's ``<b>…</b>``) is one mark;
    a native-code element (``<ph>&lt;b&gt;</ph>``) is one mark with its content.
    """
    marks: list[_Mark] = []
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, str, int, int]] = []  # open pairs: name, key, start, end
    notes: set[str] = set()  # ids of annotations marked by XLIFF 2's <sm/>
    pos = 0
    for m in _TAG.finditer(text):
        if m.start() < pos:
            continue  # inside a native element already read whole
        name, attrs = m.group(1).rsplit(":", 1)[-1], _attrs(m.group(2) or "")
        closing, empty = m.group().startswith("</"), m.group().endswith("/>")
        end = _native_end(text, m.group(1), m.end()) if name in _NATIVE else -1
        key = "" if _annotation(name, attrs, notes) else _label(name, attrs)
        if closing:
            at = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == name), -1)
            if at < 0:
                marks.append(_Mark(f"</{name}>", m.start(), m.end(), name, lone=True))
            else:
                _, key, start, _ = stack.pop(at)
                if key:
                    marks.append(_Mark(f"{key}…</{name}>", start, m.end(), name))
        elif (empty or end >= 0) and key:
            link = attrs.get("rid") or attrs.get("i") or attrs.get("startRef") or attrs.get("id")
            marks.append(_Mark(key, m.start(), max(end, m.end()), name, link or ""))
        elif not empty and end < 0:
            stack.append((name, key, m.start(), m.end()))
        spans.append((m.start(), max(end, m.end())))
        pos = max(end, m.end())
    marks += [_Mark(key, s, e, name, lone=True) for name, key, s, e in stack if key]
    marks.sort(key=lambda k: k.start)
    return marks, spans


def _tokens(text: str) -> list[_Mark]:
    found, spans = _markup(text)
    masked = list(text)
    for s, e in spans:
        masked[s:e] = " " * (e - s)
    for pattern in (_PLACEHOLDER, _URL, _EMAIL):
        for m in pattern.finditer("".join(masked)):
            found.append(_Mark(m.group(), m.start(), m.end()))
    return found


def _out_of_order(marks: list[_Mark]) -> Iterator[_Mark]:
    """Closing halves of split pairs (``<ept>``, ``<ec/>``) that come before their opening."""
    seen: set[tuple[str, str]] = set()
    for mark in marks:
        if mark.name in _HALVES.values():
            seen.add((mark.name, mark.link))
        opener = _HALVES.get(mark.name)
        later = any(k.name == opener and k.link == mark.link for k in marks)
        if opener and mark.link and (opener, mark.link) not in seen and later:
            yield mark


def _unmatched(marks: list[_Mark], others: list[_Mark]) -> list[_Mark]:
    """The marks ``others`` has fewer of, by key (the last ones of each key)."""
    left = Counter(k.key for k in marks)
    left.subtract(Counter(k.key for k in others))
    out: list[_Mark] = []
    for mark in marks:
        if left[mark.key] > 0:
            left[mark.key] -= 1
            out.append(mark)
    return out


def _bare(mark: _Mark) -> bool:
    """A tag written without an identity (``<ph>``, not ``<ph x="1">``)."""
    return " " not in mark.key.split(">", 1)[0]


def _missing(mark: _Mark) -> str:
    if mark.key.endswith(f"</{mark.name}>") and not mark.lone:
        return f"the tag pair {mark.key} is not in the translation"
    return f"{mark.key} is not in the translation"


def _added(mark: _Mark) -> str:
    if mark.lone and mark.key.startswith("</"):
        return f"{mark.key} closes no tag here (the source's tags pair up)"
    if mark.lone:
        return f"{mark.key} is never closed here (the source's tags pair up)"
    if mark.key.endswith(f"</{mark.name}>"):
        return f"the tag pair {mark.key} is not in the source"
    return f"{mark.key} is not in the source"


def _renumbered(missing: list[_Mark], src: list[_Mark], tgt: list[_Mark]) -> list[str]:
    """The kinds of tag a tool gave other ids: of a kind a tag of the source's is missing
    of, the source and the target hold as many, none a half pair, so the n-th of the one
    is the n-th of the other (``<x id="1"/>`` in the source, ``<x id="3"/>`` in the
    target).  A placeholder is no tag: ``%(date)s`` renamed ``%(day)s`` is one the
    program cannot fill."""
    kinds: list[str] = []
    for name in dict.fromkeys(k.name for k in missing if k.name):
        mine = [k for k in src if k.name == name]
        theirs = [k for k in tgt if k.name == name]
        if len(mine) == len(theirs) and not any(k.lone for k in mine + theirs):
            kinds.append(name)
    return kinds


def _balanced(text: str, opens: str, closes: str) -> bool:
    return sum(text.count(c) for c in opens) == sum(text.count(c) for c in closes)


@check(
    "bilingual.tags",
    Category.CONSISTENCY,
    "tags, placeholders, URLs, e-mail addresses or brackets that differ from the source",
    bilingual=True,
    reads_markup=True,
    examples=(
        '点击<g id="1">这里</g>。\tClick here.',
        "共有%d个文件\tThere are %s files",
        "Scade il %(date)s.\tIt expires soon.",
        "Il <b>nuovo</b> ponte\tThe <b>new bridge",
        "详情见 https://example.org/news\tDetails at https://example.com/news",
        "请联系 press@example.org\tPlease contact us.",
        "他（当时30岁）离开了。\tHe (then 30 left.",
    ),
    near_misses=(
        '点击<g id="1">这里</g>。\tClick <g id="1">here</g>.',
        "共有%d个文件\tThere are %d files",
        "{count} archivos\t{count} files",
        "Scade il %(date)s.\tIt expires on %(date)s.",
        "Il <b>nuovo</b> ponte\tThe <b>new</b> bridge",
        "Il 20%(circa) resta\tAbout 20% remains",
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
    missing, added = _unmatched(src, tgt), _unmatched(tgt, src)
    # A tag that names no identity (TMX's x is optional) answers one of its kind that does.
    for mark in list(missing):
        other = next((k for k in added if k.name == mark.name and _bare(k) != _bare(mark)), None)
        if mark.name and other is not None:
            missing.remove(mark)
            added.remove(other)
    # A tag renumbered is one tag, said once in the target, not lost in one and added in
    # the other: the file may still merge back, but the tag may now name another's code.
    for name in _renumbered(missing, src, tgt):
        missing = [k for k in missing if k.name != name]
        added = [k for k in added if k.name != name]
        mine, theirs = [k for k in src if k.name == name], [k for k in tgt if k.name == name]
        for was, now in zip(mine, theirs, strict=True):
            if was.key != now.key:
                yield ctx.issue(
                    now.start,
                    now.end - now.start,
                    f"{now.key} stands where the source has {was.key} (the tag renumbered)",
                    confidence=0.5,
                )
    # A pair the target has only half of: said there, not again as missing in the source.
    broken = Counter(k.name for k in added if k.lone)
    for mark in missing:
        if mark.key.endswith(f"</{mark.name}>") and broken[mark.name]:
            broken[mark.name] -= 1
            continue
        yield source_issue(ctx, mark.start, mark.end - mark.start, _missing(mark))
    for mark in added:
        yield ctx.issue(mark.start, mark.end - mark.start, _added(mark))
    if not list(_out_of_order(src)):
        for mark in _out_of_order(tgt):
            yield ctx.issue(
                mark.start,
                mark.end - mark.start,
                f"{mark.key} comes before the <{_HALVES[mark.name]}> it closes (not in the source)",
            )
    for opens, closes in _OPEN_CLOSE:
        if _balanced(source, opens, closes) and not _balanced(text, opens, closes):
            first = next(i for i, c in enumerate(text) if c in opens + closes)
            yield ctx.issue(first, 1, "brackets do not pair up (the source's do)")
