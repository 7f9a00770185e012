"""The offline grammar engine: Harper (``harper-py``), filtered to what is precise on news.

Harper runs in-process from data inside its wheel: no Java, no download, so a
fresh install checks grammar at once.  Its linters are built lazily per dialect, on
first use, and reused (Harper caches what it has linted); a ``Linter`` is not
thread-safe, so every call goes through one lock.  Whole documents are linted in one
call (paragraph by paragraph is eight times slower), long ones in runs of whole
paragraphs of about ``PARAGRAPH_CHUNK`` characters.  Spelling runs on a linter of its
own over a copy of the text without the words whose spelling lints are dropped anyway
(names, above all): the same lints for less work (checks/grammar/harper_split.py).
Rules that gave no kept finding on any text measured (``quiet_rules`` in the TOML,
bench/harper_rule_yield.py) are not run unless ``all_rules`` is asked for (the setting
``harper_all_rules``, ``--harper-all-rules``): nearly all of the grammar linter's time is
its rules, about the same each.

What is kept was chosen by measurement on news copy (see the module's tests and
``resources/grammar/harper.toml``): agreement, confused words, articles,
repeated words and sentence capitalisation are precise; sentence length, Oxford
commas, compound-word advice and spelling of capitalised words (names) are not.
Spelling is kept only for lowercase words that are not common English, not a
British/American variant and not part of a hyphenated name ("Hae-won").
Some rules are narrowed rather than dropped (``[narrowing]`` in the TOML): kept
except in a context measured wrong on machine-translated text (bench/eval_mqm.py),
e.g. agreement after "you" ("show you images"), "is there" questions.
"""

from __future__ import annotations

import logging
import threading
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import regex

from copydesk.checks.grammar import engine_filter, harper_context
from copydesk.checks.grammar.harper_split import Lints, SplitLinter
from copydesk.checks.language import edit_distance, fold, function_words
from copydesk.checks.lexicon import zipf
from copydesk.checks.model import Category
from copydesk.checks.rules.grammar._wordclass import (
    may_be_finite,
    participle,
    past_tense_no_noun,
    verb_form,
    word_classes,
)
from copydesk.checks.tokens import bounded, sentence_spans, sentences

if TYPE_CHECKING:
    import harper

log = logging.getLogger(__name__)

# A lowercase word, maybe with an inner apostrophe: the only shape spelling is trusted on.
_LOWER_WORD = regex.compile(r"\p{Ll}+(?:['’]\p{Ll}+)?")
# Tokens that are addresses, handles or codes rather than prose.
_NOT_PROSE = regex.compile(r"[./@:_#\\]|\p{N}")
# Spelling thresholds, measured (tests/checks/grammar/test_harper.py): wordfreq's web
# corpus knows common misspellings too ("goverment" 2.66, "definately" 2.87), and rare
# real words sit in the same band ("instalments" 2.75, "arable" 2.96), so zipf alone
# cannot separate them.  A typo is barely known (< 3.0), one edit from its word (two
# only when hardly known at all: "tommorow" 2.31) and far rarer than that word (its
# correction at least 1.5 zipf, about 30 times, more frequent; "accomodate" is 1.57).
_TYPO_ZIPF = 3.0
_TWO_EDIT_ZIPF = 2.5
_TYPO_GAP = 1.5
_KNOWN_ZIPF = 2.0
_HYPHENS = "-‐‑"

# British <-> American spelling patterns: a word one step from a known word is a
# dialect variant, a matter of house style that the consistency checks handle.
_VARIANTS: tuple[tuple[str, str], ...] = (
    ("our", "or"),  # colour, rumoured, neighbours
    ("ise", "ize"),  # recognise(d), organise
    ("isi", "izi"),  # recognising
    ("isa", "iza"),  # organisation
    ("yse", "yze"),  # analyse(d)
    ("tre", "ter"),  # centre(s)
    ("ence", "ense"),  # defence, licence
    ("ogue", "og"),  # catalogue
    ("mme", "m"),  # programme(s)
    ("lled", "led"),  # travelled
    ("lling", "ling"),
    ("ller", "ler"),
    ("llor", "lor"),  # councillor
    ("llist", "list"),  # medallist
    ("lment", "llment"),  # instalment, enrolment
    ("lful", "llful"),  # skilful
    ("bre", "ber"),  # calibre, fibre
    ("ae", "e"),  # paediatric, anaemia
    ("oe", "e"),  # oestrogen
    ("ph", "f"),  # sulphur
    ("sc", "sk"),  # sceptical
    ("ium", "um"),  # aluminium
)


@dataclass(frozen=True)
class Finding:
    """One kept Harper lint, in our terms."""

    offset: int
    length: int
    rule: str  # Harper's rule name, e.g. "PronounVerbAgreement"
    kind: str  # Harper's lint kind, e.g. "Agreement"
    category: Category
    message: str
    replacements: tuple[str, ...]
    confidence: float


@dataclass(frozen=True)
class HarperConfig:
    disabled_kinds: frozenset[str]
    disabled_rules: frozenset[str]
    spelling_rules: frozenset[str]
    unrun_rules: frozenset[str]
    # Rules not run by default because they gave no kept finding on any text we have
    # (bench/harper_rule_yield.py), but for the classic confusions a copy desk checks
    # (``classic_rules``); ``lint(..., all_rules=True)`` runs them.
    quiet_rules: frozenset[str]
    categories: dict[str, Category]
    consonant_sound: regex.Pattern[str]
    name_consonant_sound: regex.Pattern[str]
    vowel_sound: regex.Pattern[str]
    same_past: frozenset[str]
    compound_particles: frozenset[str]
    object_pronouns: frozenset[str]
    adverbs_before_past: frozenset[str]
    be_forms: frozenset[str]
    prepositions: frozenset[str]
    company_abbreviations: frozenset[str]
    independent_possessives: frozenset[str]
    object_forms: frozenset[str]


@cache
def config() -> HarperConfig:
    data: dict[str, Any] = tomllib.loads(
        (files("copydesk.resources") / "grammar" / "harper.toml").read_text("utf-8")
    )
    narrowing: dict[str, Any] = data.get("narrowing", {})
    return HarperConfig(
        disabled_kinds=frozenset(data.get("disabled_kinds", ())),
        disabled_rules=frozenset(data.get("disabled_rules", ())),
        spelling_rules=frozenset(data.get("spelling_rules", ())),
        unrun_rules=frozenset(data.get("unrun_rules", ())),
        quiet_rules=frozenset(data.get("quiet_rules", ()))
        - frozenset(data.get("classic_rules", ())),
        categories={k: Category(v) for k, v in data.get("categories", {}).items()},
        consonant_sound=regex.compile(data["articles"]["consonant_sound"]),
        name_consonant_sound=regex.compile(data["articles"]["name_consonant_sound"]),
        vowel_sound=regex.compile(data["articles"]["vowel_sound"]),
        same_past=frozenset(data.get("same_past_verbs", ())),
        compound_particles=frozenset(data.get("compound_particles", ())),
        object_pronouns=frozenset(narrowing.get("object_pronouns", ())),
        adverbs_before_past=frozenset(narrowing.get("adverbs_before_past", ())),
        be_forms=frozenset(narrowing.get("be_forms", ())),
        prepositions=frozenset(narrowing.get("prepositions", ())),
        company_abbreviations=frozenset(narrowing.get("company_abbreviations", ())),
        independent_possessives=frozenset(narrowing.get("independent_possessives", ())),
        object_forms=frozenset(narrowing.get("object_forms", ())),
    )


_LOCK = threading.Lock()
_LINTERS: dict[tuple[int, bool, bool], Lints] = {}
# Spelling on its own linter over a masked copy of the text (checks/grammar/harper_split.py):
# the same lints, without Harper searching suggestions for every name.  False: one linter,
# as before (the tests and benches compare the two).
SPLIT_SPELLING = True


def dialect_for(language: str) -> int:
    """Harper's dialect number for a language tag such as ``en-GB``."""
    region = language.replace("_", "-").split("-")[-1].upper() if "-" in language else "US"
    return {"GB": 1, "UK": 1, "AU": 2, "NZ": 2, "CA": 3, "IN": 4}.get(region, 0)


def _linter(dialect: int, all_rules: bool = False) -> Lints:
    """The process's linter for ``dialect`` (with ``all_rules``, the quiet rules run too);
    call with ``_LOCK`` held."""
    key = (dialect, SPLIT_SPELLING, all_rules)
    found = _LINTERS.get(key)
    if found is not None:
        return found
    import harper  # deferred: importing is cheap, but keep it off the import path

    def make() -> harper.Linter:
        return harper.Linter(harper.Dialect(dialect))

    one = make()
    # Rules whose lints are dropped anyway are not run: some are costly
    # (BoringWords alone took a third of the time on news).
    off = config().disabled_rules | config().unrun_rules
    if not all_rules:
        off |= config().quiet_rules
    enabled = {k: (v if k not in off else False) for k, v in one.get_lint_config().items()}
    linter: Lints = one
    if SPLIT_SPELLING:
        linter = SplitLinter(make, enabled, config().spelling_rules, spelling_dropped)
    else:
        one.set_lint_config(enabled)
    _LINTERS[key] = linter
    return linter


def warm(language: str = "en-US", all_rules: bool = False) -> None:
    """Build the linter now (a front end may do this on a worker thread)."""
    with _LOCK:
        _linter(dialect_for(language), all_rules)


def reset() -> None:
    """Drop the built linters, and with them Harper's cache of texts seen (benches time cold)."""
    with _LOCK:
        _LINTERS.clear()


def is_dialect_variant(word: str) -> bool:
    """True when swapping a British/American spelling pattern gives a known word."""
    lower = word.lower()
    for a, b in _VARIANTS:
        for src, dst in ((a, b), (b, a)):
            at = lower.find(src)
            while at >= 0:
                other = lower[:at] + dst + lower[at + len(src) :]
                if zipf(other) >= _KNOWN_ZIPF:
                    return True
                at = lower.find(src, at + 1)
    return False


def _token_around(text: str, start: int, end: int) -> str:
    # Harper never sees a longer run than the filter's reach (see ``guard``).
    left, right = engine_filter.token_span(text, start, end)
    return text[left:right].strip("\"'“”‘’()[],;!?")


@lru_cache(maxsize=65_536)
def spelling_dropped(word: str) -> bool:
    """True when ``keep_spelling`` drops a lint of exactly ``word``, wherever it stands."""
    if not _LOWER_WORD.fullmatch(word):
        return True  # capitalised: most often a name Harper does not know
    if zipf(word) >= _TYPO_ZIPF:
        return True  # wordfreq knows it well: a real word, however rare in Harper's list
    return formed_word(word)


def formed_word(word: str) -> bool:
    """A word English forms by rule, which no dictionary lists in full: the other
    dialect's spelling, a closed compound of common words, a negated participle."""
    return (
        is_dialect_variant(word)
        or compound_of_known_words(word) is not None
        or negated_participle(word)
    )


# A compound's part: a common word (zipf 4: about once in 100,000 words) of four letters or
# more.  Shorter or rarer parts fit typos by chance ("bob|der" for "border", "ceo|thing").
_PART_ZIPF = 4.0
_PART_LEN = 4


def compound_of_known_words(word: str) -> tuple[str, str] | None:
    """The two parts of a closed compound English builds freely from common words
    ("longline", "lineout", "outports", "overpressed"), or None.

    Each part is a common word of four letters or more, or one of the adverb particles
    English compounds with (``compound_particles`` in resources/grammar/harper.toml:
    "out", "over"); two particles ("upon", "outback") prove nothing, nor does a
    closed-class word ("some|were" is "somewhere" misspelt: English builds no new
    compounds of function words).  Two words glued by a lost space are word.glued's to
    flag, not a misspelling.  A word one keystroke from a common word is that word
    misspelt, whatever its parts ("dish|ability" is "disability"; "peer|forming").
    """
    low = word.lower()
    if _keystroke_from_known(low):
        return None
    particles = config().compound_particles
    for i in range(2, len(low) - 1):
        head, tail = low[:i], low[i:]
        if head in particles and tail in particles:
            continue
        if _compound_part(head, particles) and _compound_part(tail, particles):
            return head, tail
    return None


def negated_participle(word: str) -> bool:
    """ "un" before a common verb's participle ("undriven", "unvisited", "unending"): English
    negates participles freely, so dictionaries list few of them.  One keystroke from a
    common word is a slip of it, whatever its parts."""
    low = word.lower()
    rest = low[2:]
    if not low.startswith("un") or len(rest) < _PART_LEN or zipf(rest) < _TYPO_ZIPF:
        return False
    # lemminflect lists a regular verb's "-ed" as its past tense only: the participle too.
    participle_form = participle(rest) or (rest.endswith("ed") and "VERB" in word_classes(rest))
    return participle_form and not _keystroke_from_known(low)


def _compound_part(part: str, particles: frozenset[str]) -> bool:
    """A part a closed compound is made of: a listed particle ("out", "over") or a common
    content word of four letters or more."""
    if part in particles:
        return True
    return len(part) >= _PART_LEN and part not in function_words() and zipf(part) >= _PART_ZIPF


def near_known_word(word: str, replacements: Sequence[str]) -> bool:
    """A word readers know (zipf 3, ``_TYPO_ZIPF``) is among Harper's suggestions or one
    keystroke from ``word`` (a letter dropped, added or changed, or two swapped).

    A slip is made in a word the writer knows.  An unknown word with no such neighbour
    ("jassids": Harper offers "Cassius", "lassies") is a rare term, a loanword or a local
    name written right, not a slip of a rarer word still.  Harper offers three words and
    ranks a swap as two edits, so its list alone misses "palyed" ("paled", "palled",
    "palmed"); the keystroke neighbours find "played".  Measured on 1,766 typos set in
    clean articles (bench/harper_context_typos.py --articles 8): none lost.
    """
    return any(zipf(r) >= _TYPO_ZIPF for r in replacements) or _keystroke_from_known(word)


def _keystroke_from_known(word: str) -> bool:
    return harper_context.one_slip_from(word, _TYPO_ZIPF)


def keep_spelling(
    text: str, start: int, end: int, user_words: frozenset[str], small_dictionary: bool = True
) -> bool:
    """The spelling filter: only lowercase prose words that are likely typos.

    ``small_dictionary``: the engine's word list is Harper's, which lacks many words the
    web uses (wordfreq's zipf 3, ``_TYPO_ZIPF``), so such a word is taken as real.
    LanguageTool's list is large: a word it lacks that the web writes often is a
    habitual typo ("teh", "alot") as often as a word.
    """
    word = text[start:end]
    if not _LOWER_WORD.fullmatch(word) or word.lower() in user_words:
        return False
    if (start > 0 and text[start - 1] in _HYPHENS) or (end < len(text) and text[end] in _HYPHENS):
        return False  # part of a hyphenated name: "Park Hae-won", "Lee Ji-hoon"
    token = _token_around(text, start, end)
    if _NOT_PROSE.search(token.rstrip(".")):
        return False  # a web address, handle or code
    return not (spelling_dropped(word) if small_dictionary else formed_word(word))


def likely_typo(word: str, suggestion: str) -> bool:
    """A misspelling is close to its word and much rarer than it (see the thresholds)."""
    distance = edit_distance(word.lower(), suggestion.lower())
    known = zipf(word)
    if distance > 2 or (distance == 2 and (len(word) <= 5 or known >= _TWO_EDIT_ZIPF)):
        return False
    return zipf(suggestion) - known >= _TYPO_GAP


def close_suggestion(word: str, suggestion: str) -> bool:
    """A typo is one or two keystrokes from its word; a rare word is further from any."""
    limit = 1 if len(word) <= 5 else 2
    return edit_distance(word.lower(), suggestion.lower()) <= limit


_NEXT_WORD = regex.compile(r"\s+[\"'“‘(]?(\p{L}[\p{L}'’-]*)")


def article_wrong(text: str, end: int, replacements: tuple[str, ...]) -> bool:
    """Harper's a/an goes by the letter; keep its lint only when the sound agrees.

    "a unanimous", "a one-off", "an hour" are right: the next word starts with a
    consonant sound though its letter is a vowel, or the reverse (silent h).
    A capital "A" glued to "&" or "/" ("A&E", "Maersk A/S") is no article at all.
    Before an amount in a currency whose sign carries a country's letters ("a NZ$4 million
    grant") news writes "a" as before "$4 million": the letters are not read aloud first.
    """
    if not replacements or _PREFIXED_AMOUNT.match(text, end):
        return False
    start = end - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and not (text[start - 1].isspace() or text[start - 1] in "\"'“‘("):
        return False  # "V&A": part of a token
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False  # the "article" is part of a token such as "A&E"
    nxt = m.group(1).lower()
    wanted = replacements[0].lower()
    cfg = config()
    if wanted == "an" and (
        cfg.consonant_sound.match(nxt) or cfg.name_consonant_sound.match(m.group(1))
    ):
        return False
    return not (wanted == "a" and cfg.vowel_sound.match(nxt))


_PREFIXED_AMOUNT = regex.compile(r"\s+\p{Lu}{1,3}[$€£¥₹]\s?\d")
_QUOTES = "\"“”‘’'«»"
_CLAUSE_START = '.!?,;:"“‘('
_WORD_BEFORE = regex.compile(r"([\p{L}'’]+)\W*$")
_WORD_AFTER = regex.compile(r"\s+[\p{L}'’-]+\s*([.!?;]|$)")
_NEXT_WORD_AT = regex.compile(r"[^\S\n]+(\p{L}+)")


_DOT_TOKEN_START = frozenset(" \t\n(\"“‘'")
_SUFFIX_TOKEN = regex.compile(r"[\p{L}\p{N}]{1,5}(?![\p{L}\p{N}])")


_TOKEN_BEFORE = regex.compile(r"(\S+)[ \u00a0]+$")


def _token_before(text: str, start: int) -> str:
    """The token (no white space) just before ``start`` on its line, as written."""
    m = _TOKEN_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` (lower-cased, curly apostrophes straightened)."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1).lower().replace("’", "'") if m else ""


# The two words after a position ("how| people die"), and where the clause ends
_TWO_WORDS_AFTER = regex.compile(r"[^\S\n]+([\p{L}'’-]+)[^\S\n]+([\p{L}'’-]+)")
_CLAUSE_END = regex.compile(r"[,;:.!?\n]")
CLAUSE_REACH = 80  # characters read for the clause's verb


def _plural_first(word: str) -> bool:
    """``word`` is the plural a noun prefers ("people", "farmers"), not a singular a
    lexicon also lists as its own plural ("report", "use")."""
    import lemminflect  # loaded by word_classes already

    return any(
        lemminflect.getAllInflections(base, "NOUN").get("NNS", ("",))[0] == word
        for base in lemminflect.getAllLemmas(word).get("NOUN", ())
    )


def _clause_after(text: str, end: int) -> bool:
    """A clause with its own subject follows ``end``, where "how" stands: a pronoun, a
    function word or a word that is no verb ("how it works", "how quickly they learned",
    "how farmers plant"), two nouns joined ("how milk and meat were handled"), or a plural
    with a verb after it in the clause ("how people die", "how people in the city
    travelled").  A word that may be a verb's base and is no plural is the infinitive
    HowTo wants "to" before ("learn how use the app", "how report abuse")."""
    m = _TWO_WORDS_AFTER.match(text, end)
    if m is None:
        return False
    first, second = m.group(1).lower(), m.group(2).lower()
    if first in function_words() or "VERB" not in word_classes(first):
        return True
    if second in ("and", "or"):
        return True
    if not _plural_first(first):
        return False
    rest = _CLAUSE_END.split(text[m.start(2) : m.start(2) + CLAUSE_REACH], maxsplit=1)[0]
    return any(may_be_finite(w) for w in regex.findall(r"[\p{L}'’-]+", rest))


def narrowed_out(rule: str, text: str, start: int, end: int) -> bool:
    """True where ``rule`` is measured to be wrong (resources/grammar/harper.toml [narrowing])."""
    cfg = config()
    if rule == "PronounVerbAgreement":
        # "show you images"; "after she last baked": an adverb before a past tense modifies
        # that verb, so it is no verb of the pronoun's ("she sound tired" keeps its lint)
        nxt = _NEXT_WORD_AT.match(text, end)
        adverb = text[start:end].lower() in cfg.adverbs_before_past
        return _word_before(text, start) in cfg.object_pronouns or (
            adverb and nxt is not None and verb_form(nxt.group(1).lower(), ("VBD",))
        )
    if rule == "ThereToTheir":
        return _word_before(text, start) in cfg.be_forms  # "is there life?"
    if rule == "PronounInflectionBe":
        # "the chemicals in it are": the pronoun is the object of a preposition; "His were
        # both": a possessive standing alone takes the number of what it stands for; "What
        # surprised us was": an object form is no subject of the verb.
        pronoun_at = _WORD_BEFORE.search(text, max(0, start - 40), start)
        pronoun = pronoun_at.group(1).lower() if pronoun_at is not None else ""
        return pronoun_at is not None and (
            _word_before(text, pronoun_at.start(1)) in cfg.prepositions
            or pronoun in cfg.independent_possessives
            or pronoun in cfg.object_forms
        )
    if rule == "HowTo":
        return _clause_after(text, end)  # "is how people die": a subject and its verb
    if rule == "Itself":
        return text[end : end + 1] in _HYPHENS  # "it self-directed": "self-" is a prefix
    if rule == "SentenceCapitalization":
        if _token_before(text, start) in cfg.company_abbreviations:
            return True  # "Zandor & Co. through its programme": the name's dot
        # "its internet domain, .ax.": a dot that opens a short token names a domain or a
        # file type (".ax", ".pdf"); it ends no sentence.  A function word there is a slip
        # of the space ("close .the result").
        opens = text[start - 1 : start] == "." and (
            start < 2 or text[start - 2] in _DOT_TOKEN_START
        )
        suffix = _SUFFIX_TOKEN.match(text, start)
        return opens and suffix is not None and suffix.group().casefold() not in function_words()
    if rule == "ItsPossessive":
        # "Technically, it's noise.": at a clause start, one word and the sentence ends:
        # "it is".  After a verb ("wagged it's tail.") the lint stays.
        before = text[:start].rstrip()
        clause_start = not before or before[-1] in _CLAUSE_START
        return clause_start and _WORD_AFTER.match(text, end) is not None
    return False


def _replacements(lint: harper.Lint) -> tuple[str, ...]:
    out: list[str] = []
    problem = lint.problem_text
    for s in lint.suggestions:
        kind = int(s.kind)
        if kind == 1:  # REMOVE
            value = ""
        elif kind == 2:  # INSERT_AFTER
            value = lint.problem_text + s.replacement_text
        else:
            value = s.replacement_text
        if len(problem) == 1 and problem in _QUOTES and '"' in value:
            value = value.replace('"', problem)  # keep the text's own (curly) quote mark
        if value != lint.problem_text and value not in out:
            out.append(value)
    return tuple(out[:5])


_TICKS = regex.compile(r"`([^`]*)`")


# Rules that read an acronym as a word: a comma inside "RTS,S", "WHO" taken for "who".
_ACRONYM_RULES = frozenset({"CommaFixes", "TheHowWhy"})
_ACRONYMISH = regex.compile(r"\b\p{Lu}{2,}(?:,\p{Lu}+)?\b")


def _acronym_at(text: str, start: int, end: int) -> bool:
    """An acronym in the flagged span, the token holding it, or the word right after it."""
    after = regex.match(r"\W*(\S+)", text[end : end + 40])
    around = _token_around(text, start, end) + " " + (after.group(1) if after else "")
    return bool(_ACRONYMISH.search(around))


_OPENING = "\"“‘'«"
# Marks a quote opens right after, in place of a paragraph's first letter: "(“", "—“".
_BEFORE_OPENING = "([{—–"


def continued_quote(text: str, start: int) -> bool:
    """True when the quote at ``start`` runs on to a next paragraph that reopens it.

    News style leaves a quotation open at the end of each of its paragraphs and opens
    the next one with a quote mark, closing it only in the last paragraph; the mark may
    follow a bracket or a dash that opens the paragraph (``—“We will stay,” he added.``).
    """
    para_end = text.find("\n", start)
    if para_end < 0:
        return False
    nxt = text[para_end:].lstrip()
    if nxt[:1] and nxt[0] in _BEFORE_OPENING:
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in _OPENING


_DOUBLE_MARK = regex.compile(r"[“”\"]")
# A straight mark opens a quote at a line's start or after a space, a bracket or a dash.
_OPENS_AFTER = " \t\u00a0([{—–-"


def _opens(text: str, at: int) -> bool:
    """Whether the double quote mark at ``at`` opens a quote (a straight one by its place)."""
    mark = text[at]
    if mark != '"':
        return mark == "“"
    return at == 0 or text[at - 1] in "\n" + _OPENS_AFTER


def _next_line(text: str, at: int, step: int) -> tuple[int, int] | None:
    """The span of the next non-blank line after (``step`` 1) or before (-1) the line
    holding ``at``; None at the text's edge."""
    if step > 0:
        end = text.find("\n", at)
        while end >= 0:
            start, end = end + 1, text.find("\n", end + 1)
            stop = len(text) if end < 0 else end
            if text[start:stop].strip():
                return start, stop
        return None
    start = text.rfind("\n", 0, at)
    while start > 0:
        stop, start = start, text.rfind("\n", 0, start)
        if text[start + 1 : stop].strip():
            return start + 1, stop
    return None


def closed_across_paragraphs(text: str, start: int) -> bool:
    """True when the double quote mark at ``start``, which Harper reads as unclosed, pairs
    with a mark in the paragraph next to it: an opening mark whose next paragraph begins by
    closing a quote, or a closing mark whose paragraph before leaves one open (``He said:
    “We will fight.`` / ``We will never surrender.”``).  The quote is closed; what is wrong,
    if anything, is the paragraph break inside it (news style would reopen the quote there:
    see ``continued_quote``), not a missing mark."""
    if text[start : start + 1] not in '“”"' or start >= len(text):
        return False
    opening = _opens(text, start)
    line = _next_line(text, start, 1 if opening else -1)
    if line is None:
        return False
    marks = [m.start() for m in _DOUBLE_MARK.finditer(text, *line)]
    if not marks:
        return False
    if opening:  # the next paragraph's first mark closes, and it closes one more than opens
        return not _opens(text, marks[0]) and len(marks) % 2 == 1
    return _opens(text, marks[-1]) and len(marks) % 2 == 1


_CURLY_MARK = regex.compile(r"[“”]")


def paired_in_paragraph(text: str, start: int) -> bool:
    """True when the curly mark at ``start`` pairs with the next or last curly mark of its
    paragraph: an opening mark that a closing one follows, or a closing mark after an
    opening one, the opening mark after a space, a bracket or a dash.  Harper misreads a
    quote whose opening mark follows a dash with no space (``said—“Oh, who would believe
    it?”``), and flags both marks of a closed quote.  After a letter or a stop the space is
    missing (``March.“We``), and the query stays with it."""
    mark = text[start : start + 1]
    if mark not in ("“", "”"):
        return False
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", start)
    para_end = len(text) if para_end < 0 else para_end
    if mark == "“":
        after = _CURLY_MARK.search(text, start + 1, para_end)
        opening = start
        paired = after is not None and after.group() == "”"
    else:
        before = list(_CURLY_MARK.finditer(text, para_start, start))
        opening = before[-1].start() if before else start
        paired = bool(before) and before[-1].group() == "“"
    return paired and (opening == para_start or text[opening - 1] in _OPENS_AFTER)


def _message(lint: harper.Lint) -> str:
    return _TICKS.sub(r"“\1”", lint.message).strip()


_CONFIDENCE = {"Agreement": 0.75, "Spelling": 0.6, "Typo": 0.75, "Capitalization": 0.6}


# Limits on what Harper is handed, measured on harper-py 0.2.0.  Its memory grows with
# the length of a word (about 0.35 MB a letter: "Ab" * 25,000 took 18 GB) and its time
# with the length of a sentence (a 32,000-character line without a sentence end took
# 2.1 s in one call, 0.3 s in 1,000-character pieces) and of a run of punctuation.
MAX_TOKEN = 500  # characters without a space, tab or line break: no prose, not even a URL
MAX_WORD = 64  # letters in a row: no English word
MAX_SENTENCE = 1000  # a longer "sentence" is linted in pieces of at most this
CHUNK = 50_000  # a longer text is linted in chunks of whole sentences (one call each)
# Harper's time per word grows with the length of a call: 800 short paragraphs (47,000
# characters) took 2.6 CPU-s in one call, 1.6 in calls of 100 to 400 paragraphs
# (bench/harper_chunks.py).  A text with paragraph breaks is linted in runs of whole
# paragraphs of about this many characters; no lint spans a blank line, so the lints
# are the same (the bench compares them on real and made-up text).
PARAGRAPH_CHUNK = 8_000
_BLANK_LINE = regex.compile(r"\n[ \t]*\n\s*")
SKIPPED = "Skipped"  # the rule of the note left where text was not handed to Harper

_LONG_RUN = regex.compile(rf"[^ \t\n]{{{MAX_TOKEN + 1},}}")
_LONG_WORD = regex.compile(rf"\p{{L}}{{{MAX_WORD + 1},}}")


def _runs_fit(text: str) -> bool:
    """True when no run of characters without a space, tab or line break is longer than
    ``MAX_WORD`` (nor than ``MAX_TOKEN``, the larger): then neither pattern of ``guard``
    can match, since a run of letters lies inside such a run.  Splitting the text is a
    tenth of the cost of scanning it with both patterns (each tries every position of a
    token again), and it answers for nearly every text."""
    return max(map(len, text.replace("\t", " ").replace("\n", " ").split(" "))) <= MAX_WORD


# A mark after feet and inches, or minutes and seconds (``6’2”``, ``5'11"``, ``6’ 2½”``,
# ``2’30”``): a double prime, no quote.  Harper pairs double marks in their order, so one
# taken for a quote pairs with the paragraph's real opening mark and leaves its closing
# mark "unclosed" (``“He is 6’2” and quick,” she said.``), or is itself reported alone.
_PRIME_MARK = regex.compile(r"(?<=\p{Nd}[’'′][ \u00a0]?\p{Nd}{1,2}(?:\.\p{Nd}+|[¼½¾])?)[\"”]")
_DOUBLE_PRIME = "″"  # Harper reads it as no quote; one character, so offsets stay


def mask_primes(text: str) -> str:
    """``text`` with each double quote mark written for a double prime (``_PRIME_MARK``'s
    pattern) replaced by the prime itself: the same length, every offset the same."""
    if '"' not in text and "”" not in text:
        return text
    return _PRIME_MARK.sub(_DOUBLE_PRIME, text)


def guard(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with over-long runs and words blanked out (same length), and their spans.

    Blanked with spaces so that every offset stays the same; Harper is fast on spaces.
    """
    if _runs_fit(text):
        return text, []
    spans = sorted(
        [(m.start(), m.end()) for m in _LONG_RUN.finditer(text)]
        + [(m.start(), m.end()) for m in _LONG_WORD.finditer(text)]
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    if not merged:
        return text, []
    parts: list[str] = []
    at = 0
    for start, end in merged:
        parts += [text[at:start], " " * (end - start)]
        at = end
    parts.append(text[at:])
    return "".join(parts), merged


def paragraph_blocks(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """``text`` cut at blank lines into runs of whole paragraphs of about ``limit`` characters.

    A block ends after the white space of its last blank line, so the blocks cover
    the text; a paragraph longer than ``limit`` is a block of its own.  ``limit`` is
    ``PARAGRAPH_CHUNK`` as it is when called (bench/harper_chunks.py sets it).
    """
    limit = PARAGRAPH_CHUNK if limit is None else limit
    blocks: list[tuple[int, int]] = []
    start = 0
    for m in _BLANK_LINE.finditer(text):
        if m.end() - start >= limit:
            blocks.append((start, m.end()))
            start = m.end()
    if start < len(text) or not blocks:
        blocks.append((start, len(text)))
    return blocks


def chunks(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` to lint one call each: the whole text when it is short and ordinary.

    A text longer than ``PARAGRAPH_CHUNK`` with blank lines is linted in runs of
    whole paragraphs (see ``paragraph_blocks``); a block longer than ``CHUNK``, or one
    with a "sentence" longer than ``MAX_SENTENCE`` (a line without punctuation), is
    split further: into runs of whole sentences, and such a sentence into pieces cut
    at white space.
    """
    if len(text) <= PARAGRAPH_CHUNK:
        return _sentence_chunks(text, 0, len(text))
    return [c for start, end in paragraph_blocks(text) for c in _sentence_chunks(text, start, end)]


def _sentence_chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``chunks`` of ``text[start:end]``: the whole block, or runs of its sentences."""
    if start == 0 and end == len(text):  # the whole text: the split the checks share
        spans = list(sentence_spans(text))
    else:
        spans = [
            s._replace(start=s.start + start, end=s.end + start) for s in sentences(text[start:end])
        ]
    if end - start <= CHUNK and all(s.end - s.start <= MAX_SENTENCE for s in spans):
        return [(start, end)]
    out: list[tuple[int, int]] = []
    group: tuple[int, int] | None = None
    for span in spans:
        long_sentence = span.end - span.start > MAX_SENTENCE
        if group is not None and (long_sentence or span.end - group[0] > CHUNK):
            out.append(group)
            group = None
        if long_sentence:
            out += [(p.start, p.end) for p in bounded(text, [span], MAX_SENTENCE)]
        else:
            group = (group[0] if group else span.start, span.end)
    if group is not None:
        out.append(group)
    return out


def _organized(text: str, language: str, all_rules: bool = False) -> list[tuple[str, _Shifted]]:
    """(rule, lint) for every Harper lint of ``text``, linted chunk by chunk."""
    found: list[tuple[str, _Shifted]] = []
    for start, end in chunks(text):
        with _LOCK:
            organized = _linter(dialect_for(language), all_rules).organized_lints(
                text[start:end], language="plaintext"
            )
        for rule, lints in organized.items():
            found += [(rule, _Shifted(item, start)) for item in lints or ()]
    return found


class _Shifted:
    """A Harper lint seen from the whole text: its span moved by its chunk's offset."""

    def __init__(self, item: harper.Lint, offset: int) -> None:
        self.item = item
        self.start = item.span.start + offset
        self.end = item.span.end + offset


def _skipped_notes(spans: list[tuple[int, int]]) -> list[Finding]:
    if spans:
        log.warning("Harper: %d over-long runs of text left unchecked", len(spans))
    return [
        Finding(
            offset=start,
            length=end - start,
            rule=SKIPPED,
            kind="Skipped",
            category=Category.GRAMMAR,
            message=f"Not checked for grammar: {end - start:,} characters without a space "
            "or a word too long to be one",
            replacements=(),
            confidence=0.3,
        )
        for start, end in spans
    ]


def lint(
    text: str,
    language: str = "en-US",
    user_words: Iterable[str] = (),
    all_rules: bool = False,
) -> list[Finding]:
    """Harper's kept lints for the whole of ``text``, and a note on what it was not shown;
    ``all_rules``: the quiet rules run too (resources/grammar/harper.toml)."""
    cfg = config()
    words = frozenset(w.lower() for w in user_words)
    # Harper and the filters below see the guarded text: the same, but for over-long
    # runs blanked out, so that no lint can fall inside one.
    text, skipped = guard(text)
    text = mask_primes(text)  # and an inch mark is no quote to pair
    found: list[Finding] = _skipped_notes(skipped)
    for rule, shifted in _organized(text, language, all_rules):
        if rule not in cfg.disabled_rules and shifted.item.lint_kind not in cfg.disabled_kinds:
            finding = _kept(text, rule, shifted, words, cfg)
            if finding is not None:
                found.append(finding)
    found.sort(key=lambda f: (f.offset, f.length, f.rule))
    return _terms_once(text, found, cfg)


def _terms_once(text: str, found: list[Finding], cfg: HarperConfig) -> list[Finding]:
    """The findings, with only the first spelling lint of each of the text's own terms
    (harper_context.article_term): one flag, saying how often the word is used, is
    enough for the editor to judge it (or add it to the user's words)."""
    terms: dict[str, int] = {}
    # The stems of the terms found so far: a word sharing one is the same term
    # (harper_context.same_term), asked of one set rather than of every term.
    term_stems: set[str] = set()
    out: list[Finding] = []
    for f in found:
        if f.rule in cfg.spelling_rules:
            word = text[f.offset : f.offset + f.length].lower()
            if harper_context.stems(word) & term_stems:
                continue  # a later use of a term (or its plural): flagged at its first use
            if word not in terms:
                habit = _habitual_slip(word, f)
                terms[word] = 0 if habit else harper_context.article_term(text, word)
                if terms[word]:
                    term_stems |= harper_context.stems(word)
                    note = f" (written so {terms[word]} times here: the text's term?)"
                    f = replace(f, message=f.message + note)
        out.append(f)
    return out


# Zipf of a word most writers know: a misspelling of one ("accomodation", "definately") is
# habitual, written the same way every time, and every use is flagged.
_HABIT_ZIPF = 3.5
# ... but a word this short one letter from it may be a word of another language: so
# many short words lie one letter from a common one ("waka", a canoe: "wake"); not from
# one of the commonest words ("alsu", "yeer"): a writer's slip there is still a habit
_SHORT_WORD = 4
_COMMONEST = 5.0


def _habitual_slip(word: str, f: Finding) -> bool:
    """Harper's best suggestion is a common word: the repeated spelling is a writer's
    habit, not the text's own term (a local term whose nearest word is rare).  Not a
    short word that differs from it by one letter for another that is no neighbour key:
    a letter swapped or dropped is a habit ("teh", "wich"), and so is a finger's slip to
    the next key ("wuth", "bsnk") or a slip of one of the commonest words ("alsu",
    "yeer"), but a short loanword is one letter from some common word as often as not
    ("waka": "wake"), and is read as a term like any other."""
    if not f.replacements or zipf(f.replacements[0]) < _HABIT_ZIPF:
        return False
    best = f.replacements[0].lower()
    if len(word) <= _SHORT_WORD and len(best) == len(word) and zipf(best) < _COMMONEST:
        changed = [(a, b) for a, b in zip(word, best, strict=True) if a != b]
        return len(changed) != 1 or harper_context.neighbour_keys(*changed[0])
    return True


def _past_tense(word: str, cfg: HarperConfig) -> bool:
    """A past tense, which English writes alike after every pronoun ("she beat", "he
    overheard"), but for "was" and "were" ("they was" is an agreement slip)."""
    if word in cfg.same_past:
        return True  # spelt like the present: Harper reads "beat" as "beats" missing an s
    return past_tense_no_noun(word) and word not in cfg.be_forms


def spelling_kept(
    text: str,
    start: int,
    end: int,
    replacements: Sequence[str],
    user_words: frozenset[str],
    small_dictionary: bool = True,
) -> bool:
    """A spelling lint on ``text[start:end]`` that is likely a typo on news copy.

    One filter for both engines' dictionaries (Harper's ``SpellCheck``, LanguageTool's
    ``MORFOLOGIK`` rules), so that neither flags what the other was taught to leave: a
    name, a dialect's spelling, a foreign unit after an amount, a loanword, a foreign
    name's inner word (``harper_context.spelling_in_context``).
    """
    if not keep_spelling(text, start, end, user_words, small_dictionary):
        return False
    word = text[start:end]
    if replacements and fold(word.lower()) == fold(replacements[0].lower()):
        return False  # "złoty" -> "zloty": the same word with its accents
    if not (replacements and likely_typo(word, replacements[0])):
        return False  # no close, much commoner word: more likely a rare word than a typo
    if not near_known_word(word, replacements):
        return False  # only rare words near it: a rare term written right, not a slip
    return not harper_context.dropped("", text, start, end, replacements, True)


def _kept(
    text: str, rule: str, shifted: _Shifted, words: frozenset[str], cfg: HarperConfig
) -> Finding | None:
    """The lint as a finding, or None when a filter measured on news copy drops it."""
    item, start, end = shifted.item, shifted.start, shifted.end
    kind = item.lint_kind
    replacements = _replacements(item)
    spelling = rule in cfg.spelling_rules
    if spelling and not spelling_kept(text, start, end, replacements, words):
        return None
    if rule == "AnA" and not article_wrong(text, end, replacements):
        return None
    if rule == "PronounVerbAgreement" and _past_tense(item.problem_text.lower(), cfg):
        return None  # "She beat Coe", "things he overheard": a past tense agrees with all
    if narrowed_out(rule, text, start, end):
        return None
    if not spelling and harper_context.dropped(rule, text, start, end, replacements, False):
        return None  # a Māori "te", a noun after "their", a name's "An" (harper_context)
    if rule == "UnclosedQuotes" and (
        continued_quote(text, start)
        or closed_across_paragraphs(text, start)
        or paired_in_paragraph(text, start)
    ):
        return None  # news style: a quote running on leaves each paragraph open; or one
        # closed in the next paragraph
    if rule in _ACRONYM_RULES and _acronym_at(text, start, end):
        return None  # "RTS,S" is a vaccine's name; "the WHO" is an organisation
    if engine_filter.dropped(text, start, end, replacements):
        return None  # a name respelt, a dateline, an address: as for LanguageTool
    return Finding(
        offset=start,
        length=end - start,
        rule=rule,
        kind=kind,
        category=cfg.categories.get(kind, Category.GRAMMAR),
        message=_message(item),
        replacements=replacements,
        confidence=_CONFIDENCE.get(kind, 0.65),
    )
