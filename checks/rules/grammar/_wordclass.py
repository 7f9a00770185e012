"""Word classes from lemminflect's English lexicon (bundled in its wheel, no download).

lemminflect knows, for a word form, which parts of speech it can be and which
inflection it is.  That is a dictionary, not a tagger: "runs" is a verb *or* a
plural noun.  The checks here only act when the dictionary leaves one reading.
lemminflect is imported on first use (it loads its tables then), so that merely
registering the checks costs nothing.
"""

from __future__ import annotations

from functools import lru_cache
from types import ModuleType


def _lemminflect() -> ModuleType:
    import lemminflect

    return lemminflect


@lru_cache(maxsize=50_000)
def only_third_person_verb(word: str) -> bool:
    """True when ``word`` can only be a verb's third-person singular ("refers", "includes").

    A form that could also be a plural noun is not: lemminflect lists "oils" as a
    verb only, but "oil" as a noun too, so "oils" may be its plural.  The lexicon
    still misses some nouns ("bar"): callers need more evidence than this.
    """
    low = word.lower()
    lem = _lemminflect()
    lemmas = lem.getAllLemmas(low)
    if set(lemmas) != {"VERB"}:
        return False
    for base in lemmas["VERB"]:
        if low not in lem.getAllInflections(base, "VERB").get("VBZ", ()):
            return False
    for stem in (low[:-1], low[:-2]) if low.endswith("s") else ():
        if "NOUN" in lem.getAllLemmas(stem) or "PROPN" in lem.getAllLemmas(stem):
            return False
    return True


_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "should", "shall"})
# The finite auxiliaries: be, have and do, and the modals ("fiber.Yaks are", "Mong|are,")
AUXILIARIES = (
    frozenset({"is", "are", "was", "were", "has", "have", "had", "do", "does", "did"}) | _MODALS
)


@lru_cache(maxsize=50_000)
def finite_verb(word: str) -> bool:
    """True when ``word`` can be a finite verb that needs no subject of its own after "that"
    or "which": a third-person singular ("runs"), a past tense ("built") or a modal.

    "runs" may also be a plural noun; callers look for more evidence when that matters.
    """
    return verb_form(word, ("VBZ", "VBD"))


@lru_cache(maxsize=50_000)
def may_be_finite(word: str) -> bool:
    """True when ``word`` may be a finite verb with some subject: a present ("walks",
    "say", "are"), a past tense ("rose") or a modal; not "speaking" nor "aisle"."""
    return verb_form(word, ("VBZ", "VBD", "VBP"))


def verb_form(word: str, tags: tuple[str, ...]) -> bool:
    """True when ``word`` is a modal or one of ``tags``' forms of a verb or auxiliary."""
    low = word.lower()
    if low in _MODALS:
        return True
    lem = _lemminflect()
    lemmas = lem.getAllLemmas(low)
    for base in (*lemmas.get("VERB", ()), *lemmas.get("AUX", ())):
        forms = lem.getAllInflections(base, "VERB")
        if any(low in forms.get(tag, ()) for tag in tags):
            return True
    return False


@lru_cache(maxsize=50_000)
def plural_noun(word: str) -> bool:
    """True when ``word`` can be a noun's plural ("women", "farmers"), not "gray"."""
    low = word.lower()
    return any(low != base for base in _lemminflect().getAllLemmas(low).get("NOUN", ()))


@lru_cache(maxsize=50_000)
def word_classes(word: str) -> frozenset[str]:
    """The parts of speech lemminflect allows for ``word`` (lower-cased): "ADJ", "NOUN"…"""
    return frozenset(_lemminflect().getAllLemmas(word.lower()))


@lru_cache(maxsize=50_000)
def gradable_adjective(word: str) -> bool:
    """True when ``word`` is an adjective with a comparative in -er ("younger", "swifter").

    Classifying adjectives ("federal", "nuclear", "next") have none; the adjectives that
    are also surnames ("Young", "Swift", "Strong") mostly do.
    """
    return bool(_lemminflect().getAllInflections(word.lower(), "ADJ").get("JJR"))


@lru_cache(maxsize=50_000)
def graded_form(word: str) -> bool:
    """True when ``word`` is only an adjective's or adverb's comparative or superlative
    ("fewer", "larger", "biggest"): every reading has another word for its lemma.  A form
    that is also a noun, a verb or a base of its own ("elder", "better", "most") is not."""
    low = word.lower()
    lemmas = _lemminflect().getAllLemmas(low)
    if not lemmas or set(lemmas) - {"ADJ", "ADV"}:
        return False
    return all(low not in bases for bases in lemmas.values())


@lru_cache(maxsize=50_000)
def irregular_plural(word: str) -> bool:
    """True for a plural noun made without -s from another word: "children", "men", "mice".

    lemminflect lists forms such as "people" or "police" as singulars too ("a people"):
    callers that need those keep their own list.
    """
    low = word.lower()
    lem = _lemminflect()
    return any(
        base != low and low in lem.getAllInflections(base, "NOUN").get("NNS", ())
        for base in lem.getAllLemmas(low).get("NOUN", ())
    )


@lru_cache(maxsize=50_000)
def base_verb(word: str) -> bool:
    """True when ``word`` is a verb's bare form ("have", "impact"), as after a modal."""
    low = word.lower()
    lemmas = _lemminflect().getAllLemmas(low)
    return low in (*lemmas.get("VERB", ()), *lemmas.get("AUX", ()))


@lru_cache(maxsize=50_000)
def participle(word: str) -> bool:
    """True when ``word`` can be a verb's past participle ("named", "seen") or -ing form."""
    low = word.lower()
    lem = _lemminflect()
    for base in lem.getAllLemmas(low).get("VERB", ()):
        forms = lem.getAllInflections(base, "VERB")
        if low in forms.get("VBN", ()) or low in forms.get("VBG", ()):
            return True
    return False


def _past_tense_among(word: str, classes: frozenset[str]) -> bool:
    """A past tense that is no base of its own and whose every word class is in
    ``classes`` (the verb's, and the adjective's if allowed)."""
    low = word.lower()
    lem = _lemminflect()
    found = lem.getAllLemmas(low)
    if not found or set(found) - classes:
        return False
    bases = (*found.get("VERB", ()), *found.get("AUX", ()))
    if low in bases:
        return False
    return any(low in lem.getAllInflections(b, "VERB").get("VBD", ()) for b in bases)


@lru_cache(maxsize=50_000)
def only_past_tense(word: str) -> bool:
    """True for a past tense that lemminflect knows as nothing but a verb form, however it
    is made: "stood", "fled", "grew", "scored" (not "rose" or "left", which are nouns or
    adjectives too, nor "put", which is its own base)."""
    return _past_tense_among(word, frozenset({"VERB", "AUX"}))


@lru_cache(maxsize=50_000)
def past_tense_no_noun(word: str) -> bool:
    """True for a past tense that is no noun and no base of its own, though it may be an
    adjective too: "broke" (break; "he is broke"), as well as every ``only_past_tense``
    ("stood"); not "rose", "left" or "shot" (nouns), nor "burst" or "beat" (bases)."""
    return _past_tense_among(word, frozenset({"VERB", "AUX", "ADJ"}))


@lru_cache(maxsize=50_000)
def lemmas(word: str) -> frozenset[str]:
    """Every dictionary form lemminflect gives ``word`` ("droughts" -> "drought"), of any
    part of speech; empty for a word it does not know."""
    found = _lemminflect().getAllLemmas(word.lower())
    return frozenset(base for bases in found.values() for base in bases)


COUNT_PLURAL = 3.5  # the plural's wordfreq zipf: a noun counted in running text


@lru_cache(maxsize=50_000)
def only_count_noun(word: str) -> bool:
    """True when ``word`` can only be a singular count noun ("county", "district"): no
    adjective, adverb or verb reading in the lexicon (which misses some words: "county"
    is in none of its tables) and a plural in common use ("counties"), which an adjective
    has not ("responsibles"), nor a mass noun ("evidences")."""
    from copydesk.checks.lexicon import zipf

    low = word.lower()
    lem = _lemminflect()
    if not low.isalpha() or set(lem.getAllLemmas(low)) - {"NOUN"}:
        return False
    plurals = lem.getInflection(low, "NNS") or ()
    return any(p != low and zipf(p) >= COUNT_PLURAL for p in plurals)
