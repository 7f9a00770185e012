"""The offline grammar engine: Harper (``harper-py``), filtered to what is precise on news.

Harper runs in-process from data inside its wheel: no Java, no download, so a
fresh install checks grammar at once.  Building its ``Linter`` costs about half
a second, so one is built lazily per dialect, on first use, and reused; a
``Linter`` is not thread-safe, so every call goes through one lock.  Whole
documents are linted in one call (paragraph by paragraph is eight times slower).

What is kept was chosen by measurement on news copy (see the module's tests and
``resources/grammar/harper.toml``): agreement, confused words, articles,
repeated words and sentence capitalisation are precise; sentence length, Oxford
commas, compound-word advice and spelling of capitalised words (names) are not.
Spelling is kept only for lowercase words that are not common English, not a
British/American variant and not part of a hyphenated name ("Hae-won").
"""

from __future__ import annotations

import threading
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import regex

from checks.lexicon import zipf
from checks.model import Category

if TYPE_CHECKING:
    import harper

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
    categories: dict[str, Category]
    consonant_sound: regex.Pattern[str]
    vowel_sound: regex.Pattern[str]
    same_past: frozenset[str]


@cache
def config() -> HarperConfig:
    data: dict[str, Any] = tomllib.loads(
        (files("resources") / "grammar" / "harper.toml").read_text("utf-8")
    )
    return HarperConfig(
        disabled_kinds=frozenset(data.get("disabled_kinds", ())),
        disabled_rules=frozenset(data.get("disabled_rules", ())),
        spelling_rules=frozenset(data.get("spelling_rules", ())),
        unrun_rules=frozenset(data.get("unrun_rules", ())),
        categories={k: Category(v) for k, v in data.get("categories", {}).items()},
        consonant_sound=regex.compile(data["articles"]["consonant_sound"]),
        vowel_sound=regex.compile(data["articles"]["vowel_sound"]),
        same_past=frozenset(data.get("same_past_verbs", ())),
    )


_LOCK = threading.Lock()
_LINTERS: dict[int, harper.Linter] = {}


def dialect_for(language: str) -> int:
    """Harper's dialect number for a language tag such as ``en-GB``."""
    region = language.replace("_", "-").split("-")[-1].upper() if "-" in language else "US"
    return {"GB": 1, "UK": 1, "AU": 2, "NZ": 2, "CA": 3, "IN": 4}.get(region, 0)


def _linter(dialect: int) -> harper.Linter:
    """The process's one linter for ``dialect``; call with ``_LOCK`` held."""
    linter = _LINTERS.get(dialect)
    if linter is None:
        import harper  # deferred: importing is cheap, but keep it off the import path

        linter = harper.Linter(harper.Dialect(dialect))
        # Rules whose lints are dropped anyway are not run: some are costly
        # (BoringWords alone took a third of the time on news).
        off = config().disabled_rules | config().unrun_rules
        settings = linter.get_lint_config()
        linter.set_lint_config({k: (v if k not in off else False) for k, v in settings.items()})
        _LINTERS[dialect] = linter
    return linter


def warm(language: str = "en-US") -> None:
    """Build the linter now (a front end may do this on a worker thread)."""
    with _LOCK:
        _linter(dialect_for(language))


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
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    return text[left:right].strip("\"'“”‘’()[],;!?")


def keep_spelling(text: str, start: int, end: int, user_words: frozenset[str]) -> bool:
    """The spelling filter: only lowercase prose words that are likely typos."""
    word = text[start:end]
    if not _LOWER_WORD.fullmatch(word):
        return False  # capitalised: most often a name Harper does not know
    if word.lower() in user_words:
        return False
    if (start > 0 and text[start - 1] in _HYPHENS) or (end < len(text) and text[end] in _HYPHENS):
        return False  # part of a hyphenated name: "Park Hae-won", "Lee Ji-hoon"
    token = _token_around(text, start, end)
    if _NOT_PROSE.search(token.rstrip(".")):
        return False  # a web address, handle or code
    if zipf(word) >= _TYPO_ZIPF:
        return False  # wordfreq knows it well: a real word, however rare in Harper's list
    return not is_dialect_variant(word)


def likely_typo(word: str, suggestion: str) -> bool:
    """A misspelling is close to its word and much rarer than it (see the thresholds)."""
    distance = _distance(word.lower(), suggestion.lower())
    known = zipf(word)
    if distance > 2 or (distance == 2 and (len(word) <= 5 or known >= _TWO_EDIT_ZIPF)):
        return False
    return zipf(suggestion) - known >= _TYPO_GAP


def _distance(a: str, b: str) -> int:
    """Optimal string alignment distance (edits, with adjacent transpositions)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


def close_suggestion(word: str, suggestion: str) -> bool:
    """A typo is one or two keystrokes from its word; a rare word is further from any."""
    limit = 1 if len(word) <= 5 else 2
    return _distance(word.lower(), suggestion.lower()) <= limit


_NEXT_WORD = regex.compile(r"\s+[\"'“‘(]?(\p{L}[\p{L}'’-]*)")
# Web addresses and e-mail: Harper reads their dots as sentence ends.
_URLISH = regex.compile(r"://|@\S|^www\.|\p{L}{2}\.\p{L}{2,}(?:/|$)", regex.IGNORECASE)


def _plain(word: str) -> str:
    """``word`` lower-cased without accents ("złoty" -> "zloty")."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ł", "l").replace("ø", "o"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def article_wrong(text: str, end: int, replacements: tuple[str, ...]) -> bool:
    """Harper's a/an goes by the letter; keep its lint only when the sound agrees.

    "a unanimous", "a one-off", "an hour" are right: the next word starts with a
    consonant sound though its letter is a vowel, or the reverse (silent h).
    A capital "A" glued to "&" or "/" ("A&E", "Maersk A/S") is no article at all.
    """
    if not replacements:
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
    if wanted == "an" and cfg.consonant_sound.match(nxt):
        return False
    return not (wanted == "a" and cfg.vowel_sound.match(nxt))


_QUOTES = "\"“”‘’'«»"


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


def continued_quote(text: str, start: int) -> bool:
    """True when the quote at ``start`` runs on to a next paragraph that reopens it.

    News style leaves a quotation open at the end of each of its paragraphs and opens
    the next one with a quote mark, closing it only in the last paragraph.
    """
    para_end = text.find("\n", start)
    if para_end < 0:
        return False
    nxt = text[para_end:].lstrip()
    return bool(nxt) and nxt[0] in _OPENING


def _message(lint: harper.Lint) -> str:
    return _TICKS.sub(r"“\1”", lint.message).strip()


_CONFIDENCE = {"Agreement": 0.75, "Spelling": 0.6, "Typo": 0.75, "Capitalization": 0.6}


def lint(
    text: str,
    language: str = "en-US",
    user_words: Iterable[str] = (),
) -> list[Finding]:
    """Harper's kept lints for the whole of ``text``."""
    cfg = config()
    words = frozenset(w.lower() for w in user_words)
    with _LOCK:
        organized = _linter(dialect_for(language)).organized_lints(text, language="plaintext")
    found: list[Finding] = []
    for rule, lints in organized.items():
        if not lints or rule in cfg.disabled_rules:
            continue
        for item in lints:
            kind = item.lint_kind
            if kind in cfg.disabled_kinds:
                continue
            start, end = item.span.start, item.span.end
            if rule in cfg.spelling_rules and not keep_spelling(text, start, end, words):
                continue
            replacements = _replacements(item)
            if (
                rule in cfg.spelling_rules
                and replacements
                and _plain(item.problem_text) == (_plain(replacements[0]))
            ):
                continue  # "złoty" -> "zloty": the same word with its accents
            if rule in cfg.spelling_rules and not (
                replacements and likely_typo(item.problem_text, replacements[0])
            ):
                continue  # no close, much commoner word: more likely a rare word than a typo
            if rule == "AnA" and not article_wrong(text, end, replacements):
                continue
            if rule == "PronounVerbAgreement" and item.problem_text.lower() in cfg.same_past:
                continue  # "She beat Coe": the past tense looks like the present
            if _URLISH.search(_token_around(text, start, end)):
                continue  # "www.port.pl" is not a sentence to capitalise
            if rule == "UnclosedQuotes" and continued_quote(text, start):
                continue  # news style: a quote running on leaves each paragraph open
            if rule in _ACRONYM_RULES and _acronym_at(text, start, end):
                continue  # "RTS,S" is a vaccine's name; "the WHO" is an organisation
            found.append(
                Finding(
                    offset=start,
                    length=end - start,
                    rule=rule,
                    kind=kind,
                    category=cfg.categories.get(kind, Category.GRAMMAR),
                    message=_message(item),
                    replacements=replacements,
                    confidence=_CONFIDENCE.get(kind, 0.65),
                )
            )
    found.sort(key=lambda f: (f.offset, f.length, f.rule))
    return found
