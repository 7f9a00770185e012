"""Scripts and languages: which characters cannot be English, and lingua for the rest.

Script is enough where the source language has its own (Chinese, Japanese,
Korean, Arabic, Cyrillic, Greek, Hebrew, Thai, Devanagari): those characters in
an English target are untranslated.  For Latin-script sources (Italian,
Spanish ...) lingua-language-detector decides, restricted to the two languages
of the pair in its low-accuracy (trigram) mode, so that it loads in about 0.1 s
and answers in a fraction of a millisecond.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from lingua import LanguageDetector

FOREIGN_SCRIPTS = (
    "Han", "Hiragana", "Katakana", "Hangul", "Arabic", "Cyrillic", "Greek", "Hebrew", "Thai",
    "Devanagari", "Armenian", "Georgian",
)  # fmt: skip
# A run of foreign-script letters (with the spaces and marks inside it).
FOREIGN_RUN = regex.compile(
    "(?:" + "|".join(rf"\p{{Script={s}}}" for s in FOREIGN_SCRIPTS) + r")"
    r"(?:[\p{M}\s·'-]*(?:" + "|".join(rf"\p{{Script={s}}}" for s in FOREIGN_SCRIPTS) + "))*"
)
_LATIN = regex.compile(r"\p{Script=Latin}")
_LETTER = regex.compile(r"\p{L}")


def latin_share(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_LATIN.findall(text)) / letters if letters else 0.0


# Every letter of FOREIGN_SCRIPTS lies in these code points (Greek's first is U+0370; the
# Ohm sign is Greek too), as tests/checks/bilingual/test_foreign_pretest.py checks over all
# of Unicode.  The standard library scans for one plain class about ten times faster than
# ``regex`` tries a dozen script properties at every character, and an English article
# (curly quotes, dashes, accented Latin letters) holds no character there at all.
_MAYBE_FOREIGN = re.compile("[\u0370-\u1fff\u2126\u2c00-\U0010ffff]")


def has_foreign_script(text: str) -> bool:
    """Whether ``FOREIGN_RUN`` matches anywhere in ``text`` (a cheap scan first)."""
    maybe = _MAYBE_FOREIGN.search(text)
    # A run starts with a foreign letter, and none stands before the first candidate.
    return maybe is not None and FOREIGN_RUN.search(text, maybe.start()) is not None


@cache
def _detector(codes: tuple[str, ...]) -> LanguageDetector:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = [IsoCode639_1.from_str(c) for c in codes]
    # Low-accuracy mode reads trigrams only: it loads in a tenth of a second instead of
    # two, and it is reliable on what we ask (clauses of four words or more, two languages).
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).with_low_accuracy_mode().build()


def language_confidence(text: str, lang: str, against: str = "en") -> float:
    """How sure lingua is that ``text`` is in ``lang`` rather than ``against`` (0..1)."""
    try:
        detector = _detector(tuple(sorted({lang, against})))
    except (ValueError, AttributeError):
        return 0.0  # a language lingua does not know: no opinion
    for value in detector.compute_language_confidence_values(text):
        if value.language.iso_code_639_1.name.lower() == lang:
            return float(value.value)
    return 0.0


GUESSED = ("en", "it", "es", "fr", "de", "pt")  # Latin-script languages guessed when unnamed


def guess_latin_language(text: str) -> str:
    """The likeliest of a few Latin-script languages for a source whose file names none."""
    if latin_share(text) < 0.8:
        return ""
    best = _detector(tuple(sorted(GUESSED))).detect_language_of(text)
    return best.iso_code_639_1.name.lower() if best is not None else ""


_KANA = regex.compile(r"[\p{Script=Hiragana}\p{Script=Katakana}]")
_HANGUL = regex.compile(r"\p{Script=Hangul}")
_HAN = regex.compile(r"\p{Script=Han}")
_SCRIPT_LANGUAGE = (("ar", r"\p{Script=Arabic}"), ("ru", r"\p{Script=Cyrillic}"),
                    ("el", r"\p{Script=Greek}"), ("he", r"\p{Script=Hebrew}"),
                    ("th", r"\p{Script=Thai}"), ("hi", r"\p{Script=Devanagari}"))  # fmt: skip


def primary(tag: str) -> str:
    """A language tag's language: ``zh-CN`` and ``zh_Hans`` are ``zh``."""
    return regex.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]


def language_pair(source_lang: str, target_lang: str, sources: Iterable[str]) -> str:
    """``src→tgt`` for a file: the languages it names, else its sources' script (or, for
    Latin script, lingua's guess among a few languages); the target English when unnamed.
    The source part is empty when nothing tells (a few short Latin-script phrases)."""
    src = primary(source_lang)
    if not src:
        sample = " ".join(itertools.islice(sources, 200))
        if _KANA.search(sample):
            src = "ja"
        elif _HANGUL.search(sample):
            src = "ko"
        elif _HAN.search(sample):
            src = "zh"
        else:
            guesses = (c for c, p in _SCRIPT_LANGUAGE if regex.search(p, sample))
            src = next(guesses, "") or guess_latin_language(sample)
    return f"{src}→{primary(target_lang) or 'en'}"
