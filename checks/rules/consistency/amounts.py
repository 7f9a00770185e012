"""Amount relations for consistency.figures: what a named subject handled, carried, employs.

An *amount* is a figure with a unit of measure said of a named subject at the
head of its sentence: "The port of Kelvara handled 52 million tonnes of cargo
last year".  Its relation is the subject (a name, with the noun of its kind:
"the port of X", "X port", "X's port", or "the port" alone when the file ties
that noun to one name only), the verb, the unit, the noun after "of" and the
sentence's words of time ("last year", "2023").  figures.py keys the name
through the name-variant index and flags two files whose amounts for one
relation cannot agree.

Precision first: a sentence is left alone when it compares or forecasts (the
words are in resources/consistency/figures.toml), holds a quotation or another
number, or gives a rate ("110,000 passengers a day").  Units and the other word
lists are data in the same TOML file, under [amounts].
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files
from typing import Any

import regex

from copydesk.checks.lexicon import zipf
from copydesk.checks.rules.consistency.common import function_words
from copydesk.checks.rules.consistency.names import fold

NAME_ZIPF = 4.0  # a subject has a word rarer than this: a proper name
_SENTENCE_END = regex.compile(r"\n|[.!?][\"'”’)]*\s+(?=[\"'“‘(]*\p{Lu})")
_YEAR = r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]?\d)"
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_QUOTES = regex.compile(r"[\"“”„«»]")
_WORD = regex.compile(r"\S+")

# One amount: start, end, text, subject as shown, "amount", name, relation, low, high
Amount = tuple[int, int, str, str, str, str, str, float, float]


@cache
def _config() -> dict[str, Any]:
    data = (files("copydesk.resources") / "consistency" / "figures.toml").read_text("utf-8")
    return tomllib.loads(data)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of words or phrases, longest first, spaces as any space."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _name() -> str:
    particles = _alternation(_config()["places"]["particles"])
    word = r"\p{Lu}[\p{L}\-]*"
    return rf"{word}(?:[ \u00a0](?:(?:{particles})[ \u00a0])*{word})*"


def _kinds() -> str:
    cfg = _config()
    return _alternation(list(cfg["places"]["nouns"]) + list(cfg["amounts"]["kinds"]))


@cache
def _tied() -> regex.Pattern[str]:
    """A name tied to the noun of its kind: "the port of X", "X port", "X's port"."""
    name, kinds = _name(), _kinds()
    return regex.compile(
        rf"\b(?i:the)\s+(?P<kind>(?i:{kinds}))\s+of\s+(?P<name>{name})"
        rf"|(?<!\p{{L}})(?P<name2>{name})(?:['’]s)?\s+(?P<kind2>{kinds})\b"
    )


@cache
def _amount() -> regex.Pattern[str]:
    """A sentence that opens with its subject, a verb and an amount."""
    cfg, name, kinds = _config(), _name(), _kinds()
    amounts = cfg["amounts"]
    quals = [q for q in list(cfg["hedges"]) + list(cfg["bounds"]) if q != "exact"]
    return regex.compile(
        r"\A(?:\p{Lu}{2,}[\p{L}\s,.]{0,40}?\s+[—–]+\s+)?"  # a dateline: "PORTVILLE, Land — "
        r"(?:(?:In|Last|This)\s+[\p{L}\d ]{1,25},?\s+)?"  # "Last year, "
        rf"(?:(?i:the)\s+(?P<kind1>(?i:{kinds}))\s+of\s+(?P<name1>{name})"
        rf"|(?i:the)\s+(?P<kind3>(?i:{kinds}))"
        rf"|(?:(?i:the)\s+)?(?P<name2>{name})(?:['’]s)?\s+(?P<kind2>{kinds})"
        rf"|(?P<name4>{name}))"
        rf"\s+(?:(?:{_alternation(amounts['aux'])})\s+)?(?P<verb>\p{{Ll}}+)\s+"
        rf"(?P<figure>(?:(?P<qual>(?i:{_alternation(quals)}))\s+)?"
        rf"(?P<num>{_NUMBER})(?:\s?(?P<scale>{_alternation(amounts['scales'])}))?\s+"
        rf"(?P<unit>{_alternation(amounts['units'])})\b"
        r"(?:\s+of\s+(?P<noun>[\p{Ll}\-]+(?:\s+[\p{Ll}\-]+){0,2}))?)"
    )


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        yield start, m.start() + 1
        start = m.end()
    yield start, len(text)


def _folded(name: str) -> str:
    return "".join(fold(p) for p in regex.split(r"[\s\-‐‑]+", _bare(name)) if p)


def _bare(name: str) -> str:
    """The name without a leading "The": "The Kelvara" is "Kelvara"."""
    return regex.sub(r"\A(?i:the)\s+", "", name)


def _is_name(name: str) -> bool:
    particles = set(_config()["places"]["particles"])
    words = [w for w in regex.findall(r"\p{L}+", name) if w.casefold() not in particles]
    return any(zipf(w) < NAME_ZIPF for w in words)


def _owners(text: str) -> dict[str, set[str]]:
    """Per noun of a kind, the names the file ties it to ("the port of X": port -> X)."""
    owners: dict[str, set[str]] = {}
    for m in _tied().finditer(text):
        name = _bare(m.group("name") or m.group("name2"))
        kind = (m.group("kind") or m.group("kind2")).casefold()
        if _is_name(name):
            owners.setdefault(kind, set()).add(_folded(name))
    return owners


def _subject(m: regex.Match[str], text: str) -> tuple[str, str] | None:
    """The subject's name and the noun of its kind ("" for a bare name)."""
    kind = (m.group("kind1") or m.group("kind2") or m.group("kind3") or "").casefold()
    name = m.group("name1") or m.group("name2") or m.group("name4")
    if name is None:  # "the port": the one name the file ties to "port"
        named = {
            _folded(t.group("name") or t.group("name2")): t.group("name") or t.group("name2")
            for t in _tied().finditer(text)
            if (t.group("kind") or t.group("kind2")).casefold() == kind
            and _is_name(t.group("name") or t.group("name2"))
        }
        if len(named) != 1:
            return None
        name = next(iter(named.values()))
    name = _bare(name)
    if not _is_name(name):
        return None
    if m.group("name1") is None and not _named_inside(name, text):
        return None  # "Inspectors seized 2 tonnes": capitalised only as a sentence's first word
    return name, kind


def _named_inside(name: str, text: str) -> bool:
    """The name's first word is written capitalised inside a sentence somewhere in the file."""
    first = regex.escape(name.split()[0])
    return regex.search(rf"(?<=[\p{{Ll}}\d,;:)]\s{{1,3}}){first}(?!\p{{L}})", text) is not None


def _has_word(words: list[str], text: str) -> bool:
    if not words:
        return False
    pattern = rf"(?<![\p{{L}}\d])(?:{_alternation(words)})(?![\p{{L}}\d])"
    return regex.search(pattern, text) is not None


def _quoted(text: str, start: int, end: int) -> bool:
    """The sentence holds a quotation mark, or stands inside an open quotation."""
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start]
    open_curly = before.count("“") > before.count("”")
    return bool(_QUOTES.search(text, start, end)) or before.count('"') % 2 == 1 or open_curly


def _narrowed(rest: str) -> bool:
    """Words other than time between the amount and the clause's end narrow it down:
    "52 million tonnes of cargo by rail", "3,400 employees in Kelvara"."""
    clause = regex.split(r"[,;:.!?—–()]", rest, maxsplit=1)[0]
    amounts = _config()["amounts"]
    allowed = set(amounts["time"]["words"]) | set(amounts["time"]["links"])
    words = regex.findall(rf"{_YEAR}|\S+", clause)
    return any(not w[0].isdigit() and w.casefold() not in allowed for w in words)


def _left_alone(sentence: str, m: regex.Match[str], end: int) -> bool:
    """Comparisons, forecasts, rates and sentences with a second number."""
    cfg = _config()["amounts"]
    # "more than 52 million" is a bound, not a comparison: the qualifier is left out
    plain = sentence[:1].lower() + sentence[1 : m.start("figure")] + sentence[m.end("num") :]
    if _has_word(cfg["compare"], plain):
        return True
    rest = sentence[end:]
    if _narrowed(rest):
        return True
    if regex.match(rf"[\s,]*(?:{_alternation(cfg['rates'])})\b", rest):
        return True
    others = regex.sub(_YEAR, "", sentence[: m.start("figure")] + sentence[m.end("num") :])
    return regex.search(r"\d", others) is not None


def _measured(sentence: str, m: regex.Match[str]) -> tuple[str, int]:
    """The noun after "of", cut before a function word or time word, and where it ends."""
    if not m.group("noun"):
        return "", m.end("unit")
    stop = function_words() | set(_config()["amounts"]["time"]["words"])
    kept: list[str] = []
    end = m.end("unit")
    for word in _WORD.finditer(sentence, m.start("noun"), m.end("noun")):
        if word.group().casefold() in stop:
            break
        kept.append(word.group().casefold())
        end = word.end()
    return " ".join(kept), end


def _time(sentence: str) -> str:
    """The sentence's words of time in order: "last year", "2023", "year september"."""
    words = set(_config()["amounts"]["time"]["words"])
    found = regex.findall(rf"{_YEAR}|\p{{L}}+", sentence)
    return " ".join(w.casefold() for w in found if w[0].isdigit() or w.casefold() in words)


def _range(m: regex.Match[str]) -> tuple[float, float]:
    """What the figure allows: hedged 15 %, a bound one side, exact as rounded."""
    cfg = _config()
    scale = cfg["amounts"]["scales"].get((m.group("scale") or "").casefold(), 1.0)
    digits = m.group("num").replace(",", "")
    value = float(digits) * scale
    qual = " ".join(m.group("qual").casefold().split()) if m.group("qual") else ""
    bound = cfg["bounds"].get(qual)
    if bound == "min":
        return value, float("inf")
    if bound == "max":
        return 0.0, value
    if qual in cfg["hedges"]:
        tol = cfg["hedges"][qual]
        return value * (1 - tol), value * (1 + tol)
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    half = max(step * scale / 2, value * cfg["amounts"]["exact_floor"])
    return value - half, value + half


def _verb(word: str) -> str:
    """A crude stem, so "handled", "handles" and "handle" are one verb."""
    return regex.sub(r"(?:ed|es|e|s|d)\Z", "", word.casefold()) or word.casefold()


def amounts(text: str) -> list[Amount]:
    """The map step for amounts: one file's amounts with the relation each states."""
    cfg = _config()["amounts"]
    found: list[Amount] = []
    for start, end in _sentences(text):
        sentence = text[start:end]
        m = _amount().match(sentence)
        if m is None or _quoted(text, start, end) or _has_word(cfg["not_verbs"], m["verb"]):
            continue  # "Varga said 52 million tonnes were ...": the figure is not the object
        noun, stop = _measured(sentence, m)
        if _left_alone(sentence, m, stop):
            continue
        subject = _subject(m, text)
        if subject is None:
            continue
        name, kind = subject
        unit = cfg["units"][regex.sub(r"\s+", " ", m.group("unit"))]
        verb = _verb(m.group("verb"))
        relation = "|".join((kind, verb, unit, noun, _time(sentence)))
        low, high = _range(m)
        a, b = start + m.start("figure"), start + stop
        shown = f"{name} {kind}".strip()
        found.append((a, b, text[a:b], shown, "amount", name, relation, low, high))
    return found
