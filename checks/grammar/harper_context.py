"""Contexts where a Harper lint is wrong on professional news copy, measured on clean news.

Kept apart from ``harper_engine`` (one call from its filter), each drop measured on the
clean pools of ``bench/eval_families.py`` and on the MQM targets (``bench/eval_mqm.py``):

- Spelling of a real English word Harper's dictionary lacks (``bustard``, ``birr``):
  wordfreq's web counts cannot tell ``bustard`` from ``goverment`` (both rare, see the
  thresholds in ``harper_engine``), but a curated word list can: symspellpy's English
  frequency dictionary, the words of SCOWL's spelling lists also frequent in Google
  Books, holds no misspellings (its 82,765 words, pinned with the package).
- Spelling of a foreign unit or currency after an amount (``15 billion reais``,
  ``5 reais per journey``): a word another language knows well, right after a number.
- Spelling of foreign words in a short quotation that a naming word introduces
  (known locally as the "cepo", newspapers called her "le petit taureau"), or that
  holds a letter English never writes, a foreign title (her novel "Vindurinn í fjöllunum").
- Spelling of a piece of a word Harper cut at a letter it does not read as one: the
  ʻokina of Hawaiian and Tongan names (``Kaʻanapali``, ``Molokaʻi``) is a letter, and
  the word it stands in is a name, not two misspellings (``anapali``).
- Spelling of a loanword: a word English never writes (wordfreq: zipf 0) that another
  language knows well, where Harper's nearest English word is itself rare (``gamelle``
  -> ``gazelle``); a typo is one of a common word (``probleme`` -> ``problem``).
- ``The`` on the Māori article "te" before a word English does not know or one with a
  macron (``te ao Māori``, ``te Tiriti``); "te report" is still "the report".
- Spelling of a lower-case word between two capitalised ones, the three written the same
  way again in the text: a foreign name's inner word (``Kamp aan Zee``).
- Spelling of a term the writer explains in an apposition right after it ("chirke and
  foorkey, two viral diseases"), when it is no one-keystroke slip of a common word.
- Spelling of a lower-case word in a name in another language that a naming phrase
  introduces ("known in Catalan as the Consell insular de Menorca"): the name's first
  word is no English word, and the name goes on after the flagged one.
- ``TheirToTheyre`` before a plural noun (``their forwards ran on``):
  "they're" needs an adjective, adverb or participle after it (``their going``).
- Spelling of a species' epithet after its genus (``Anopheles stephensi``, ``A. stephensi``):
  a lower-case Latin word after a capitalised genus that is no common English word.
- ``InflectedVerbAfterTo`` on a plural noun after an adjective and "to" ("more
  vulnerable to landslides"), or whose suggested "base form" is no word ("landslid"),
  or on a participle before a noun: an adjective ("switches to desalinated supplies").
- ``TheirToThere`` on "their right" before "to", "of", a noun or a stop: the noun
  ("keep their right to park", "their right hand"), not "there right now".
- ``WereWhere`` after a verb of thinking or saying: a clause whose subject went before
  ("two notes that most adults thought were the same").
- ``AnA`` on a capitalised article inside a sentence: part of a name (``in An Giang
  province``), not an article.
- Spelling of the article's own term: an unknown lower-case word written the same way
  at least ``TERM_USES`` times in one text, never as a near variant (``zhorvak`` in an article
  on a steppe's winters, four times).  A typo is seldom repeated letter for letter, and a
  text that also writes a near form ("goverment" beside "government") is inconsistent:
  then every use stays flagged.  Only the first use of a term is flagged (harper_engine).
- Spelling of a term written alike ``TERM_USES`` times or more, no near form beside it, that
  no slip a writer repeats makes of a word readers know (a dropped, doubled or swapped
  letter, a vowel for a vowel, a neighbour key): not flagged at all.  A chance slip is not
  repeated letter for letter ("zhutar" three times is a term; "goverment" is a habit).
  Twice is too few: machine translation repeats a mistranslated word (the MQM targets).
- Spelling of a term a naming phrase introduces, unquoted ("a resin called teshari", "a
  blade known locally as a kirvan", "the so-called X"), when it is no one-keystroke slip
  of a word readers know.
- Spelling of a word of descent between two capitalised parts of a person's name ("Zeine
  ould Cheikhna"; resources/lexicon/descent_particles.txt).
- Spelling of a word another language knows well ending a name in that language, whose
  capitalised words hold one of its articles or prepositions ("the Palais des Sports
  couvert"; ``name_particles`` in resources/grammar/harper.toml).
- ``ToTwoToo`` on "too" before an adjective and "a": the degree construction ("paid too
  high a price"), not "to".
- ``AllowTo`` inside a quotation: quoted speech, often translated, is printed as said
  ("elements that allow to think"); the editor does not rewrite it.
- Spelling of a word holding a letter English never writes (``kōkala``): no slip of an
  English keyboard.
- Spelling of a lower-case word right after a capitalised one holding such a letter, well
  known in a language that writes it (``Vrúbová jazero``; ``name_letters`` in harper.toml).
- Spelling of a name's word another language knows well, the name translated in an
  apposition after it ("the Dirva nasional ar kelmoz, the National Office of Kelmoz").
- Spelling inside a quotation followed by its English translation in brackets that shares
  no word with it (“Canzone per mia nonna” (“A Song for My Grandmother”)).
- Spelling of a term glossed ", or <English words>," ("the Thai vorung, or server,"), named
  by a clause after it ("the vorung kel, as clinics are called"), in apposition to "a ..."
  ("a lead singer, the vorung,"), or in a list of terms no dictionary holds; each no slip
  of a word readers know.
- Spelling of a word of a two-word term, the pair written alike ``TERM_USES`` times beside a
  word English does not know ("tiral tuzrel").
- ``AnA`` on a capital "An" after a capitalised word that is no function word: a name's
  last word (``Tam An``).  ``WayTooAdjective`` before a capitalised word: a place's name
  ("the way to Good Kelvale Hospital").
- ``DiscourseMarkers`` on a one-word opener but "however" before a subject pronoun
  ("Instead he taught."): the comma after a short opener is optional in news style.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib.resources import files

import regex
from wordfreq import zipf_frequency

from copydesk.checks.language import edit_distance, function_words, inside_a_name
from copydesk.checks.lexicon import zipf
from copydesk.checks.rules.grammar._wordclass import word_classes
from copydesk.checks.tokens import in_quotation

# symspellpy's data file: "word count" per line, lower case.
_WORD_LIST = "frequency_dictionary_en_82_765.txt"


@cache
def _english_words() -> frozenset[str]:
    text = (files("symspellpy") / _WORD_LIST).read_text("utf-8")
    return frozenset(line.split(" ", 1)[0] for line in text.splitlines() if line)


def english_word(word: str) -> bool:
    """True when the curated English word list knows ``word`` (or its singular possessive)."""
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    return low in _english_words()


# Languages whose words turn up in English news as units, currencies and quoted names
# (Latin script: a word Harper is shown is in Latin letters).
_OTHER_LANGUAGES = ("pt", "es", "fr", "it", "de", "nl", "pl", "tr", "id", "ro", "sv", "cs")
# Well known in another language: about once in 100,000 words there.
_FOREIGN_ZIPF = 3.0


def foreign_word(word: str) -> bool:
    """True when a language of ``_OTHER_LANGUAGES`` knows ``word`` well."""
    low = word.lower()
    # wordfreq's "small" lists hold every word at zipf 3 or more: the twelve load in
    # 0.3 CPU-s and 54 MB, once (the full lists took 2.7 s and 350 MB).
    return any(
        zipf_frequency(low, lang, wordlist="small") >= _FOREIGN_ZIPF for lang in _OTHER_LANGUAGES
    )


_MAGNITUDE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|m)"
# An amount just before the word: "15 billion", "900", "1,200.50", "millions of".
_AMOUNT_BEFORE = regex.compile(
    rf"(?:\p{{N}}[\p{{N}}.,]*(?:\s+{_MAGNITUDE})?|\b{_MAGNITUDE}s?\s+of|\b{_MAGNITUDE})\s+$",
    regex.IGNORECASE,
)


# A conversion right after the unit: "180 billion ariary (about $40 million)", ", or $4.40".
_CONVERSION_AFTER = regex.compile(
    r"[ \u00a0]*(?:\(|,[ \u00a0]*)(?:about|around|roughly|some|nearly|almost|just over"
    r"|just under|approximately|or|worth|equal to|equivalent to)?[ \u00a0]*"
    r"(?:US|A|C|NZ|HK|S)?[$€£¥₹][ \u00a0]?\p{N}"
)


def amount_before(text: str, start: int) -> bool:
    """True when an amount ends just before ``start`` ("15 billion ", "900 ")."""
    return bool(_AMOUNT_BEFORE.search(text, max(0, start - 40), start))


def unit_after_amount(text: str, start: int, word: str, other_languages: bool = True) -> bool:
    """A word right after an amount is its unit or currency when another language knows it
    ("15 billion reais"), when a conversion follows it ("180 billion ariary, about $40
    million") or when the text writes it after an amount again ("20,000 ariary a month"):
    a currency English lists nowhere is explained or repeated, a slip after a figure
    ("12 goverments") is neither.  ``other_languages=False`` leaves out the first test,
    which a common English word passes too (LanguageTool's number agreement asks)."""
    if not amount_before(text, start):
        return False
    return (
        (other_languages and foreign_word(word))
        or _CONVERSION_AFTER.match(text, start + len(word)) is not None
        or _again_after_amount(text, start, word)
    )


def _again_after_amount(text: str, start: int, word: str) -> bool:
    """``word`` stands after an amount somewhere else in ``text`` too."""
    whole = rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])"
    return any(
        m.start() != start and amount_before(text, m.start()) for m in regex.finditer(whole, text)
    )


_OPEN = '"“‘«'
_CLOSE = '"”’»'
_QUOTE_REACH = 60  # characters: a quoted name is a few words
_QUOTED_WORDS = 5
# A naming word a few words before the opening quote: called, known (locally) as (the), dubbed.
# Not "said": a quotation of speech may hold any typo.
_NAMING = regex.compile(
    r"\b(?:call(?:s|ed|ing)?|know[sn]?|knew|dubbed|nicknamed|named|termed|terms?|words?|phrase"
    r"|so-called|meaning|means)\b(?:\W+[\p{L}'’]+){0,3}\W*$",
    regex.IGNORECASE,
)


def quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The short quotation (its marks' offsets) holding ``text[start:end]``, if any.

    The opening mark follows a space or a line start, the closing one ends a word,
    and neither is further than ``_QUOTE_REACH`` characters nor beyond a line.
    """
    left = start - 1
    while left >= max(0, start - _QUOTE_REACH) and text[left] not in _OPEN + "\n":
        left -= 1
    if left < 0 or text[left] not in _OPEN or (left > 0 and not text[left - 1].isspace()):
        return None
    right = end
    while right < min(len(text), end + _QUOTE_REACH) and text[right] not in _CLOSE + "\n":
        right += 1
    if right >= len(text) or text[right] not in _CLOSE:
        return None
    return left, right


def quoted_name(text: str, start: int, end: int) -> bool:
    """True inside a short quotation a naming word introduces (known as the "cepo")."""
    span = quote_around(text, start, end)
    if span is None or len(text[span[0] + 1 : span[1]].split()) > _QUOTED_WORDS:
        return False
    return bool(_NAMING.search(text, max(0, span[0] - 60), span[0]))


_LAST_WORD = regex.compile(r"[\p{L}'’-]+$")
_WORD_BEFORE_TO = regex.compile(r"([\p{L}'’-]+)\s+$")


@cache
def _infinitive_adjectives() -> frozenset[str]:
    """Adjectives that take a verb after "to" (resources/grammar/harper.toml [narrowing])."""
    data = tomllib.loads(
        (files("copydesk.resources") / "grammar" / "harper.toml").read_text("utf-8")
    )
    return frozenset(data.get("narrowing", {}).get("infinitive_adjectives", ()))


def plural_noun(word: str) -> bool:
    """True when lemminflect lists ``word`` as a noun's plural ("landslides", "lives")."""
    import lemminflect  # loaded by word_classes already; its tables load once

    low = word.lower()
    return any(
        low in lemminflect.getAllInflections(base, "NOUN").get("NNS", ())
        for base in lemminflect.getAllLemmas(low).get("NOUN", ())
    )


_NEXT = regex.compile(r"\s+([\p{L}'’]+)")


def _noun_next(text: str, end: int) -> bool:
    """True when the word after ``end`` can be a noun and cannot be an adverb."""
    m = _NEXT.match(text, end)
    if m is None:
        return False
    classes = word_classes(m.group(1).lower())
    return "NOUN" in classes and "ADV" not in classes


def noun_after_adjective_to(text: str, start: int, end: int, replacements: Sequence[str]) -> bool:
    """``InflectedVerbAfterTo`` where the "verb" is a plural noun: "vulnerable to landslides".

    Also when Harper's base form is no word at all ("to landslid"): the verb reading is wrong;
    and on a participle before a noun, which it qualifies: "switches to desalinated supplies",
    "exports to developed countries" ("to" is the preposition).
    """
    word = _LAST_WORD.search(text[start:end])
    if word is None:
        return False
    if word.group().lower().endswith("ed") and _noun_next(text, end):
        return True
    suggested = _LAST_WORD.search(replacements[0]) if replacements else None
    if (
        suggested is not None
        and zipf(suggested.group()) == 0
        and not english_word(suggested.group())
    ):
        return True
    before = _WORD_BEFORE_TO.search(text, max(0, start - 40), start)
    if before is None:
        return False
    adjective = before.group(1).lower()
    return (
        "ADJ" in word_classes(adjective)
        and adjective not in _infinitive_adjectives()
        and plural_noun(word.group())
    )


_SENTENCE_OPENERS = '.!?:;"“‘(—–-'


def article_in_name(text: str, start: int, end: int) -> bool:
    """A capital "A"/"An" inside a sentence before a capitalised word begins a name; after
    one ("in Tam An for three days", "Vitamin A intake"), it is a name's own word."""
    if not text[start:end] or not text[start].isupper():
        return False
    before = text[:start].rstrip(" \t")
    if not before or before[-1] in _SENTENCE_OPENERS or before[-1] == "\n":
        return False  # a sentence's (or heading's) first word: an article
    nxt = regex.match(r"\s+(\p{L})", text[end : end + 4])
    if nxt is not None and nxt.group(1).isupper():
        return True
    # after a capitalised word ("in Tam An for three days", "Tam An brings"): a name's last
    # word; not after a function word ("Then An union leader spoke")
    name = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    return name is not None and name.group(1).lower() not in function_words()


# A capitalised word right before: a name's earlier word.
_NAME_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}[\p{L}\p{M}]*)[ \u00a0]+$")


# A genus just before the word: a capitalised word, or its abbreviation ("A.", "Ae.").
_GENUS_BEFORE = regex.compile(r"(?:\b(\p{Lu}\p{Ll}+)|\b\p{Lu}\p{Ll}?\.)[ \u00a0]$")
# A species' epithet: Latin endings ("stephensi", "cholerae", "aureus", "falciparum",
# "tigris", "altaica").
_EPITHET = regex.compile(r"\p{Ll}{3,}(?:i|ae|us|um|is|a)")
# A genus is no common English word ("Aedes" 2.5, "Homo" 3.6); "The", "Paris" are.
_GENUS_ZIPF = 4.0


def species_epithet(text: str, start: int, word: str) -> bool:
    """True for the Latin epithet of a species' name after its genus (Anopheles stephensi).

    A surname is capitalised and rare too, so a word one slip from a common English word
    after it is a typo, not an epithet ("Okonkwo vistis Lagos", "Kowalski thsi week").
    """
    if not _EPITHET.fullmatch(word):
        return False
    genus = _GENUS_BEFORE.search(text, max(0, start - 40), start)
    if genus is None:
        return False
    if genus.group(1) is not None and zipf(genus.group(1)) >= _GENUS_ZIPF:
        return False
    return not _one_slip_from_common(word.lower())


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_slip_from_common(word: str) -> bool:
    return one_slip_from(word, _GENUS_ZIPF)


@lru_cache(maxsize=8_192)
def one_slip_from(word: str, level: float) -> bool:
    """True when one deletion, insertion, substitution or swap of two neighbours makes an
    English word of zipf ``level`` or more of ``word`` ("vistis" -> "visits", "thsi" -> "this",
    "palyed" -> "played")."""
    return any(zipf(c) >= level for c in _slips(word.lower()))


def _slips(word: str) -> set[str]:
    """Every word one deletion, insertion, substitution or swap of neighbours makes of ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    candidates = {a + b[1:] for a, b in splits if b}
    candidates |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    candidates |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    candidates |= {a + c + b for a, b in splits for c in _LETTERS}
    candidates.discard(word)
    return candidates


# Letters English writes in loanwords it has taken in (café, naïve, façade, señor,
# résumé, Brontë); any other letter is another language's (ð, þ, í, ā, ø, ł, ş …).
_ENGLISH_LETTERS = regex.compile(r"[\p{ASCII}éèêëàâäçïîôöüûñÉÈÊËÀÂÄÇÏÎÔÖÜÛÑ’‘“”–—…]*")
_WORDS = regex.compile(r"[\p{L}\p{M}]+")


def foreign_letters(word: str) -> bool:
    """True when ``word`` holds a letter English never writes (ð, í, ā, ø; not é, ñ)."""
    return _ENGLISH_LETTERS.fullmatch(word) is None


def quoted_foreign(text: str, start: int, end: int) -> bool:
    """True inside a short quotation (a title, a name) whose words are another language's:
    one of them holds a letter English never writes ("Vindurinn í fjöllunum").  A quote of a few
    English words with a café in it is not foreign: é is English's too."""
    span = quote_around(text, start, end)
    if span is None:
        return False
    words = _WORDS.findall(text, span[0] + 1, span[1])
    if len(words) > _QUOTED_WORDS:
        return False
    # The flagged word is foreign itself, or most of the quote is: a slip in an English
    # quote beside one foreign name ("the Łódź tranport crisis") stays flagged.
    foreign = sum(foreign_letters(w) for w in words)
    return foreign_letters(text[start:end]) or 2 * foreign > len(words)


# A short quotation followed by a bracketed one, its translation: “Tramvaj 7” (“Tram 7”).
_TRANSLATED_QUOTE = regex.compile(r"[\"“«]([^\"“”«»\n]{1,60})[\"”»][ \u00a0]*\([ \u00a0]*[\"“‘«]")
# The level below which a word is none English writes (zipf 2: once in ten million words).
_UNKNOWN_ZIPF = 2.0


def translated_quote(text: str, start: int, end: int) -> bool:
    """True inside a short quotation that the text translates in brackets somewhere
    (“Kuća na brdu” (“The House on the Hill”), then “Kuća na brdu” again): a title in
    another language.  Most of its words must be unknown to English, so that a slip in an
    English title with its original in brackets (“The Goverment Inspector” (“Revizor”))
    stays flagged."""
    span = quote_around(text, start, end)
    if span is None:
        return False
    inner = text[span[0] + 1 : span[1]]
    words = _WORDS.findall(inner)
    if not words or len(words) > _QUOTED_WORDS:
        return False
    if 2 * sum(zipf(w) < _UNKNOWN_ZIPF for w in words) <= len(words):
        return False
    return any(m.group(1) == inner for m in _TRANSLATED_QUOTE.finditer(text))


# A bracket right after a quotation, its words maybe quoted: “Kuća na brdu” (“The House”).
_BRACKET_AFTER = regex.compile(
    r"[ \u00a0]*\([ \u00a0]*[\"“‘«]?([^()\"“”«»\n]{1,60}?)[\"”’»]?[ \u00a0]*\)"
)


def quote_translated_into_english(text: str, start: int, end: int) -> bool:
    """True inside a short quotation followed at once by its English translation in brackets
    (“Kuća na brdu mi” (“The House on the Hill”)): the quotation is another language's, as
    its translation shares no word with it.  English in the quote is no translation's
    original: “The goverment wins” (“The Government Wins”) shares words and stays flagged,
    and so does one whose bracket is no English (“The goverment” (“Revizor”))."""
    span = quote_around(text, start, end)
    if span is None:
        return False
    words = _WORDS.findall(text, span[0] + 1, span[1])
    if not words or len(words) > _QUOTED_WORDS:
        return False
    m = _BRACKET_AFTER.match(text, span[1] + 1)
    if m is None:
        return False
    gloss = regex.findall(r"[\p{L}\p{M}]+(?:['’]\p{L}+)?", m.group(1))
    if not gloss or not all(english_word(w) for w in gloss):
        return False
    said = {stem for w in gloss for stem in stems(w.lower())}
    return not said & {w.lower() for w in words}


def cut_word(text: str, start: int, end: int) -> bool:
    """True when the flagged word is glued to a letter Harper split it at: the ʻokina
    (a modifier letter) of ``Kaʻanapali``, ``Hawaiʻi``.  The whole word is a name."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return any(c and regex.match(r"[\p{L}\p{M}]", c) for c in (before, after))


def loanword(word: str, replacements: Sequence[str]) -> bool:
    """A word English never writes, another language's well-known word, whose nearest
    English word is rare too: a loanword ("gamelle" -> "gazelle"), not a slip; a slip's
    word is a common one ("probleme" -> "problem")."""
    if zipf(word) > 0 or not foreign_word(word):
        return False
    return not replacements or zipf(replacements[0]) < _FOREIGN_ZIPF


def spelling_in_context(text: str, start: int, end: int, replacements: Sequence[str] = ()) -> bool:
    """True when a flagged spelling is a real word, a foreign unit or a quoted foreign name."""
    word = text[start:end]
    return (
        english_word(word)
        or cut_word(text, start, end)
        or unit_after_amount(text, start, word)
        or quoted_name(text, start, end)
        or quoted_foreign(text, start, end)
        or translated_quote(text, start, end)
        or quote_translated_into_english(text, start, end)
        or foreign_letters(word)
        or foreign_name_inner_word(text, start, end)
        or name_translated_after(text, start, end)
        or species_epithet(text, start, word)
        or loanword(word, replacements)
        or repeated_name_particle(text, start, end)
        or inside_a_name(text, start, end)
        or named_foreign_name(text, start, end)
        or glossed_term(text, start, end)
        or or_glossed_term(text, start, end)
        or introduced_term(text, start, end)
        or repeated_term(text, start, end)
        or paired_term(text, start, end)
        or named_after(text, start, end)
        or apposition_term(text, start, end)
        or list_of_terms(text, start, end)
        or foreign_name_word(text, start, end)
        or regular_plural(word)
        or alternative_name(text, start, end)
        or kind_before_noun(text, start, end)
        or plural_among_terms(text, start, end)
        or introduced_elsewhere(text, start, end)
    )


# An apposition that explains the term(s) just before it: a comma, dash or bracket, then a
# noun phrase opened by an article, a number or a quantifier ("foorkey, two viral
# diseases", "a santur — a Persian dulcimer").  A second term may be joined by and/or.
_GLOSS_AFTER = regex.compile(
    r"(?:[ \u00a0]+(?:and|or)[ \u00a0]+[\p{L}\p{M}'’-]+)?"
    r"[ \u00a0]*(?:,|\(|—|–|[ \u00a0]-)[ \u00a0]*"
    r"(?:a|an|the|one|two|three|four|five|six|several|both|various)[ \u00a0]+\p{L}",
    regex.IGNORECASE,
)
# The level of a word readers know (as harper_engine's spelling filter has it).
_KNOWN_ZIPF = 3.0


def glossed_term(text: str, start: int, end: int) -> bool:
    """A term the writer explains in an apposition right after it ("hit by chirke and
    foorkey, two viral diseases"; "risk of zhorvak — the combination of drought and cold"):
    writers gloss a rare word they chose, and a gloss says nothing of a slip, so only a
    word that is no slip of one keystroke from a word readers know counts ("the goverment,
    a coalition" stays flagged), unless the text writes it alike three times or more (the
    regatta's "bura, the cold, gusty north-easterly", then six more "bura"): a slip is not
    both explained and repeated letter for letter."""
    if _GLOSS_AFTER.match(text, end) is None:
        return False
    word = text[start:end]
    return not one_slip_from(word, _KNOWN_ZIPF) or article_term(text, word, _REPEATED_USES) > 0


# Another name right after the term, in plain English words: "the tekel, or server, won".
_OR_GLOSS_AFTER = regex.compile(
    r",[ \u00a0]+or[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?"
    r"(\p{Ll}[\p{Ll}'’-]*(?:[ \u00a0]+\p{Ll}[\p{Ll}'’-]*){0,2})[ \u00a0]*(?:[,;:)—–]|\.(?!\w))"
)


def or_glossed_term(text: str, start: int, end: int) -> bool:
    """A term the writer explains with ", or" and its English name right after it ("the
    Thai vorung, or server, won", "played kela, or slack key, a style"): each word of the
    gloss is English, and the term is no slip of one keystroke from a word readers know
    ("the goverment, or state, said" stays flagged)."""
    m = _OR_GLOSS_AFTER.match(text, end)
    if m is None or not all(english_word(w) for w in m.group(1).split()):
        return False
    word = text[start:end]
    return not (one_slip_from(word, _KNOWN_ZIPF) or doubling_slip_from(word, _KNOWN_ZIPF))


def _no_slip(word: str) -> bool:
    """No slip of one keystroke, nor of doubled letters, makes ``word`` of a word readers know."""
    return not (one_slip_from(word, _KNOWN_ZIPF) or doubling_slip_from(word, _KNOWN_ZIPF))


# A naming clause right after the term (maybe of three words): "the haus kel, as clinics are
# called in Tok Pisin", "vorung, as servers are known".
_NAMED_AFTER = regex.compile(
    r"(?:[ \u00a0]+\p{Ll}[\p{L}\p{M}]*){0,2},?[ \u00a0]+as[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){1,3}"
    r"(?:is|are|was|were)[ \u00a0]+(?:called|known)\b"
)


def named_after(text: str, start: int, end: int) -> bool:
    """A term a naming clause right after it explains ("transport to the haus kel, as clinics
    are called in Tok Pisin"): a word another language knows well, or no slip of a word
    readers know ("the goverment, as ministries are called" stays flagged)."""
    if _NAMED_AFTER.match(text, end) is None:
        return False
    word = text[start:end]
    return foreign_word(word) or _no_slip(word)


# "a lead singer, the X," : the term names the thing an indefinite noun phrase just said.
_APPOSITION_BEFORE = regex.compile(
    r"\b(?:a|an)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2}[\p{Ll}-]+,[ \u00a0]+the[ \u00a0]+$",
    regex.IGNORECASE,
)
_APPOSITION_END = regex.compile(r"[ \u00a0]*[,;:)—–]")


def apposition_term(text: str, start: int, end: int) -> bool:
    """A term in apposition to the indefinite noun phrase before it ("sung by a lead singer,
    the vorung, with a chorus"): the local name of what was just said, when no slip of a
    word readers know ("a new law, the goverment, said" stays flagged)."""
    if _APPOSITION_BEFORE.search(text, max(0, start - 60), start) is None:
        return False
    if _APPOSITION_END.match(text, end) is None:
        return False
    return _no_slip(text[start:end])


_LIST_ITEM = r"(?:(?:a|an|the)[ \u00a0]+)?(\p{Ll}[\p{L}\p{M}]*)"
_LIST_SEP = r"(?:,[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)"
_ITEMS_BEFORE = regex.compile(rf"(?:{_LIST_ITEM}{_LIST_SEP}){{1,4}}$")
_ITEMS_AFTER = regex.compile(rf"(?:{_LIST_SEP}{_LIST_ITEM}(?![\p{{L}}\p{{M}}'’-])){{1,4}}")
# Other items of a list that no dictionary holds: then it is a list of terms.
_UNKNOWN_ITEMS = 2


def list_of_terms(text: str, start: int, end: int) -> bool:
    """An item of a list of terms no dictionary holds ("varieties such as kelvo, dransa,
    zimbru and tolvi"): two or more of its other one-word items are unknown to English and
    no slip of a word readers know, and so is it.  In a list of English words a slip stays
    flagged ("apples, pears, goverment and plums"), and so does a slip among terms
    ("kelvo, dransa, goverment")."""
    before = _ITEMS_BEFORE.search(text, max(0, start - 100), start)
    after = _ITEMS_AFTER.match(text, end)
    items = [*(before.captures(1) if before else ()), *(after.captures(1) if after else ())]
    if sum(_unknown_term(w) for w in items) < _UNKNOWN_ITEMS:
        return False
    return _no_slip(text[start:end])


# A naming phrase a few words before a name: "known in Catalan as the", "known by its local
# name,", "called".  Not "said": speech may hold any typo.
_NAMES_IT = regex.compile(
    r"\b(?:call(?:s|ed|ing)?|know[sn]?|knew|dubbed|named|name)\b(?:[ \u00a0,]+[\p{L}'’]+){0,4}"
    r"[ \u00a0,:]*$",
    regex.IGNORECASE,
)
# The capitalised first word of the name, just before the flagged word.
_NAME_START = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’]*)[ \u00a0]+$")
# The name goes on after the flagged word: a capitalised word, maybe after one or two
# particles ("di Corsica", "de la Sarthe").
_NAME_GOES_ON = regex.compile(r"[ \u00a0]+(?:\p{Ll}{1,3}[ \u00a0]+){0,2}\p{Lu}")


def named_foreign_name(text: str, start: int, end: int) -> bool:
    """A lower-case word inside a name in another language that a naming phrase introduces,
    unquoted: the name's first word, just before, is no English word, and the name goes on
    after it ("known in Catalan as the Consell insular de Menorca").  A slip in an English
    name ("known as the National goverment Council") stays flagged: "National" is English;
    so does one keystroke from a common word after a foreign first word ("Zorbex
    techonlogy Group")."""
    first = _NAME_START.search(text, max(0, start - 40), start)
    if first is None or zipf(first.group(1)) >= _FOREIGN_ZIPF:
        return False
    word = text[start:end]
    # "called Zorbex techonlogy Group": a slip of a common word, in any name; but a Romance
    # word is often an English one with a vowel added ("fiscali", "regionali")
    if one_slip_from(word, _KNOWN_ZIPF) and zipf(word[:-1]) < _KNOWN_ZIPF:
        return False
    if _NAME_GOES_ON.match(text, end) is None:
        return False
    return _NAMES_IT.search(text, max(0, first.start() - 60), first.start()) is not None


_NAME_AROUND = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’-]*)[ \u00a0]+\Z")
_NAME_AFTER = regex.compile(r"[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]*)")


def repeated_name_particle(text: str, start: int, end: int) -> bool:
    """A lower-case word between two capitalised ones, the three written the same way again
    elsewhere in the text: a foreign name's inner word (``Kamp aan Zee``, ``Taigh na
    Gàidhlig``), not a slip, which a text does not repeat letter for letter.  A slip between
    two names written once ("Paris nad London") stays flagged."""
    word = text[start:end]
    if not word.islower():
        return False
    before = _NAME_AROUND.search(text, max(0, start - 40), start)
    after = _NAME_AFTER.match(text, end)
    if before is None or after is None:
        return False
    name = f"{before.group(1)} {word} {after.group(1)}"
    pattern = regex.compile(regex.escape(name).replace("\\ ", "[ \u00a0]+"))
    return len(pattern.findall(text)) >= 2


_NEXT_TWO = regex.compile(r"[ \u00a0]+([\p{L}\p{M}'’-]+)(?:[ \u00a0]+([\p{L}\p{M}'’-]+))?")


def maori_article(text: str, start: int, end: int) -> bool:
    """``The`` on "te" that is the Māori article: the next word is written in Māori's
    alphabet and is no English word (``te ao``, ``te Tiriti``, a boat's or a place's name
    ``Te Ruki``), or it or the one after holds a long vowel (``te Māori``, ``te ao Māori``).
    "te report", "Te President", "te Łódź office" stay flagged."""
    if text[start:end] not in ("te", "Te"):
        return False
    m = _NEXT_TWO.match(text, end)
    if m is None:
        return False
    nxt = m.group(1)
    if not _MAORI_WORD.fullmatch(nxt):
        return False  # "te Łódź office": no Māori word follows
    if _MACRON.search(nxt) or (m.group(2) and _MACRON.search(m.group(2))):
        return True
    return not english_word(nxt) and zipf(nxt) < _FOREIGN_ZIPF


# Māori's syllables (a consonant of h k m n p r t w ng wh, or none, then a vowel, which
# ends every word: "Ika", not "Karnow") and its long vowels.
_MAORI_WORD = regex.compile(r"(?i)(?:(?:ng|wh|[hkmnprtw])?[aeiouāēīōū])+")
_MACRON = regex.compile(r"[āēīōūĀĒĪŌŪ]")


def their_before_plural(text: str, end: int) -> bool:
    """``TheirToTheyre`` before a plural noun: the possessive ("their forwards ran on",
    Harper reads "forwards" as an adverb).  "They're" wants an adjective, adverb or
    participle after it ("their going to win"), which no plural noun is."""
    m = _NEXT.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return not word.lower().endswith("ing") and plural_noun(word)


_RIGHT_THEN = regex.compile(r"\s+right(?:\s*([-‐‑.,;:!?)”’\"])|\s+(to|of|and|or)\b)?", regex.I)


def their_right_noun(text: str, end: int) -> bool:
    """``TheirToThere`` on "their right" used as a noun: before "to", "of", a noun or a stop.

    "keep their right to park", "their right hand", "it was their right.": the possessive.
    Harper means "there right now" / "there right away", which stay (an adverb follows).
    """
    m = _RIGHT_THEN.match(text, end)
    if m is None:
        return False
    return bool(m.group(1) or m.group(2)) or _noun_next(text, m.end())


@cache
def _clause_verbs() -> frozenset[str]:
    """Verbs of thinking and saying (resources/grammar/harper.toml [narrowing])."""
    data = tomllib.loads(
        (files("copydesk.resources") / "grammar" / "harper.toml").read_text("utf-8")
    )
    return frozenset(data.get("narrowing", {}).get("clause_verbs", ()))


def were_after_clause_verb(text: str, start: int) -> bool:
    """``WereWhere`` right after a verb of thinking or saying: "notes adults thought were
    the same", "men police said were armed" (the clause's subject went before it)."""
    import lemminflect  # loaded by word_classes already; its tables load once

    before = _WORD_BEFORE_TO.search(text, max(0, start - 40), start)
    if before is None:
        return False
    lemmas = lemminflect.getAllLemmas(before.group(1).lower()).get("VERB", ())
    return any(lemma in _clause_verbs() for lemma in lemmas)


def dropped(
    rule: str, text: str, start: int, end: int, replacements: Sequence[str], spelling: bool
) -> bool:
    """True where the lint of ``rule`` on ``text[start:end]`` is measured to be wrong."""
    if spelling:
        return spelling_in_context(text, start, end, replacements)
    if rule == "The":
        return maori_article(text, start, end)
    if rule == "TheirToTheyre":
        return their_before_plural(text, end)
    if rule == "InflectedVerbAfterTo":
        return noun_after_adjective_to(text, start, end, replacements)
    if rule == "TheirToThere":
        return their_right_noun(text, end)
    if rule == "WereWhere":
        return were_after_clause_verb(text, start)
    if rule == "AnA":
        return article_in_name(text, start, end)
    if rule == "DiscourseMarkers":
        return marker_before_pronoun(text, start, end)
    if rule == "WayTooAdjective":
        return name_after(text, end)
    if rule == "AllowTo":
        return in_quotation(text, start)
    if rule == "ToTwoToo":
        return too_adjective_a(text, start, end)
    return False


_SUBJECT_PRONOUN_NEXT = regex.compile(r"[ \u00a0]+(?:he|she|it|they|we|I|you)\b")
# The comma after "however" decides the reading: "However he tried" is "in whatever way".
_COMMA_DECIDES = frozenset({"however"})


def marker_before_pronoun(text: str, start: int, end: int) -> bool:
    """``DiscourseMarkers`` on a one-word opener before a subject pronoun ("Instead he
    taught.", "Otherwise it is a museum"): news style leaves out the comma after a short
    introductory word where nothing can be misread.  Not after "however", whose comma tells
    "however he tried" from "However, he tried"."""
    marker = text[start:end]
    if " " in marker.strip() or marker.lower() in _COMMA_DECIDES:
        return False
    return _SUBJECT_PRONOUN_NEXT.match(text, end) is not None


_CAPITAL_NEXT = regex.compile(r"[ \u00a0]+\p{Lu}")


def name_after(text: str, end: int) -> bool:
    """``WayTooAdjective`` ("way to" for "way too") before a capitalised word: the way to a
    place ("on the way to Good Kelvale Hospital"), whose name's first word may be an
    adjective; "the price was way to high" stays flagged."""
    return _CAPITAL_NEXT.match(text, end) is not None


_ADJECTIVE_THEN_A = regex.compile(r"[ \u00a0]+([\p{L}'’-]+)[ \u00a0]+an?\b", regex.IGNORECASE)


def too_adjective_a(text: str, start: int, end: int) -> bool:
    """``ToTwoToo`` on "too" before an adjective and "a": the degree construction ("paid too
    high a price", "too long a wait"), where "to" would make no sense.  "went too the shop"
    stays flagged (no adjective follows)."""
    if text[start:end].lower() != "too":
        return False
    m = _ADJECTIVE_THEN_A.match(text, end)
    return m is not None and bool({"ADJ", "ADV"} & set(word_classes(m.group(1).lower())))


# An unknown word used this often in one text, always alike, is the text's term.
TERM_USES = 3
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*")
# Endings that make an inflection, not a variant: "zhorvaks", "zhorvak's".
_INFLECTIONS = ("s", "es", "'s", "’s")


def article_term(text: str, word: str, least: int = TERM_USES) -> int:
    """How often ``text`` writes ``word`` (any case) when it is the text's term, else 0.

    A term is used ``least`` times or more (its plural and possessive count as uses),
    and no other word of the text is a near form of it (one edit for a short word, two
    for a longer one): a near form is the inconsistency a typo leaves ("goverment",
    "government").
    """
    low = word.lower()
    limit = 1 if len(low) <= 5 else 2
    uses = 0
    for other, spans in _vocabulary(text).items():
        if other == low or same_term(other, low):
            uses += len(spans)
        elif (
            abs(len(other) - len(low)) <= limit
            and edit_distance(other, low) <= limit
            and not (
                word.islower() and all(_written_as_a_name(text, start, end) for start, end in spans)
            )
        ):
            return 0
    return uses if uses >= least else 0


@lru_cache(maxsize=4)
def _vocabulary(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """Each word of ``text``, lower case, with where it is written: built once per text,
    since every spelling lint of a text asks ``article_term`` about the same words (a long
    file with many lints would otherwise be read once per lint)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _WORD.finditer(text):
        spans.setdefault(m.group().lower(), []).append((m.start(), m.end()))
    return {w: tuple(where) for w, where in spans.items()}


_SENTENCE_BEFORE = regex.compile(r"(?:^|[.!?:]['\"’”)]*)[\s\"“‘'(]*$")
_CAPITAL_AFTER = regex.compile(r"[ \u00a0]+\p{Lu}\p{Ll}")


def _written_as_a_name(text: str, start: int, end: int) -> bool:
    """The word at ``start`` is a name: a capital no sentence start explains ("said Khalfan"),
    or one before another capitalised word ("Khalfan Al Rumaithi, 34,"): no variant of a
    lower-case term near it in spelling."""
    if not text[start].isupper():
        return False
    if _SENTENCE_BEFORE.search(text, max(0, start - 6), start) is None:
        return True
    return _CAPITAL_AFTER.match(text, end) is not None


def same_term(a: str, b: str) -> bool:
    """``a`` is ``b``, or one is the other's plural or possessive ("zhutars", "zhutar's")."""
    return a == b or bool(stems(a) & stems(b))


def stems(word: str) -> set[str]:
    """The word and what it is without a plural or possessive ending."""
    return {word} | {word[: -len(end)] for end in _INFLECTIONS if word.endswith(end)}


# A phrase that introduces a term right before it: "a resin called X", "a blade called a X",
# "known locally as X", "known in Arabic as the X", "the so-called X", "the local X".
_INTRODUCES = regex.compile(
    r"(?:\b(?:call(?:s|ed)?|dubbed|nicknamed|named|termed"
    r"|known(?:[ \u00a0]+[\p{L}]+){0,2}[ \u00a0]+as)(?:[ \u00a0]+(?:a|an|the))?"
    r"|\bso-called|\bthe[ \u00a0]+local)[ \u00a0]+"
    # the name's capitalised first words ("known as Dallen varkos")
    r"(?:(?-i:\p{Lu})[\p{L}\p{M}'’-]*[ \u00a0]+){0,2}$",
    regex.IGNORECASE,
)


def introduced_term(text: str, start: int, end: int) -> bool:
    """A term a naming phrase introduces, unquoted ("a pale resin called teshari", "a knife
    known locally as a bolwak", a name's lower-case word after its capitalised first ones:
    "a breed known as Dallen varkos"): the writer names a thing readers do not know.  A slip one
    keystroke from a word readers know stays flagged ("a dish called goverment stew"), as
    after any verb "called" takes an object."""
    if _INTRODUCES.search(text, max(0, start - 40), start) is None:
        return False
    word = text[start:end]
    return not (one_slip_from(word, _KNOWN_ZIPF) or doubling_slip_from(word, _KNOWN_ZIPF))


# Keys next to each other on a QWERTY keyboard: a finger's slip hits a neighbour.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")


@cache
def _key_neighbours() -> dict[str, frozenset[str]]:
    where = {c: (r, i) for r, row in enumerate(_KEY_ROWS) for i, c in enumerate(row)}
    return {
        c: frozenset(
            d for d, (r2, i2) in where.items() if d != c and abs(r - r2) <= 1 and abs(i - i2) <= 1
        )
        for c, (r, i) in where.items()
    }


def neighbour_keys(a: str, b: str) -> bool:
    """``a`` and ``b`` are keys next to each other on a QWERTY keyboard ("s" and "a")."""
    return b in _key_neighbours().get(a, frozenset())


def _habit_candidates(word: str) -> set[str]:
    """The words a repeated slip of ``word`` could stand for: a letter dropped (any), a
    letter doubled or a neighbour key added, two letters swapped, a vowel for a vowel or a
    neighbour key for a letter."""
    keys = _key_neighbours()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + c + b for a, b in splits for c in _LETTERS}  # the writer dropped c
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    for i, c in enumerate(word):
        near = (word[i - 1] if i else "") + word[i + 1 : i + 2]
        if any(c == n or c in keys.get(n, ()) for n in near):
            out.add(word[:i] + word[i + 1 :])  # c doubled, or a neighbour key added
        subs = keys.get(c, frozenset()) | (_VOWELS if c in _VOWELS else frozenset())
        out |= {word[:i] + d + word[i + 1 :] for d in subs}
    out.discard(word)
    return out


def habit_slip_from(word: str, level: float) -> bool:
    """True when a slip a writer could repeat makes an English word of zipf ``level`` or
    more of ``word``: a dropped or doubled letter ("goverment", "untill"), two letters
    swapped ("recieve"), a vowel for a vowel ("definate") or a neighbour key."""
    return any(zipf(c) >= level for c in _habit_candidates(word.lower()))


def doubling_slip_from(word: str, level: float) -> bool:
    """True when doubling or undoubling up to two letters makes an English word of zipf
    ``level`` or more of ``word`` ("comitee" -> "committee", "tommorow" -> "tomorrow",
    "reccomended" -> "recommended"): writers unsure of double letters miss two as often as
    one, a slip two keystrokes away that ``one_slip_from`` and ``habit_slip_from`` miss."""
    low = word.lower()
    once = _doublings(low)
    twice = {c for w in once for c in _doublings(w)}
    return any(zipf(c) >= level for c in (once | twice) - {low})


def _doublings(word: str) -> set[str]:
    """Every word one doubled letter more ("comitee" -> "comittee") or one less makes."""
    out = {word[: i + 1] + word[i:] for i in range(len(word)) if word[i].isalpha()}
    out |= {word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]}
    out.discard(word)
    return out


# Uses, letter for letter, that make an unknown word the text's term and no chance slip.
_REPEATED_USES = TERM_USES


def repeated_term(text: str, start: int, end: int) -> bool:
    """An unknown word the text writes alike ``TERM_USES`` times or more, no near form beside it
    (``article_term``), that no repeatable slip makes of a word readers know ("the risk of
    zhutar", then "the last zhutar"): a chance slip is not repeated letter for letter, and a
    habit's is a dropped, doubled or swapped letter, a vowel or a neighbour key
    ("goverment" stays flagged).  Twice is too few: machine translation repeats its
    mistranslations."""
    word = text[start:end]
    if not article_term(text, word, _REPEATED_USES):
        return False
    return not habit_slip_from(word, _KNOWN_ZIPF)


_PARTNER_AFTER = regex.compile(r"[ \u00a0]+([\p{L}\p{M}]+)")
_PARTNER_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \u00a0]+$")


def paired_term(text: str, start: int, end: int) -> bool:
    """A word of a two-word term: written beside the same word English does not know (zipf
    under 2, no dictionary), the pair alike ``TERM_USES`` times or more in any case ("the
    sport of vekam tuzrel", "Vekam Tuzrel Federation"): a slip is not repeated letter for
    letter beside the same word, so "speek tuzrel" once among "speak"s stays flagged."""
    word = text[start:end]
    after = _PARTNER_AFTER.match(text, end)
    before = _PARTNER_BEFORE.search(text, max(0, start - 40), start)
    pairs = []
    if after is not None:
        pairs.append(rf"{regex.escape(word)}[ \u00a0]+{regex.escape(after.group(1))}")
    if before is not None:
        pairs.append(rf"{regex.escape(before.group(1))}[ \u00a0]+{regex.escape(word)}")
    partners = [m.group(1) for m in (after, before) if m is not None]
    for pair, partner in zip(pairs, partners, strict=True):
        if english_word(partner) or zipf(partner) >= _UNKNOWN_ZIPF:
            continue
        whole = rf"(?<![\p{{L}}\p{{M}}]){pair}(?![\p{{L}}\p{{M}}])"
        if len(regex.findall(whole, text, flags=regex.IGNORECASE)) >= TERM_USES:
            return True
    return False


@cache
def _name_particles() -> frozenset[str]:
    """Articles and prepositions inside names in other languages (harper.toml [narrowing])."""
    data = tomllib.loads(
        (files("copydesk.resources") / "grammar" / "harper.toml").read_text("utf-8")
    )
    return frozenset(data.get("narrowing", {}).get("name_particles", ()))


_CAP = r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*"
# A name in another language just before the word: capitalised words with a lower-case
# particle between them ("Museo de las Artes", "Huis van Oranje").
_FOREIGN_NAME_BEFORE = regex.compile(
    rf"{_CAP}[ \u00a0]+((?:\p{{Ll}}+[ \u00a0]+){{1,2}}){_CAP}(?:[ \u00a0]+{_CAP})?[ \u00a0]+$"
)


# The commonest words ("since", "said", "state": about once in 10,000 words or more).
_COMMONEST_ZIPF = 5.0


def foreign_name_word(text: str, start: int, end: int) -> bool:
    """A lower-case word another language knows well, ending a name in that language: the
    capitalised words before it hold one of its articles or prepositions ("the Museo de las
    Artes populares", "Teatro della Città vecchia").  A slip ending an English name ("the
    Bank of England reprot"), one no other language knows, or one keystroke from one of the
    commonest words, which follow names ("the Museo de las Artes sinde": "since"), stays
    flagged."""
    m = _FOREIGN_NAME_BEFORE.search(text, max(0, start - 80), start)
    if m is None or not set(m.group(1).split()) <= _name_particles():
        return False
    word = text[start:end]
    return foreign_word(word) and not one_slip_from(word, _COMMONEST_ZIPF)


@cache
def _name_letters() -> dict[str, frozenset[str]]:
    """Each language's letters beyond English's a-z (harper.toml [narrowing.name_letters])."""
    data = tomllib.loads(
        (files("copydesk.resources") / "grammar" / "harper.toml").read_text("utf-8")
    )
    table = data.get("narrowing", {}).get("name_letters", {})
    return {lang: frozenset(letters) for lang, letters in table.items()}


# The capitalised word just before the flagged one, a space between them.
_CAPITALISED_BEFORE = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}]*)[ \u00a0]+$")


def foreign_name_inner_word(text: str, start: int, end: int) -> bool:
    """A lower-case word right after a capitalised one holding a letter English never
    writes, that a language writing that letter knows well (zipf 3): a place's or a body's
    name in that language ("to Dolná lúka", "the Pŕšov most canal").  A slip of English after
    such a name ("the Łódź tranport crisis") is a word no language knows, and stays flagged;
    so does a slip after a name in English's letters ("Kowalski thsi week")."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    letters = {c.lower() for c in before.group(1) if foreign_letters(c)}
    if not letters:
        return False
    word = text[start:end].lower()
    return any(
        letters <= alphabet and zipf_frequency(word, lang, wordlist="small") >= _FOREIGN_ZIPF
        for lang, alphabet in _name_letters().items()
    )


# A name's capitalised first word, then up to two lower-case ones, before the flagged word.
_NAME_HEAD = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}]*)((?:[ \u00a0]+\p{Ll}[\p{L}\p{M}]*){0,2})[ \u00a0]+$"
)
# The name's rest (lower-case words), then its English name in apposition: a comma or a
# bracket, maybe "the" and two lower-case words, and a capital (", the public Office of").
_ENGLISH_NAME_AFTER = regex.compile(
    r"((?:[ \u00a0]+\p{Ll}[\p{L}\p{M}]*){0,3})[ \u00a0]*(?:,|\()[ \u00a0]*(?:the[ \u00a0]+)?"
    r"(?:\p{Ll}+[ \u00a0]+){0,2}\p{Lu}\p{Ll}"
)


def name_translated_after(text: str, start: int, end: int) -> bool:
    """A lower-case word of a name in another language that the text translates in an
    apposition right after it ("by the Dirva nasional ar kelmoz, the National Office of
    Kelmoz"): the name's first word is no English word, another of its words is unknown to
    English, and the flagged word is one another language knows well.  A slip in such a
    name ("the Dirva goverment ar kelmoz, the ...") is no language's word and stays flagged;
    so does a name with no English name after it."""
    head = _NAME_HEAD.search(text, max(0, start - 60), start)
    after = _ENGLISH_NAME_AFTER.match(text, end)
    if head is None or after is None:
        return False
    first = head.group(1)
    if english_word(first) or zipf(first) >= _KNOWN_ZIPF:
        return False
    others = (head.group(2) + after.group(1)).split()
    if not any(zipf(w) < _UNKNOWN_ZIPF and not english_word(w) for w in others):
        return False
    return foreign_word(text[start:end])


def regular_plural(word: str, guarded: bool = True) -> bool:
    """The regular plural of a noun English knows ("cappings": "capping" is a word, wordfreq
    and the curated list lack the plural).  ``guarded``: and no other word readers know is
    one keystroke from it ("tings" is "things" misspelt, though "ting" is a word)."""
    import lemminflect  # loaded by word_classes already; its tables load once

    low = word.lower()
    if not low.endswith("s"):
        return False
    for stem in lemminflect.getAllLemmasOOV(low, "NOUN").get("NOUN", ()):
        if stem == low or not (english_word(stem) or zipf(stem) >= _KNOWN_ZIPF):
            continue
        if low not in lemminflect.getInflection(stem, "NNS"):
            continue
        if not guarded or not any(zipf(c) >= _KNOWN_ZIPF for c in _slips(low) - {stem}):
            return True
    return False


# Another name for the word before it: "its own assembly, or kolú", "the assembly (kolú)".
_ALTERNATIVE_BEFORE = regex.compile(r"\p{L}(?:,[ \u00a0]+or[ \u00a0]+|[ \u00a0]+\()$")
_ALTERNATIVE_END = regex.compile(r"[ \u00a0]*(?:[,.;:)—–]|$)")


def alternative_name(text: str, start: int, end: int) -> bool:
    """A local word given as another name for the English one before it ("each valley has its
    own assembly, or kolú.", "the assembly (kolú) met"), when a letter in it is one English
    never writes or it is no one-keystroke slip of a word readers know: "the council, or
    goverment." stays flagged."""
    if _ALTERNATIVE_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    closer = ")" if text[start - 1] == "(" else ",.;:—–"
    after = _ALTERNATIVE_END.match(text, end)
    if after is None or (after.group().strip() and after.group().strip() not in closer):
        return False
    word = text[start:end]
    return foreign_letters(word) or not (
        one_slip_from(word, _KNOWN_ZIPF) or doubling_slip_from(word, _KNOWN_ZIPF)
    )


# An article, maybe an adjective, before the word; a lower-case noun after it.
_ARTICLE_BEFORE = regex.compile(
    r"\b(?:a|an|the)[ \u00a0]+(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+)?$", regex.IGNORECASE
)
_HEAD_AFTER = regex.compile(r"[ \u00a0]+(\p{Ll}+)(?![\p{L}\p{M}'’-])")


def kind_before_noun(text: str, start: int, end: int) -> bool:
    """A rare word naming a kind of the common noun after it ("a tall deodar tree",
    "a sijga net"): one in use (wordfreq has seen it, ``_IN_USE_ZIPF``: a chance slip is
    not, "the caravjan oasis" stays flagged), that no slip makes of a common word (zipf 4:
    "the goverment building") nor a repeatable slip of a word readers know ("a fragrent
    flower": a vowel for a vowel)."""
    if zipf(text[start:end]) < _IN_USE_ZIPF:
        return False
    if _ARTICLE_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    m = _HEAD_AFTER.match(text, end)
    if m is None:
        return False
    head = m.group(1)
    if head in function_words() or zipf(head) < _KNOWN_ZIPF or "NOUN" not in word_classes(head):
        return False
    word = text[start:end]
    return not (
        one_slip_from(word, _COMMON_ZIPF)
        or habit_slip_from(word, _KNOWN_ZIPF)
        or doubling_slip_from(word, _KNOWN_ZIPF)
    )


# A common word (about once in 100,000 words): a slip of one is a typo wherever it stands.
_COMMON_ZIPF = 4.0
# A word in use somewhere: wordfreq has seen it about once in 30 million words.  A random
# slip of the keys is not; a habitual misspelling is ("goverment" 2.66), but that one is a
# slip of a word readers know, which the other guards catch.
_IN_USE_ZIPF = 1.5
# The items of a list next to the word: "trout, charrs, a sijga, and perch".
_ITEM_BEFORE = regex.compile(r"(\p{Ll}[\p{L}\p{M}]*),[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?$")
_ITEM_AFTER = regex.compile(
    r",[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?(?:(?:a|an|the)[ \u00a0]+)?(\p{Ll}[\p{L}\p{M}]*)"
)


def plural_among_terms(text: str, start: int, end: int) -> bool:
    """The plural of a noun English knows in a list beside a term no dictionary holds
    ("trout, charrs, a sijga": a charr is a fish): a list of fish, instruments, dishes or
    tools, one of them named in another language.  In a list of English words a slip stays
    flagged ("drums, tings, violins": "things")."""
    if not regular_plural(text[start:end], guarded=False):
        return False
    before = _ITEM_BEFORE.search(text, max(0, start - 40), start)
    after = _ITEM_AFTER.match(text, end)
    return any(m is not None and _unknown_term(m.group(1)) for m in (before, after))


def _unknown_term(word: str) -> bool:
    """A word no dictionary holds and no slip makes of a word readers know ("sijga")."""
    return (
        zipf(word) < _TERM_ZIPF and not english_word(word) and not one_slip_from(word, _KNOWN_ZIPF)
    )


# Hardly known at all: a term of another language, or a slip.
_TERM_ZIPF = 2.0


def introduced_elsewhere(text: str, start: int, end: int) -> bool:
    """A word the text introduces as a term at another use ("a minibus known locally as a
    zimbro", then "With the zimbro I pay"): the introduction's own guards hold (no slip
    of a word readers know)."""
    word = text[start:end]
    whole = rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])"
    for m in regex.finditer(whole, text, flags=regex.IGNORECASE):
        if m.start() != start and (
            introduced_term(text, m.start(), m.end())
            or glossed_term(text, m.start(), m.end())
            or quoted_name(text, m.start(), m.end())
            or alternative_name(text, m.start(), m.end())
        ):
            return True
    return False
