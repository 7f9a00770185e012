"""Numbers in a source and in its English translation, as sets of possible values.

A figure is read in every way its writing allows: ``1.200`` is 1200 (Italian,
German) or 1.2 (English), ``1,5`` is 1.5, ``1 200`` and ``1 200`` are 1200;
digits of any script count (full-width ``３６０``, Arabic-Indic ``٣٦٠``).
Chinese numerals are read when they are clearly a number (two characters or
more, not an idiom like 十分 "very", not a vague count like 几十 "dozens");
``3万`` is 30,000.  On the English side, written-out numbers ("three hundred"),
scales ("1.2 million"), and words that stand for a number ("twice", "a decade",
"March") give values too, so a source ``2`` is matched by "twice".
"""

from __future__ import annotations

import math
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import regex

_FIGURE = regex.compile(
    r"(?<![\d.,])(\d{1,3}(?:(?:[,.'\u00a0\u202f\u2009]| (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?![\d])"
)
_GROUPED = regex.compile(r"(\d{1,3})((?:[,.'\u00a0\u202f\u2009 ]\d{3})+)([.,]\d+)?")
_NON_DIGIT = regex.compile(r"\D")
_NEXT_WORD = regex.compile(r"\s*(\p{L}+)")
_DIGITS_TOKEN = regex.compile(r"\d[\d.,]*")
# Arabic decimal and group marks, the full-width full stop.  Not the full-width comma:
# in Chinese it separates clauses and list items ("8英尺，12英尺"), never digit groups.
_SEPARATORS = {"٫": ".", "٬": ",", "．": "."}


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    values: frozenset[float]


@cache
def _config() -> dict[str, Any]:
    data = (files("copydesk.resources") / "bilingual" / "numbers.toml").read_text("utf-8")
    return tomllib.loads(data)


def _key(v: float) -> float:
    try:
        return float(f"{v:.6g}")
    except OverflowError:  # a run of numerals read digit by digit: no float holds it
        return math.inf


def ascii_digits(text: str) -> str:
    """The text with every decimal digit as ASCII and foreign separators as ASCII ones
    (same length, so offsets stay valid)."""
    out = []
    for c in text:
        if c.isdigit() and not c.isascii():
            d = unicodedata.decimal(c, None)
            out.append(str(d) if d is not None else c)
        else:
            out.append(_SEPARATORS.get(c, c))
    return "".join(out)


def _readings(token: str) -> set[float]:
    """Every value a written figure may have."""
    values: set[float] = set()
    groups = _GROUPED.fullmatch(token)
    if groups:
        seps = set(_NON_DIGIT.findall(groups.group(2)))
        whole = int(groups.group(1) + _NON_DIGIT.sub("", groups.group(2)))
        frac = groups.group(3)
        if frac and frac[0] not in seps:
            values.add(whole + float("0." + frac[1:]))
        elif not frac:
            values.add(whole)
        one = len(seps) == 1 and seps <= {",", "."} and groups.group(2).count(next(iter(seps))) == 1
        if one and not frac:
            values.add(float(token.replace(",", ".")))  # 1.200 as a decimal
    elif len(_NON_DIGIT.findall(token)) > 1:  # 3.11.2, 192.168.1.1, 2,3,4: no one figure
        return set()
    else:
        values.add(float(token.replace(",", ".")))
        if "," in token:  # 3,5 in English prose can also be "3, 5": keep both readings cheap
            values.add(float(token.replace(",", "")))
    return {_key(v) for v in values}


def chinese_value(numeral: str) -> int | None:
    cfg = _config()["chinese"]
    digits, units, sections = cfg["digits"], cfg["units"], cfg["sections"]
    if all(c in digits for c in numeral):
        if len(numeral) < 3:  # 一两, 三四: "one or two", "three or four", not 12 or 34
            return None
        return int("".join(str(digits[c]) for c in numeral))  # 二〇一九: digit by digit
    total = section = number = 0
    for c in numeral:
        if c in digits:
            number = digits[c]
        elif c in units:
            section += (number or 1) * units[c]
            number = 0
        elif c in sections:
            total += (section + number) * sections[c]
            section = number = 0
        else:
            return None
    return total + section + number


@cache
def _chinese_pattern() -> regex.Pattern[str]:
    cfg = _config()["chinese"]
    chars = "".join([*cfg["digits"], *cfg["units"], *cfg["sections"]])
    return regex.compile(f"[{chars}]+")


def source_figures(text: str) -> list[Figure]:
    """Figures a translation must carry: digits (any script) and clear Chinese numerals."""
    cfg = _config()["chinese"]
    norm = ascii_digits(text)
    found: list[Figure] = []
    for m in _FIGURE.finditer(norm):
        values = _readings(m.group())
        after = norm[m.end() : m.end() + 2]
        for word, factor in cfg["multipliers"].items():
            if after.startswith(word):
                values |= {_key(v * factor) for v in values}
        # A year may be shortened in the translation: "the 2019-20 season" for 2019-2020.
        values |= {_key(v % 100) for v in values if 1900 <= v < 2100 and v == int(v)}
        found.append(Figure(m.start(), m.end(), text[m.start() : m.end()], frozenset(values)))
    for m in _chinese_pattern().finditer(text):
        numeral = m.group()
        value = chinese_value(numeral)
        if value is None or len(numeral) < 2 or value < 10:
            continue
        if any(idiom in text[max(0, m.start() - 2) : m.end() + 2] for idiom in cfg["idioms"]):
            continue
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if (before and before in cfg["vague_before"]) or (after and after in cfg["vague_after"]):
            continue
        if after == "分" and numeral[-1] == "十":  # 十分 "very"
            continue
        found.append(Figure(m.start(), m.end(), numeral, frozenset({_key(value)})))
    return sorted(found, key=lambda f: f.start)


def loose_source_values(text: str) -> set[float]:
    """Every number the source may mean, single Chinese numerals included (for additions)."""
    values = {v for f in source_figures(text) for v in f.values}
    cfg = _config()["chinese"]
    for m in _chinese_pattern().finditer(text):
        v = chinese_value(m.group())
        if v is not None:
            values.add(_key(v))
        values |= {_key(cfg["digits"].get(c, 0)) for c in m.group()}
    return values


def target_figures(text: str) -> list[Figure]:
    """Figures written in digits in an English target."""
    norm = ascii_digits(text)
    scales = _config()["english"]["scales"]
    found = []
    for m in _FIGURE.finditer(norm):
        values = _readings(m.group())
        word = _NEXT_WORD.match(norm, m.end(), m.end() + 20)  # "1.5 million", "$1.2bn"
        if word and word.group(1).lower() in scales:  # 1.5 million
            values |= {_key(v * scales[word.group(1).lower()]) for v in values}
        values |= {_key(v % 100) for v in values if 1900 <= v < 2100 and v == int(v)}  # 1990s
        found.append(Figure(m.start(), m.end(), text[m.start() : m.end()], frozenset(values)))
    return found


_WORD = regex.compile(r"[\p{L}]+|\d[\d.,]*")


def target_values(text: str) -> set[float]:
    """Every number an English target states: figures, number words, scales, stand-ins."""
    cfg = _config()["english"]
    units, scales, stand_ins = cfg["units"], cfg["scales"], cfg["stand_ins"]
    values: set[float] = set()
    for f in target_figures(text):
        values |= f.values
    tokens = [t.lower() for t in _WORD.findall(ascii_digits(text).replace("-", " "))]
    total = current = 0.0
    in_number = False
    for i, tok in enumerate(tokens):
        # A token of digits that is no one figure (3.11.2) has no readings: not a number.
        figure = _readings(tok.rstrip(".,")) if _DIGITS_TOKEN.fullmatch(tok) else set()
        if tok in units or figure:
            vals = figure or {float(units[tok])}
            current = max(vals) if figure else current + units[tok]
            values |= vals
            in_number = True
        elif tok in scales and in_number:
            current = (current or 1) * scales[tok]
            if scales[tok] >= 1000:
                total, current = total + current, 0.0
            values.add(_key(total + current))
            # "1.2 million": every reading of the figure times the scale
            prev = tokens[i - 1]
            if _DIGITS_TOKEN.fullmatch(prev):
                values |= {_key(v * scales[tok]) for v in _readings(prev.rstrip(".,"))}
        elif tok == "and" and in_number:
            continue
        else:
            if in_number:
                values.add(_key(total + current))
            total = current = 0.0
            in_number = False
        if tok in stand_ins:
            values.add(_key(stand_ins[tok]))
        if tok in scales:
            values.add(_key(scales[tok]))
    if in_number:
        values.add(_key(total + current))
    # A year also names its decade ("the 1990s" for 90年代) and century (二十世纪).
    years = {v for v in values if 1000 <= v < 2100 and v == int(v)}
    values |= {_key(v % 100) for v in years} | {_key(v // 100 + 1) for v in years}
    return values


def matched(figure: Figure, values: set[float]) -> bool:
    return bool(figure.values & values)
