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
British/American variant and not part of a hyphenated name ("Son-hui").
"""

from __future__ import annotations

import threading
import tomllib
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
# A word this common is English even when Harper's dictionary lacks it.
_COMMON_ZIPF = 4.0
_KNOWN_ZIPF = 2.5
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
            at = lower.find(src, 1)
            while at > 0:
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
        return False  # part of a hyphenated name: "Choe Son-hui", "Kim Jong-un"
    token = _token_around(text, start, end)
    if _NOT_PROSE.search(token.rstrip(".")):
        return False  # a web address, handle or code
    if zipf(word) >= _COMMON_ZIPF:
        return False
    return not is_dialect_variant(word)


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
            if rule in cfg.spelling_rules and not (
                replacements and close_suggestion(item.problem_text, replacements[0])
            ):
                continue  # no close word: more likely a rare word than a typo
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
