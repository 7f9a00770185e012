"""bilingual.omission and bilingual.addition: a translation far shorter or longer than its source.

Why: dropped clauses and invented ones change the meaning without leaving a
trace in the English alone.  How: the target's length (letters and digits) is
compared with the length expected for its source in its language pair
(``zh→en``, ``it→en``): the median ratio of the batch's units of that same pair
when there are 20 or more, else a general figure for the pair
(``resources/bilingual/length_ratios.toml``; 2.7 English characters per Chinese
one).  Pairs are never pooled: Chinese takes a third of the letters Italian
does, so a median over both is wrong for each, and a file's alarms would change
with whatever else is in the folder.  Far below (under half) is a likely
omission, far above (over 2.2 times) a likely addition; short sources are left
alone, where ratios mean little.  A target with fewer sentences than its source
that is also shorter than the pair's general figure has likely lost a sentence
(that figure only, so this alarm never depends on the batch).  An empty target
is an omission too, and so is a Latin-script name, acronym or code in a CJK
source (``NASA``, ``G20``) that the target does not contain.  Flag only.
"""

from __future__ import annotations

import statistics
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib.resources import files

import regex

from copydesk.checks.bilingual.paired import paragraphs
from copydesk.checks.bilingual.runner import source_issue
from copydesk.checks.bilingual.scripts import primary
from copydesk.checks.context import Batch, CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.bilingual._common import mask

SHORT, LONG = 0.5, 2.2  # of the expected length
MIN_SOURCE_CHARS = {"cjk": 12, "other": 40}
MIN_BATCH = 20
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_CJK = regex.compile(r"[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]")
# Sentence ends: CJK full stops (no space follows them), or Latin ones before a space.
_SOURCE_END = regex.compile(r"[。！？!?]+[”」』\"']?|\.(?:\s|$)")
_TARGET_END = regex.compile(r"[.!?]+[\"'”’)]*(?:\s+|$)")
_LATIN_TOKEN = regex.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9+&.-]*[A-Za-z0-9]|[A-Z]")


@cache
def _priors() -> dict[str, float]:
    data = (files("copydesk.resources") / "bilingual" / "length_ratios.toml").read_text("utf-8")
    return dict(tomllib.loads(data)["to_en"])


def _len(text: str) -> int:
    return len(_ALNUM.findall(mask(text)))


def prior_ratio(pair: str, source: str = "") -> float:
    """The general length ratio of a pair ``src→tgt``: English characters per source
    character for ``src→en``; for another target, through English (``src→en`` over
    ``tgt→en``).  An unknown source language: Chinese when ``source`` is, else 1."""
    priors = _priors()
    src, _, tgt = pair.partition("→")
    src = src or ("zh" if _CJK.search(source) else "")
    to_en = float(priors.get(src, priors["default"]))
    if tgt in ("", "en"):
        return to_en
    return to_en / float(priors.get(tgt, priors["default"]))


def _batch_ratios(batch: Batch) -> tuple[dict[str, str], dict[str, float]]:
    """Each member's pair, and each pair's median ratio where the batch has enough of it."""
    by_pair: dict[str, list[float]] = defaultdict(list)
    for m in batch.members:
        if m.source and m.text.strip() and _len(m.source) >= 10 and not m.pair.startswith("→"):
            by_pair[m.pair].append(_len(m.text) / _len(m.source))
    measured = {p: statistics.median(r) for p, r in by_pair.items() if len(r) >= MIN_BATCH}
    return {m.path: m.pair for m in batch.members}, measured


def _pair(ctx: CheckContext) -> str:
    return ctx.batch.memo("bilingual.length-ratios", _batch_ratios)[0].get(ctx.path, "")


def _expected(ctx: CheckContext, source: str) -> float:
    """The ratio expected for this unit: its pair's in the batch, else the pair's prior."""
    pairs, measured = ctx.batch.memo("bilingual.length-ratios", _batch_ratios)
    pair = pairs.get(ctx.path) or _declared(ctx)
    return measured.get(pair) or prior_ratio(pair, source)


def _declared(ctx: CheckContext) -> str:
    """The pair the context names (a unit checked outside ``check_documents``)."""
    return f"{primary(ctx.source_lang)}→{primary(ctx.target_lang) or 'en'}"


def _long_enough(source: str) -> bool:
    kind = "cjk" if _CJK.search(source) else "other"
    return _len(source) >= MIN_SOURCE_CHARS[kind]


_PARAGRAPH_ID = regex.compile(r"p(\d+)")
_SOURCE_PARAGRAPH_ID = regex.compile(r"source-p(\d+)")


def _unit_id(path: str) -> tuple[str, str]:
    file, _, unit = path.rpartition("#")
    return file, unit


def _untranslated_paragraph(ctx: CheckContext) -> str | None:
    """For a paired article's source paragraph the aligner paired with nothing: which it
    is and where in the translation it would stand (between the target paragraphs the
    units before and after it hold)."""
    file, unit = _unit_id(ctx.path)
    number = _SOURCE_PARAGRAPH_ID.fullmatch(unit)
    if number is None:
        return None
    units = [(m, _unit_id(m.path)[1]) for m in ctx.batch.members if _unit_id(m.path)[0] == file]
    at = next((k for k, (m, _) in enumerate(units) if m.path == ctx.path), None)
    if at is None:
        return None
    before = next((m for m, u in reversed(units[:at]) if _PARAGRAPH_ID.fullmatch(u)), None)
    after = next((u for _, u in units[at + 1 :] if _PARAGRAPH_ID.fullmatch(u)), None)
    if after is not None:
        k = int(after[1:])
        where = (
            f"between the translation's paragraphs {k - 1} and {k}"
            if before is not None
            else f"before the translation's paragraph {k}"
        )
    elif before is not None:
        first = int(_unit_id(before.path)[1][1:])
        where = f"after the translation's paragraph {first + len(paragraphs(before.text)) - 1}"
    else:
        return f"the source's paragraph {number.group(1)} has no translation"
    return f"the source's paragraph {number.group(1)} has no translation: it would stand {where}"


@check(
    "bilingual.omission",
    Category.CONSISTENCY,
    "a translation much shorter than its source, empty, or missing a name or code",
    bilingual=True,
    scope="batch",  # the median length ratio of the batch's units of the same pair
    examples=(
        "他说，由于经济衰退和失业率上升，政府决定推迟这项改革计划。\tHe said it decided.",
        "美国国家航空航天局NASA宣布了新计划。\tThe space agency announced a new plan.",
        "这是一句话。\t",
        "Il governo ha deciso di rinviare la riforma a causa della recessione economica.\t"
        "The government decided.",
        "会议在北京举行。各国代表讨论了气候问题。会议将持续三天。\t"
        "The meeting was held in Beijing. It will last three days.",
    ),
    near_misses=(
        "他说，由于经济衰退和失业率上升，政府决定推迟这项改革计划。\t"
        "He said the government had decided to postpone the reform because of the recession "
        "and rising unemployment.",
        "美国国家航空航天局NASA宣布了新计划。\tThe US space agency NASA announced a new plan.",
        "是的。\tYes.",
        "Il governo ha deciso di rinviare la riforma a causa della recessione economica.\t"
        "The government decided to postpone the reform because of the economic recession.",
        "Он согласился.\tHe agreed.",
        "会议在北京举行。各国代表讨论了气候问题。会议将持续三天。\t"
        "The meeting was held in Beijing, where delegates discussed the climate; "
        "it will last three days.",
    ),
)
def omission(text: str, ctx: CheckContext) -> Iterator[Issue]:
    source = ctx.source
    if not source or not source.strip():
        return
    if not text.strip():
        said = _untranslated_paragraph(ctx) or "not translated: the target is empty"
        yield source_issue(ctx, 0, len(source), said)
        return
    if _CJK.search(source):
        folded = mask(text).casefold()
        for m in _LATIN_TOKEN.finditer(mask(source)):
            if m.group().casefold() not in folded and len(m.group()) > 1:
                yield source_issue(
                    ctx, m.start(), len(m.group()), f"“{m.group()}” is not in the translation"
                )
    if _long_enough(source):
        ratio = _len(text) / (_len(source) * _expected(ctx, source))
        general = _len(text) / (_len(source) * prior_ratio(_pair(ctx) or _declared(ctx), source))
        src_sentences = len(_SOURCE_END.findall(mask(source).strip()))
        tgt_sentences = max(1, len(_TARGET_END.findall(mask(text).strip())))
        if ratio < SHORT:
            yield ctx.issue(
                0,
                len(text),
                f"much shorter than its source ({ratio:.0%} of the usual length): "
                "something may be missing",
                confidence=0.5,
            )
        # Translations split sentences far more often than they join them: fewer
        # sentences and a shorter text than usual together point to a dropped one.
        elif tgt_sentences < src_sentences and general < 1.0:
            yield ctx.issue(
                0,
                len(text),
                f"{tgt_sentences} sentence(s) for the source's {src_sentences}, and shorter "
                f"than usual ({general:.0%}): a sentence may be missing",
                confidence=0.4,
            )


@check(
    "bilingual.addition",
    Category.CONSISTENCY,
    "a translation much longer than its source",
    bilingual=True,
    scope="batch",  # the median length ratio of the batch's units of the same pair
    examples=(
        "政府决定推迟改革。\tThe government, which had been under growing pressure from unions, "
        "business groups and the opposition for many months, decided to postpone the reform.",
    ),
    near_misses=(
        "政府决定推迟改革。\tThe government decided to postpone the reform.",
        "Sì.\tYes, of course.",
    ),
)
def addition(text: str, ctx: CheckContext) -> Iterator[Issue]:
    source = ctx.source
    if not source or not text.strip() or (not _long_enough(source) and _len(source) < 8):
        return
    ratio = _len(text) / (_len(source) * _expected(ctx, source))
    if ratio > LONG and len(text.split()) >= 8:
        yield ctx.issue(
            0,
            len(text),
            f"much longer than its source ({ratio:.0%} of the usual length): "
            "something may have been added",
            confidence=0.5,
        )
