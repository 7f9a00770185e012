"""consistency.figures: one distance or amount given with different numbers (flag only).

Why: agencies round, convert and sometimes garble figures; when two articles
of one batch put the same place at 1,000 km and at 1,500 km from the same
city, at least one is wrong and the copy editor must find out which.

How: a *relation* is a distance figure tied to two names: "<Thing>, … some
1,700 kilometres south of <Place>" (the nearest name before the figure that is
not a location after "in"/"of", though "the town/hills/port of <Thing>" names
the thing; lower-case particles join a name: "Viña del Mar"), or "1,350
kilometers between <A> and <B>".  Names
are matched through the name-variant index, so "Zarechny" and "Zaretchny"
are one place.  Two relations with the same names whose ranges cannot agree
(approximate figures get 15 %, "more than" is a lower bound) are flagged, each
with the other's place in ``related``.  Durations and figures with no clear
thing measured are left alone: a 20-hour drive and a 40-hour return flight are
not a conflict.

A second relation is an *amount* (amounts.py): a figure with a unit of measure
said of a named subject at the head of its sentence, "The port of Kelvara
handled 52 million tonnes of cargo last year", keyed by the subject's name
(through the same index), the noun of its kind, the verb, the unit, the noun
after "of" and the words of time.  Two amounts of one relation in DIFFERENT
files that cannot agree are flagged (hedges and bounds as for distances; an
exact figure is read as rounded, but at least 2 %).  Sentences that compare or
forecast, quote, give a rate or hold another number are left alone, and so is a
file that contradicts only itself.

Example: ``the Zarechny observatory, some 1,700 kilometres south of Irkutsk``
in one file and ``the Zaretchny observatory, in the far north, 1,100 km from
Irkutsk`` in another; ``The port handled 52 million tonnes of cargo last year``
and ``…55 million tonnes of cargo last year`` in two files that both name the
port of Kelvara.  Fix: none offered; a human checks the facts.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import regex

from copydesk.checks.context import BatchIndex, BatchMember, CheckContext, Resolver
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category, Issue, Location
from copydesk.checks.registry import check
from copydesk.checks.rules.consistency.amounts import amounts
from copydesk.checks.rules.consistency.names import NAMES, NameIndex, fold, mentions

# Cheap test before the full pattern: a number right before something like a unit.
_QUICK = regex.compile(r"\d\s?(?i:k|mi)")
_SENTENCE_END = regex.compile(r"\n|[.!?][\"'”’)]*\s+(?=[\"'“‘(]*\p{Lu})")
MAX_GAP = 80  # characters between the thing measured and its figure
NAME_ZIPF = 4.0  # the thing measured has a word rarer than this: a proper name


@cache
def _config() -> dict[str, Any]:
    data = (files("copydesk.resources") / "consistency" / "figures.toml").read_text("utf-8")
    return tomllib.loads(data)


@cache
def _pattern() -> regex.Pattern[str]:
    cfg = _config()
    units = "|".join(sorted(map(regex.escape, cfg["units"]), key=len, reverse=True))
    quals = [q for q in list(cfg["hedges"]) + list(cfg["bounds"]) if q != "exact"]
    qual = "|".join(regex.escape(q).replace(r"\ ", r"\s+") for q in sorted(quals, key=len)[::-1])
    direction = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    return regex.compile(
        rf"(?:\b(?i:(?P<qual>{qual}))\s+)?"
        rf"(?<![\d.,])(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\s?(?i:(?P<unit>{units}))\b\.?"
        rf"(?:\s+(?i:(?:away\s+)?from|{direction}\s+of|outside(?:\s+of)?)\s+(?:the\s+)?"
        rf"(?P<anchor>\p{{Lu}}[\p{{L}}\-]*(?:[ \u00a0]\p{{Lu}}[\p{{L}}\-]*)*)"
        rf"|\s+between\s+(?P<a>\p{{Lu}}[\p{{L}}\-]*(?:[ \u00a0]\p{{Lu}}[\p{{L}}\-]*)*)"
        rf"\s+and\s+(?P<b>\p{{Lu}}[\p{{L}}\-]*(?:[ \u00a0]\p{{Lu}}[\p{{L}}\-]*)*))"
    )


@dataclass(frozen=True)
class Figure:
    member: int
    start: int
    end: int
    text: str
    subject: str  # as written
    low: float
    high: float


def _key(name: str, index: NameIndex) -> str:
    parts = [fold(p) for p in regex.split(r"[\s\-‐‑]+", name) if p]
    key = "".join(parts)
    return index.canonical.get(key, key)


def _range(qual: str | None, value: float, converted: bool) -> tuple[float, float]:
    cfg = _config()
    slack = 0.05 if converted else 0.0
    q = " ".join(qual.casefold().split()) if qual else ""
    bound = cfg["bounds"].get(q)
    if bound == "min":
        return value, float("inf")
    if bound == "max":
        return 0.0, value
    tol = cfg["hedges"].get(q, cfg["hedges"]["exact"]) + slack
    return value * (1 - tol), value * (1 + tol)


def _names(sentence: str, before: int) -> Iterator[tuple[int, int]]:
    """Spans of names before ``before``, with lower-case particles joined: "Viña del Mar"."""
    particles = _config()["places"]["particles"]
    joiner = regex.compile(
        rf"[ \u00a0]+(?:(?:{'|'.join(map(regex.escape, particles))})[ \u00a0]+)+\Z"
    )
    held: tuple[int, int] | None = None
    for items, _b, _a in mentions(sentence[:before]):
        start, end = items[0].start, items[-1].end
        if held is not None and joiner.match(sentence, held[1], start):
            held = (held[0], end)
            continue
        if held is not None:
            yield held
        held = (start, end)
    if held is not None:
        yield held


@cache
def _place_of() -> regex.Pattern[str]:
    nouns = "|".join(map(regex.escape, _config()["places"]["nouns"]))
    # "the (small) town of X", "the hills of X": X is the place the figure is about
    return regex.compile(rf"(?i)\bthe\s+(?:\p{{L}}+\s+)?(?:{nouns})\s+of\s+\Z")


def _subject(sentence: str, before: int, anchor: str) -> str | None:
    """The name a figure measures: the last name before it, skipping "in <region>"."""
    clause_words = set(_config()["clauses"]["words"])
    particles = set(_config()["places"]["particles"])
    found: str | None = None
    for start, end in _names(sentence, before):
        name = " ".join(sentence[start:end].split())
        gap = sentence[end:before]
        lead = sentence[max(0, start - 8) : start].casefold()
        if regex.search(r"\b(?:in|near|of|across)(?:\s+the)?\s*\Z", lead) and not (
            _place_of().search(sentence, max(0, start - 60), start)
        ):
            continue  # "…observatory, in the Arctic north, 1,000 km…": a location, not the thing
        if name.casefold() == anchor.casefold() or len(gap) > MAX_GAP:
            found = None
            continue
        if any(w.casefold() in clause_words for w in regex.findall(r"\p{L}+", gap)):
            found = None
            continue
        words = [w for w in regex.findall(r"\p{L}+", name) if w.casefold() not in particles]
        if not any(zipf(w) < NAME_ZIPF for w in words):
            found = None  # "Russian troops": a people, not a place that stays put
            continue
        if regex.search(r"\d", gap):
            found = None
            continue
        found = name
    return found


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (a line break or a full stop before it)."""
    floor = max(0, pos - 400)
    best = floor
    for m in _SENTENCE_END.finditer(text, floor, pos):
        best = m.end()
    return best


# One figure as the map step sees it: where it is, what it says, the names it ties
# together ("from" subject and anchor, or "between" two places), and its range.
Candidate = tuple[int, int, str, str, str, str, str, float, float]


def _candidates(member: BatchMember) -> list[Candidate]:
    """The map step: one file's distance figures with the names they tie together."""
    cfg = _config()
    text = member.text
    found: list[Candidate] = amounts(text)
    if not _QUICK.search(text):
        return found
    for m in _pattern().finditer(text):
        unit = m.group("unit").casefold()
        value = float(m.group("num").replace(",", "")) * cfg["units"][unit]
        converted = "kilo" not in unit and unit not in ("km", "kms")
        low, high = _range(m.group("qual"), value, converted)
        if m.group("anchor"):
            anchor = m.group("anchor")
            begin = _sentence_start(text, m.start())
            subject = _subject(text[begin : m.start()], m.start() - begin, anchor)
            if subject is None:
                continue
            found.append(
                (m.start(), m.end(), m.group(), subject, "from", subject, anchor, low, high)
            )
        else:
            a, b = m.group("a"), m.group("b")
            found.append((m.start(), m.end(), m.group(), f"{a} – {b}", "between", a, b, low, high))
    return found


def _add(acc: list[tuple[int, list[Candidate]]], member: int, found: list[Candidate]) -> None:
    if found:
        acc.append((member, found))


def _figures(
    found: list[tuple[int, list[Candidate]]], index: NameIndex
) -> dict[tuple[str, ...], list[Figure]]:
    relations: dict[tuple[str, ...], list[Figure]] = defaultdict(list)
    for m_index, candidates in found:
        for start, end, matched, subject, kind, x, y, low, high in candidates:
            if kind == "from":
                key: tuple[str, ...] = ("from", _key(x, index), _key(y, index))
            elif kind == "amount":  # y: the noun of its kind, verb, unit, noun, time
                key = ("amount", _key(x, index), y)
            else:
                key = ("between", *sorted((_key(x, index), _key(y, index))))
            relations[key].append(Figure(m_index, start, end, matched, subject, low, high))
    return relations


def _conflicts(
    found: list[tuple[int, list[Candidate]]], r: Resolver
) -> dict[int, list[tuple[Figure, list[Figure]]]]:
    """The reduce step: figures keyed through the name index, and those that disagree."""
    conflicts: dict[int, list[tuple[Figure, list[Figure]]]] = defaultdict(list)
    for key, figures in _figures(found, r.index(NAMES)).items():
        if len(figures) < 2:
            continue
        for fig in figures:
            against = [
                o
                for o in figures
                if o is not fig
                and (o.low > fig.high or o.high < fig.low)
                and (key[0] != "amount" or o.member != fig.member)  # amounts: other files only
            ]
            if against:
                conflicts[fig.member].append((fig, against))
    return conflicts


FIGURE_CONFLICTS: BatchIndex[
    list[Candidate],
    list[tuple[int, list[Candidate]]],
    dict[int, list[tuple[Figure, list[Figure]]]],
] = BatchIndex("consistency.figures", _candidates, list, _add, _conflicts, needs=(NAMES,))


@check(
    "consistency.figures",
    Category.CONSISTENCY,
    "The same distance or amount given with different numbers in the batch (flag only)",
    scope="batch",
    batch_indexes=(FIGURE_CONFLICTS,),
    examples=(
        "The governor will visit the Zarechny observatory, some 1,700 kilometres south of "
        "Irkutsk. Later he said the Zarechny observatory, in the far north, lies "
        "1,100 km from Irkutsk.",
        "The ferry covers the 1,350 kilometres between Harbin and Irkutsk. "
        "The trucks travelled the 900 km between Harbin and Irkutsk.",
        "Fires hit the hills of Puerto del Sol, about 210 km northwest of Lima. Homes in "
        "the hills of Puerto del Sol, some 120 km northwest of Lima, burned.",
    ),
    near_misses=(
        "The drive to Irkutsk takes 20 hours. In 2021 she took a 40-hour return flight to Jakarta.",
        "The Zarechny observatory lies 1,500 km from Irkutsk. The Kuzmin "
        "observatory lies 800 km from Tomsk.",
        "The base is about 1,500 km from Moscow. The base is roughly 1,450 km from Moscow.",
        "The Zarechny observatory is more than 1,100 km from Irkutsk. The Zarechny "
        "observatory is 1,700 km from Irkutsk.",
        "Varga said the dam is 300 km from Warsaw. Varga said the plant is 100 km from Warsaw.",
        "Fires hit the village of Alto Rojo, 50 km from Lima. Then the village of Bajo "
        "Verde, 90 km from Lima, burned.",
        "The Brava dam, in the south of Castilla, is 300 km from Madrid. The Negra dam, "
        "in the south of Castilla, is 120 km from Madrid.",
        # amounts are compared across files only: one file contradicting itself is left
        # to its editor (the batch's other files are what this check adds)
        "The port of Kelvara grew. The port handled 52 million tonnes of cargo last year. "
        "The port handled 55 million tonnes of cargo last year.",
        "Morvath airport carried 1.8 million passengers in 2023, up from 1.1 million.",
    ),
)
def figures(text: str, ctx: CheckContext) -> Iterator[Issue]:
    paths = ctx.batch.paths
    m_index = ctx.member
    for fig, against in ctx.index(FIGURE_CONFLICTS).get(m_index, ()):
        other = against[0]
        where = "in this file" if other.member == m_index else f"in {paths[other.member]}"
        more = f" and {len(against) - 1} more" if len(against) > 1 else ""
        yield ctx.issue(
            fig.start,
            fig.end - fig.start,
            f"‘{fig.text}’ ({fig.subject}) disagrees with ‘{other.text}’ {where}{more}:"
            " check which figure is right",
            confidence=0.6,
            related=[
                Location(paths[o.member], o.start, o.end - o.start, o.text) for o in against[:10]
            ],
        )
