"""Numbers in a source and in its English translation, as sets of possible values.

A figure is read in every way its writing allows: ``1.200`` is 1200 (Italian,
German) or 1.2 (English), ``1,5`` is 1.5, ``1 200`` and ``1 200`` are 1200;
digits of any script count (full-width ``３６０``, Arabic-Indic ``٣٦٠``).
Chinese numerals are read when they are clearly a number: two characters or
more (二十, 三千), or one before a measure word (三班, 两名, 五年, 两倍; not 一, which
English gives as "a" or nothing), an ordinal (第三), a fraction or percentage
(三分之一 is 1/3 or "a third", 百分之三十 is 30), a half (一半, 半年 "six months").
Not an idiom (十分 "very", 三番五次 "again and again"), a weekday (星期三), 第二天
("the next day"), or a count the source leaves open (几十, 数百, 十几, 三四十,
三十多).  ``3万`` is 30,000 and only that: "3 billion" does not answer ``3亿``.
On the English side, written-out numbers ("three hundred", "twenty-first"),
scales ("1.2 million"), "two and a half", Roman numerals ("World War II") and
words that stand for a number ("twice", "a decade", "a third", "tenfold",
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
_HAN = regex.compile(r"\p{Script=Han}")
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
    previous = ""
    for c in numeral:
        if c in digits:
            if previous in digits and digits[previous] and digits[c]:
                return None  # 三四十 "thirty or forty": an estimate, not 340 or 40
            number = digits[c]
        elif c in units:
            section += (number or 1) * units[c]
            number = 0
        elif c in sections:
            total += (section + number) * sections[c]
            section = number = 0
        else:
            return None
        previous = c
    return total + section + number


def _numeral_value(numeral: str) -> int | None:
    """chinese_value, and a lone digit (三) too."""
    digits = _config()["chinese"]["digits"]
    return digits[numeral] if len(numeral) == 1 and numeral in digits else chinese_value(numeral)


@cache
def _numeral_chars() -> str:
    cfg = _config()["chinese"]
    return "".join([*cfg["digits"], *cfg["units"], *cfg["sections"]])


@cache
def _chinese_pattern() -> regex.Pattern[str]:
    return regex.compile(f"[{_numeral_chars()}]+")


@cache
def _special_pattern() -> regex.Pattern[str]:
    """Fractions and percentages (三分之一, 百分之五), ordinals (第三), halves (一半, 半年)."""
    n = f"[{_numeral_chars()}]+"
    halves = "|".join(sorted(_config()["chinese"]["half_units"], key=len, reverse=True))
    return regex.compile(
        rf"(?P<den>{n})分之(?P<num>{n})|第(?P<ord>{n})|(?P<half>一半)|半(?P<unit>{halves})"
    )


def _idiom(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 3) : end + 3]
    return any(idiom in window for idiom in _config()["chinese"]["idioms"])


def _vague(text: str, start: int, end: int) -> bool:
    """几十, 数百, 三十多, 十几: a count the source itself leaves open."""
    cfg = _config()["chinese"]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return bool(before and before in cfg["vague_before"]) or bool(
        after and after in cfg["vague_after"]
    )


def _special_values(m: regex.Match[str], text: str) -> set[float] | None:
    """The values of a fraction, percentage, ordinal or half; None when it is no number."""
    cfg = _config()["chinese"]
    if m.group("den"):
        den, num = _numeral_value(m.group("den")), _numeral_value(m.group("num"))
        if not den or num is None or _vague(text, m.start(), m.end()):
            return None
        if den == 100:  # 百分之三十: 30 percent, 0.3
            return {num, num / 100}
        # 三分之一: 1/3, "a third" (the denominator's ordinal), "33 percent"
        percent = 100 * num / den
        return {num / den, den, round(percent, 1)} | ({round(percent)} if percent >= 1 else set())
    if m.group("ord"):
        value = _numeral_value(m.group("ord"))
        after = text[m.end() : m.end() + 3]
        if value is None or _vague(text, m.start("ord"), m.end()):
            return None
        if value == 2 and any(after.startswith(w) for w in cfg["next_after_second"]):
            return None  # 第二天 "the next day"
        return {value}
    if m.group("half"):
        return {0.5, 50}
    before = text[max(0, m.start() - 2) : m.start()].removesuffix("个")
    if before and before[-1] in cfg["half_not_after"] + _numeral_chars():
        return None  # 大半年 "most of the year"; 两个半小时 is read with its numeral
    return {0.5, *cfg["half_units"][m.group("unit")]}


def _special_figures(text: str) -> list[Figure]:
    found = []
    for m in _special_pattern().finditer(text):
        values = _special_values(m, text)
        if values is None or _idiom(text, m.start(), m.end()):
            continue
        found.append(Figure(m.start(), m.end(), m.group(), frozenset(_key(v) for v in values)))
    return found


@cache
def _multipliers() -> tuple[str, ...]:
    """万亿 before 万, 百万 before 万: the longest first."""
    return tuple(sorted(_config()["chinese"]["multipliers"], key=len, reverse=True))


def _measure_word(text: str, end: int) -> str | None:
    after = text[end : end + 3]
    return next((w for w in _measure_words() if after.startswith(w)), None)


@cache
def _measure_words() -> tuple[str, ...]:
    return tuple(sorted(_config()["chinese"]["measure_words"], key=len, reverse=True))


def _half_unit(text: str, at: int) -> str | None:
    units = sorted(_config()["chinese"]["half_units"], key=len, reverse=True)
    return next((u for u in units if text.startswith(u, at)), None)


def _count_values(text: str, start: int, end: int, value: int) -> tuple[set[float], int] | None:
    """A single numeral before a measure word (三班, 两倍, 五年半): its values and where it
    ends (after 年半, 个半小时: the half and its unit are part of it); None when it is no
    count."""
    cfg = _config()["chinese"]
    word = _measure_word(text, end)
    if word is None or _vague(text, start, end):
        return None
    half = text.startswith("半", end + len(word))  # 三年半, 一个半小时: and a half
    before = text[max(0, start - 2) : start]
    if value < 2 and not half:
        return None  # 一个 "a"
    if any(before.endswith(w) for w in cfg["weekday_before"]) or before.endswith("第"):
        return None  # 星期三 "Wednesday"; 第三 is read as an ordinal
    if half:  # 一个半小时 is also "90 minutes", 一年半 "18 months"
        after = end + len(word) + 1
        unit = word if word in cfg["half_units"] else _half_unit(text, after)
        more = cfg["half_units"].get(unit, [])
        stop = after + (len(unit) if unit and unit != word else 0)
        return {value + 0.5, *((2 * value + 1) * n for n in more)}, stop
    # 增加了三倍: after a verb of increase "three times" may mean "quadrupled"
    if word == "倍" and any(c in cfg["increase_before"] for c in text[max(0, start - 4) : start]):
        return {value, value + 1}, end
    return {value}, end


def _chinese_figures(text: str) -> list[Figure]:
    """Chinese numerals that are clearly a number, fractions, ordinals and halves included."""
    cfg = _config()["chinese"]
    special = _special_figures(text)
    found = list(special)
    for m in _chinese_pattern().finditer(text):
        numeral = m.group()
        if any(f.start < m.end() and m.start() < f.end for f in special):
            continue
        if ascii_digits(text[max(0, m.start() - 2) : m.start()]).rstrip()[-1:].isdigit():
            continue  # 3万, 5 千米, 3百万: the multiplier of a figure in digits
        value = _numeral_value(numeral)
        if value is None or _idiom(text, m.start(), m.end()):
            continue
        end = m.end()
        if len(numeral) < 2 or value < 10:
            values, end = _count_values(text, m.start(), m.end(), value) or (None, end)
        elif _vague(text, m.start(), m.end()) or (numeral[-1] + text[m.end() :])[:2] == "十分":
            continue  # 几十; 十分 "very"
        else:
            values = {value}
            if numeral[-1] == "千" and text[m.end() : m.end() + 1] in cfg["kilo_units"]:
                values.add(_numeral_value(numeral[:-1]) or 1)  # 五千米: 5 km or 5,000 m
        if values:
            figure = frozenset(_key(v) for v in values)
            found.append(Figure(m.start(), end, text[m.start() : end], figure))
    return found


def source_figures(text: str) -> list[Figure]:
    """Figures a translation must carry: digits (any script) and clear Chinese numerals."""
    cfg = _config()["chinese"]
    norm = ascii_digits(text)
    found: list[Figure] = []
    for m in _FIGURE.finditer(norm):
        values, end = _readings(m.group()), m.end()
        after = norm[m.end() : m.end() + 4].lstrip()
        word = next((w for w in _multipliers() if after.startswith(w)), None)
        if word:  # 3亿 is 300 million, not 3 billion: the bare 3 no longer answers it
            scaled = {_key(v * cfg["multipliers"][word]) for v in values}
            # 5千米 is 5 km as well as 5,000 m: there 千 is the unit's kilo-
            kilo = word == "千" and after[1:2] != "" and after[1] in cfg["kilo_units"]
            values = scaled | values if kilo else scaled
            if not kilo:  # the figure is "3亿", as the messages name it
                end = norm.index(word, m.end()) + len(word)
        # A year may be shortened in the translation: "the 2019-20 season" for 2019-2020.
        values |= {_key(v % 100) for v in values if 1900 <= v < 2100 and v == int(v)}
        found.append(Figure(m.start(), end, text[m.start() : end], frozenset(values)))
    if _HAN.search(text):
        found += _chinese_figures(text)
    return sorted(found, key=lambda f: f.start)


def loose_source_values(text: str) -> set[float]:
    """Every number the source may mean, single Chinese numerals included (for additions)."""
    values = {v for f in source_figures(text) for v in f.values}
    # the bare figure of 3亿 too: "3 hundred million" writes it so
    values |= {v for m in _FIGURE.finditer(ascii_digits(text)) for v in _readings(m.group())}
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
        word = _scale_after(norm, m.end())  # "1.5 million", "$1.2bn"
        if word:
            values |= {_key(v * scales[word.group(1).lower()]) for v in values}
        values |= {_key(v % 100) for v in values if 1900 <= v < 2100 and v == int(v)}  # 1990s
        found.append(Figure(m.start(), m.end(), text[m.start() : m.end()], frozenset(values)))
    return found


_WORD = regex.compile(r"[\p{L}]+|\d[\d.,]*")


def words(text: str) -> list[str]:
    """The lower-case words and figures of an English text, hyphens as spaces."""
    return [t.lower() for t in _WORD.findall(ascii_digits(text).replace("-", " "))]


def target_values(text: str) -> set[float]:
    """Every number an English target states: figures, number words, scales, stand-ins."""
    cfg = _config()["english"]
    units, scales, stand_ins = cfg["units"], cfg["scales"], cfg["stand_ins"]
    ordinals = cfg["ordinals"]
    values: set[float] = set()
    for f in target_figures(text):
        values |= f.values
    tokens = words(text)
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
                number = total + current
                if tok in ordinals and ordinals[tok] < 10 and number >= 20 and number % 10 == 0:
                    # "twenty-first" is 21; "one third" is no 4
                    values.add(_key(number + ordinals[tok]))
            elif tok in scales:  # "a billion", "hundreds": the scale alone, not "two billion"
                values.add(_key(scales[tok]))
            total = current = 0.0
            in_number = False
        if tok in stand_ins or tok in ordinals:
            values |= stand_in_values(stand_ins.get(tok, ordinals.get(tok, 0)))
    if in_number:
        values.add(_key(total + current))
    values |= and_a_half(tokens)
    values |= {_key(_roman(m.group())) for m in _ROMAN.finditer(text)}
    # A year also names its decade ("the 1990s" for 90年代) and century (二十世纪).
    years = {v for v in values if 1000 <= v < 2100 and v == int(v)}
    values |= {_key(v % 100) for v in years} | {_key(v // 100 + 1) for v in years}
    return values


def stand_in_values(value: float | list[float]) -> set[float]:
    """A stand-in's values: one ("twice") or several ("half" is 0.5 and 50 percent)."""
    return {_key(v) for v in (value if isinstance(value, list) else [value])}


def and_a_half(tokens: list[str]) -> set[float]:
    """ "two and a half", "a year and a half", "two and a half million": the whole plus 0.5
    (times the scale that follows)."""
    cfg = _config()["english"]
    found = set()
    for i in range(len(tokens) - 3):
        if tokens[i + 1 : i + 4] != ["and", "a", "half"]:
            continue
        scale = cfg["scales"].get(tokens[i + 4], 1) if i + 4 < len(tokens) else 1
        for word in tokens[max(0, i - 1) : i + 1]:  # the count, before its noun or not
            whole = 1 if word in ("a", "an") else cfg["units"].get(word)
            if whole is None and _DIGITS_TOKEN.fullmatch(word):
                whole = max(_readings(word.rstrip(".,")))
            if whole is not None:
                found |= {_key(whole + 0.5), _key((whole + 0.5) * scale)}
    return found


# Upper-case Roman numerals from II to XXXIX ("World War II", "Louis XIV"); not "I".
_ROMAN = regex.compile(r"\b(?=[XVI]{2})X{0,3}(?:IX|IV|VI{0,3}|I{0,3})\b")


def _roman(numeral: str) -> int:
    worth = {"I": 1, "V": 5, "X": 10}
    total = 0
    for c, nxt in zip(numeral, [*numeral[1:], ""], strict=True):
        total += -worth[c] if nxt and worth[nxt] > worth[c] else worth[c]
    return total


def matched(figure: Figure, values: set[float]) -> bool:
    return bool(figure.values & values)


# --- how a message names a figure -------------------------------------------------------

_CLOCK = regex.compile(r"(?<![\d.,:])\d{1,2}[:.]\d{2}(?![\d.,:]*\d)")


def whole_figure(text: str, fig: Figure, scale: bool = False) -> tuple[int, int]:
    """The span a message should quote for ``fig``: the whole clock time it is part of
    ("8:45", not "45"), and with ``scale`` the scale word after it ("13 million")."""
    start, end = fig.start, fig.end
    for m in _CLOCK.finditer(text, max(0, start - 3), min(len(text), end + 3)):
        if m.start() <= start and end <= m.end():
            start, end = m.start(), m.end()
    if scale:
        word = _scale_after(text, end)
        if word:
            end = word.end()
    return start, end


def _scale_after(text: str, end: int) -> regex.Match[str] | None:
    """The scale word right after a figure ending at ``end`` ("million", "bn"), if any."""
    word = _NEXT_WORD.match(text, end, end + 20)
    return word if word and word.group(1).lower() in _config()["english"]["scales"] else None


def spoken(source: str, fig: Figure) -> str:
    """A source figure as a message names it: as written, with its value in English words
    when a Chinese multiplier makes it ("1200万 (12 million)")."""
    start, end = whole_figure(source, fig)
    written = source[start:end]
    if not any(w in written for w in _multipliers()) or len(fig.values) != 1:
        return written
    (value,) = fig.values
    for word, scale in (("billion", 1e9), ("million", 1e6)):
        if value >= scale:
            return f"{written} ({_plain(value / scale)} {word})"
    return f"{written} ({_plain(value)})"


def _plain(value: float) -> str:
    return f"{int(value):,}" if value == int(value) else f"{value:,.6g}"
