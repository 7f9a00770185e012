"""What surrounds a figure: the unit it carries and the range it belongs to.

A translation can keep every figure and still get the number wrong: ``360天``
(days) as "360 years", or the range ``2倍到10倍`` ("two to ten times") as "twice
as bad as 10 times".  ``unit_conflicts`` pairs a source figure followed by a unit
(``resources/bilingual/units.toml``: Chinese characters and the words of several
European languages, Russian and Arabic) with the target figures of the same
value, and reports the pair when the target gives it only another unit of the
table.  ``broken_ranges`` finds two source figures joined as a range (``到``,
``至``, ``直到``, ``~``, a dash, ``a``/``до``/``إلى``, or CJK figures with one unit
each side by side, ``2倍10倍``) and reports the pair of target figures that
state both values with no range word between them ("to", "or", a dash, "and" after
"between").
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex

from copydesk.checks.bilingual.numbers import (
    Figure,
    _config,
    and_a_half,
    source_figures,
    stand_in_values,
    target_figures,
    words,
)

# Between two source figures: an optional unit (a CJK one or "%"), then a range mark.
_SOURCE_RANGE = regex.compile(
    r"\s*(?:%|\p{Script=Han}{1,2})?\s*(?:到|至|直到|~|～|-|–|—|\ba\b|\bal\b|\bдо\b|إلى)\s*",
)
# CJK figures side by side with the same unit after each: "2倍10倍", "8小时10小时".
_CJK_UNIT = regex.compile(r"\s*(\p{Script=Han}{1,2})\s*")
_TARGET_RANGE = regex.compile(r"\b(?:to|through|till|until|or|thru)\b|[-–—/]", regex.I)
# "and" joins a range only after "between": "between 2 and 10 times", not "twice and 10 times".
_BETWEEN = regex.compile(r"\bbetween\s+(?:\S+\s+){0,2}$", regex.I)
_AND = regex.compile(r"\band\b", regex.I)
_TARGET_WORD = regex.compile(r"[A-Za-z]+")
_AND_A_HALF = regex.compile(r"\b[\p{L}\d.,]+(?:\s+\p{L}+)?\s+and\s+a\s+half\b", regex.I)
_UNIT_AFTER = regex.compile(r"[\s\u00a0\u202f-]*(\p{L}+|°|%)")


@dataclass(frozen=True)
class Found:
    """A target span to report and the source figure it answers to."""

    start: int
    end: int
    message: str


@cache
def _units() -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    """(source form, unit) longest form first, and English word -> unit."""
    data = (files("copydesk.resources") / "bilingual" / "units.toml").read_text("utf-8")
    table = tomllib.loads(data)["units"]
    source = sorted(
        ((form, unit) for unit, forms in table.items() for form in forms["source"]),
        key=lambda pair: -len(pair[0]),
    )
    english = {word.lower(): unit for unit, forms in table.items() for word in forms["en"]}
    return tuple(source), english


def _source_unit(text: str, end: int) -> tuple[str, str] | None:
    """(the unit's form as written, the unit) right after a source figure."""
    after = text[end : end + 12].lstrip()
    if after.startswith("年代"):  # "90年代" is a decade (the 1990s), not 90 years
        return None
    for form, unit in _units()[0]:
        # a whole word in alphabetic scripts ("ore", not "oregano"); CJK has no spaces
        if after.startswith(form) and (
            not form.isalpha()
            or _CJK_UNIT.fullmatch(form)
            or len(after) == len(form)
            or not after[len(form)].isalpha()
        ):
            return form, unit
    return None


def _target_unit(text: str, end: int) -> tuple[str, str] | None:
    m = _UNIT_AFTER.match(text, end, end + 24)
    unit = _units()[1].get(m.group(1).lower()) if m else None
    return (m.group(1), unit) if m and unit else None


def unit_conflicts(source: str, target: str) -> Iterator[Found]:
    """Target figures (digits or number words) that repeat a source figure's value with a
    different unit: "360 years", "three years" for 三天."""
    targets = _word_figures(target)
    for fig in source_figures(source):
        written = _source_unit(source, fig.end)
        if written is None:
            continue
        form, unit = written
        agree = {unit, *_kilo_reading(source, fig)}
        units = [(t, _target_unit(target, t.end)) for t in targets if t.values & fig.values]
        if any(u is not None and u[1] in agree for _t, u in units):
            continue
        for t, u in units:
            if u is not None:
                yield Found(t.start, t.end, f"{t.text} {u[0]} here, but the source has "
                            f"{fig.text} {form} ({unit})")  # fmt: skip
                break


def _kilo_reading(source: str, fig: Figure) -> set[str]:
    """五千米, 5千米: 5 km or 5,000 m; the unit of the reading the unit table did not take."""
    if fig.text.endswith("千"):  # read as 5,000 米: also 5 千米
        other = _source_unit(source, fig.end - 1)
    elif source[fig.end :].lstrip().startswith("千"):  # read as 5 千米: also 5,000 米
        other = _source_unit(source, source.index("千", fig.end) + 1)
    else:
        other = None
    return {other[1]} if other else set()


def _word_figures(text: str) -> list[Figure]:
    """Figures in digits and single number words ("two", "twice") of an English text."""
    cfg = _config()["english"]
    known = {**cfg["units"], **cfg["stand_ins"], **cfg["ordinals"]}
    found = list(target_figures(text))
    for m in _TARGET_WORD.finditer(text):
        value = known.get(m.group().lower())
        if value is not None and m.group().lower() not in ("a", "an"):
            values = frozenset(stand_in_values(value))
            found.append(Figure(m.start(), m.end(), m.group(), values))
    for m in _AND_A_HALF.finditer(text, overlapped=True):  # "three and a half": 3.5
        first = words(m.group())[0]
        half = and_a_half(words(m.group()))
        if half and (first in known or first[0].isdigit()):  # not "about three and a half"
            found.append(Figure(m.start(), m.end(), m.group(), frozenset(half)))
    return sorted(found, key=lambda f: f.start)


def _source_ranges(source: str) -> Iterator[tuple[Figure, Figure]]:
    figures = source_figures(source)
    for first, second in itertools.pairwise(figures):
        between = source[first.end : second.start]
        if _SOURCE_RANGE.fullmatch(between):
            yield first, second
            continue
        unit = _CJK_UNIT.fullmatch(between)
        if unit and source[second.end :].lstrip().startswith(unit.group(1)):
            yield first, second


def broken_ranges(source: str, target: str) -> Iterator[Found]:
    """Source ranges whose two values the target states without joining them."""
    figures = _word_figures(target)
    for low, high in _source_ranges(source):
        starts = [f for f in figures if f.values & low.values]
        for a in starts:
            b = next((f for f in figures if f.start >= a.end and f.values & high.values), None)
            if b is None:
                continue
            between = _BETWEEN.search(target[max(0, a.start - 40) : a.start])
            joined = _TARGET_RANGE.search(target, a.end, b.start) or (
                between and _AND.search(target, a.end, b.start)
            )
            if not joined:
                yield Found(a.start, b.end, f"the source gives a range, {low.text} to "
                            f"{high.text}; here the two are not joined as one")  # fmt: skip
            break
