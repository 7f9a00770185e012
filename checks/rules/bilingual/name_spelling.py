"""bilingual.name-spelling: a source name the translation spells differently.

Why: a translator retyping "Zubiñárez" writes "Zubiñarez", or "Marszelczyk" becomes
"Marszelcyk"; a reviser checks names against the source, and nothing else here
does.  How: each capitalised Latin-script word of the source that is not at a
sentence start (or that the source writes twice) is a name; a capitalised word of
the English target that is no source word and differs from it

* only by dropping some of its diacritics, not all, and changing or adding none
  (Zubiñarez: a name half retyped; one folded to plain letters, Zubinarez, is house
  style, and Réunion for Reunión is the name's own form: both left alone), or
* by one letter inside the word (not at its end, where a source inflects a name:
  Marszelczyka, Merkels), sharing its first letter, five letters or more, with no
  accented letter the source lacks (Curaçao for Curazao is the name's own form), and
  unknown to English (wordfreq below ``MAX_ZIPF``: a form English writes at all,
  Seville for Sevilla, Vostok for Vosztok, Rothera for Rotera, stays quiet),

is reported with the source's spelling offered; where the target also writes the
name as the source does, so is a form folded to plain letters (Zubiñárez ...
Zubinarez: the unit is inconsistent).  Two target words that could be the one name:
nothing is said.  Never on words in capitals.  Not safe: the editor confirms which
spelling is right.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.bilingual._common import mask, target_is_english

MAX_ZIPF = 1.0  # a target word wordfreq knows at all is a form English writes (Comoros)
MIN_EDIT_LEN = 5  # shorter names: one letter apart is too often another name
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_NAME = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*\p{Ll}[\p{L}\p{M}]*")
_LATIN = regex.compile(r"[\p{Script=Latin}\p{M}]+")
# What may stand between a sentence break and its first word: spaces, opening marks.
_OPENERS = " \t\r\u00a0\"'“‘«‹([{¿¡-–—*•"
_BREAKS = ".!?:;…\n"
# Letters NFD does not split into a base and a mark.
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i"})


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_name(word: str) -> bool:
    return bool(_NAME.fullmatch(word)) and bool(_LATIN.fullmatch(word))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(_OPENERS)
    return not before or before[-1] in _BREAKS


def _source_names(source: str) -> list[str]:
    """Names of the source: capitalised words not at a sentence start, or written twice."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(source)]
    counts: dict[str, int] = {}
    for word, _ in words:
        counts[word] = counts.get(word, 0) + 1
    names: list[str] = []
    for word, start in words:
        if word in names or not _is_name(word):
            continue
        if counts[word] > 1 or not _sentence_start(source, start):
            names.append(word)
    return names


def _one_edit_inside(a: str, b: str) -> bool:
    """``a`` and ``b`` one substitution, insertion or deletion apart, not at their ends."""
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        rest_equal = a[i + 1 :] == b[i + 1 :]
        return rest_equal and i < len(a) - 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_[i + 1 :] == short[i:] and i < len(short)


def _drops_marks(name: str, word: str) -> bool:
    """``word`` is ``name`` with some of its diacritics dropped, not all, and none changed."""
    if len(name) != len(word) or word == name or word == _fold(word):
        return False
    return all(w == n or w == _fold(n) for n, w in zip(name, word, strict=True))


def _misspells(name: str, word: str, written: bool) -> bool:
    """``word`` (a target word) is ``name`` misspelt, by the rules of the module docstring;
    ``written``: the target also has ``name`` as the source spells it."""
    fname, fword = _fold(name), _fold(word)
    if fname.casefold() == fword.casefold():
        return _drops_marks(name, word) or (written and word == fword and name != fname)
    if len(fname) < MIN_EDIT_LEN or not _one_edit_inside(fname.casefold(), fword.casefold()):
        return False
    if any(c not in name for c in word if c != _fold(c)):
        return False  # a letter the source lacks (Curaçao for Curazao): the name's own form
    return name[0] == word[0] and zipf(word) < MAX_ZIPF


@check(
    "bilingual.name-spelling",
    Category.CONSISTENCY,
    "a name of the source spelt differently in the translation",
    bilingual=True,
    examples=(
        "La jueza Zubiñárez rechazó el recurso.\tJudge Zubiñarez rejected the appeal.",
        "El entrenador Marszelczyk dimitió ayer.\tCoach Marszelcyk resigned yesterday.",
        "Llegó a Villardosa el lunes.\tShe reached Villaradosa on Monday.",
        "La jueza Zubiñárez habló. Zubiñárez calló.\tJudge Zubiñárez spoke. Zubinarez fell silent.",
    ),
    near_misses=(
        "La jueza Zubiñárez rechazó el recurso.\tJudge Zubinarez rejected the appeal.",  # folded
        "La jueza Zubiñárez rechazó el recurso.\tJudge Zubiñárez rejected the appeal.",
        "Viajó a Navarra en mayo.\tShe travelled to Navarre in May.",  # an exonym
        "Vive en Andalucía desde 2001.\tShe has lived in Andalusia since 2001.",
        "La base Rotera abrió en 1975.\tThe Rothera base opened in 1975.",
        "Llegó a Melazao el lunes.\tShe reached Melaçao on Monday.",  # the name's own letter
        "Entonces habló el alcalde.\tThen the mayor spoke.",  # a sentence start
        "El entrenador Marszelczyk dimitió ayer.\tThe coach resigned yesterday.",  # absent
        "Rozmawiał z trenerem Marszelczykiem.\tHe spoke to coach Marszelczyk.",  # an ending
        "Trener Marszelczyka nie było.\tCoach Marszelczyk was not there.",
        "La ONU y la OTAN firmaron.\tThe UN and NATO signed.",  # capitals
        "Vinieron Orlenda y Orlend.\tOrlenda and Orlend came.",
    ),
)
def name_spelling(text: str, ctx: CheckContext) -> Iterator[Issue]:
    if not ctx.source or not text.strip() or not target_is_english(ctx):
        return
    source, visible = mask(ctx.source), mask(text)
    source_words = set(_WORD.findall(source))
    target = [(m.group(), m.start()) for m in _WORD.finditer(visible)]
    target_words = {w for w, _ in target}
    for name in _source_names(source):
        written = name in target_words
        near = [
            (w, start)
            for w, start in target
            if w not in source_words and _is_name(w) and _misspells(name, w, written)
        ]
        if len({w for w, _ in near}) != 1:
            continue
        for word, start in near:
            message = f"“{word}” here, but the source spells the name “{name}”"
            yield ctx.issue(start, len(word), message, [name], confidence=0.6)
