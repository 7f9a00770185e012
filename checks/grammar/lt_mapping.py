"""LanguageTool matches as copydesk issues, and long texts cut into chunks for it.

Offsets: LanguageTool counts in UTF-16 code units (Java strings).
``language-tool-python`` already moves a match's *start* back for every
non-BMP character (emoji) before it, but not its length, so a match that
spans an emoji is re-measured here.  Chunks are cut on paragraph boundaries
(sentence ends or spaces inside an overlong paragraph) and each match is
moved back by its chunk's start.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Protocol

import regex

from copydesk.checks.grammar import engine_filter, lt_context
from copydesk.checks.model import Category, Issue

if TYPE_CHECKING:
    from copydesk.checks.settings import LanguageToolSettings

CHECK_ID = "lt"
MAX_CHUNK = 12_000  # characters per request: LanguageTool's time grows with sentence count


class MatchLike(Protocol):
    """What we read of a ``language_tool_python.Match``."""

    rule_id: str
    message: str
    replacements: list[str]
    offset: int
    error_length: int
    category: str


@dataclass(frozen=True)
class LTConfig:
    disabled_rules: tuple[str, ...]
    disabled_categories: tuple[str, ...]
    categories: dict[str, Category]
    # off too with the language "auto": one dialect's advice against the other's words
    auto_disabled_rules: tuple[str, ...] = ()
    auto_disabled_categories: tuple[str, ...] = ()


@cache
def config() -> LTConfig:
    data: dict[str, Any] = tomllib.loads(
        (files("copydesk.resources") / "grammar" / "languagetool.toml").read_text("utf-8")
    )
    return LTConfig(
        disabled_rules=tuple(data.get("disabled_rules", ())),
        disabled_categories=tuple(data.get("disabled_categories", ())),
        auto_disabled_rules=tuple(data.get("auto_disabled_rules", ())),
        auto_disabled_categories=tuple(data.get("auto_disabled_categories", ())),
        categories={k: Category(v) for k, v in data.get("categories", {}).items()},
    )


def disabled_rules(lt: LanguageToolSettings) -> list[str]:
    auto = config().auto_disabled_rules if lt.language == "auto" else ()
    return sorted(set(config().disabled_rules) | set(auto) | set(lt.disabled_rules))


def disabled_categories(lt: LanguageToolSettings) -> list[str]:
    auto = config().auto_disabled_categories if lt.language == "auto" else ()
    return sorted(set(config().disabled_categories) | set(auto) | set(lt.disabled_categories))


def category_for(lt_category: str, issue_type: str = "") -> Category:
    if lt_category in config().categories:
        return config().categories[lt_category]
    if issue_type == "misspelling":
        return Category.SPELLING
    if issue_type == "typographical":
        return Category.PUNCTUATION
    return Category.GRAMMAR


# --- chunking -------------------------------------------------------------------

_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?…][\"'”’»)\]]*)\s+")


def _split_long(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most ``limit``, at sentence ends or spaces."""
    while end - start > limit:
        window_end = start + limit
        cut = -1
        for m in _SENTENCE_BREAK.finditer(text, start + 1, window_end):
            cut = m.end()
        if cut <= start:
            space = text.rfind(" ", start + 1, window_end)
            cut = space + 1 if space > start else window_end
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def chunks(text: str, limit: int = MAX_CHUNK) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text``, cut between paragraphs, each <= ``limit``."""
    if len(text) <= limit:
        return [(0, text)] if text else []
    # Paragraph spans, each ending after its separating blank lines.
    bounds: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        bounds.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        bounds.append((pos, len(text)))
    pieces: list[tuple[int, int]] = []
    for start, end in bounds:
        pieces.extend(_split_long(text, start, end, limit))
    out: list[tuple[int, str]] = []
    cur_start, cur_end = pieces[0]
    for start, end in pieces[1:]:
        if end - cur_start <= limit:
            cur_end = end
        else:
            out.append((cur_start, text[cur_start:cur_end]))
            cur_start, cur_end = start, end
    out.append((cur_start, text[cur_start:cur_end]))
    return out


# --- matches to issues ----------------------------------------------------------


def _utf16_to_str_index(text: str, utf16_index: int) -> int:
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16_index:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def match_span(chunk: str, match: MatchLike) -> tuple[int, int]:
    """The ``str`` span in ``chunk`` of a language-tool-python ``Match``."""
    start = int(match.offset)  # already corrected for non-BMP characters before it
    length = int(match.error_length)
    if any(ord(c) > 0xFFFF for c in chunk):
        utf16_start = start + sum(1 for c in chunk[:start] if ord(c) > 0xFFFF)
        end = _utf16_to_str_index(chunk, utf16_start + length)
        length = end - start
    start = max(0, min(start, len(chunk)))
    length = max(0, min(length, len(chunk) - start))
    return start, length


_SAFE_ID = regex.compile(r"[^A-Za-z0-9_]+")
_SPELLING_RULE = regex.compile(r"MORFOLOGIK|SPELL|HUNSPELL", regex.IGNORECASE)


def rule_id(match: MatchLike) -> str:
    return f"{CHECK_ID}.{_SAFE_ID.sub('_', str(match.rule_id)) or 'UNKNOWN'}"


def _is_name_spelling(match: MatchLike, matched: str, user_words: frozenset[str]) -> bool:
    """A spelling match on a capitalised word (most often a name) or a user word."""
    if not _is_spelling(match):
        return False
    return matched[:1].isupper() or matched.lower() in user_words


def _is_spelling(match: MatchLike) -> bool:
    return (
        getattr(match, "rule_issue_type", "") == "misspelling"
        or _SPELLING_RULE.search(str(match.rule_id)) is not None
    )


def _no_typo(
    text: str, start: int, end: int, suggestions: Sequence[str], words: frozenset[str]
) -> bool:
    """A dictionary match that the offline engine's spelling filter would drop.

    LanguageTool's dictionary lacks rare real words ("reconfigurability", "alocasia"),
    loanwords and the inner words of foreign names ("Ofis publik"), and its en-US list
    knows no British spelling: the filter measured for Harper's spelling on news copy
    (``spelling_kept`` in checks/grammar/harper_engine.py) decides for both engines.
    """
    from copydesk.checks.grammar.harper_engine import spelling_kept

    return not spelling_kept(text, start, end, suggestions, words, small_dictionary=False)


_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
_NEXT_WORD = regex.compile(r"[^\S\n]*(\p{L}+)")


def _verb(word: str) -> bool:
    from copydesk.checks.rules.grammar._wordclass import may_be_finite

    return may_be_finite(word)


def verb_before_bare_noun(matched: str, suggestion: str, after: str) -> bool:
    """True when ``suggestion`` inserts a verb between two words of the text the second of
    which is a singular count noun (``Then he county said`` -> "he is county": LanguageTool
    read "county" as an adjective).  A count noun with no determiner after a verb is no
    English ("is county"), except a role ("he is president"; checks/rules/pronoun's person
    nouns).  A word split or replaced inserts nothing between two words of the text
    ("oakpan maker" -> "oak pan maker").  ``after``: the word that follows the match,
    which the suggestion may put the verb before ("he" -> "he is", then "county")."""
    from copydesk.checks.language import function_words
    from copydesk.checks.rules.grammar._wordclass import only_count_noun
    from copydesk.checks.rules.pronoun._people import person_nouns

    old = [w.lower() for w in [*_WORD.findall(matched), *([after] if after else [])]]
    new = [*_WORD.findall(suggestion), *([after] if after else [])]
    adjacent = set(pairwise(old))
    for before, verb, noun in zip(new, new[1:], new[2:], strict=False):
        low = noun.lower()
        if (
            (before.lower(), low) in adjacent
            and verb.lower() not in old
            and noun.islower()
            and low not in function_words()
            and low not in person_nouns()
            and _verb(verb)
            and only_count_noun(noun)
        ):
            return True
    return False


def ordered_suggestions(
    text: str, end: int, matched: str, suggestions: Sequence[str]
) -> tuple[str, ...]:
    """LanguageTool's suggestions without those that put a verb before a bare count noun
    (:func:`verb_before_bare_noun`): never offered first, and not at all when nothing
    better is offered (the issue stays, flagged, for the editor to mend by hand)."""
    m = _NEXT_WORD.match(text, end)
    after = m.group(1) if m else ""
    good = [s for s in suggestions if not verb_before_bare_noun(matched, s, after)]
    return tuple(good + [s for s in suggestions if s not in good]) if good else ()


def to_issues(
    text: str,
    chunk_offset: int,
    chunk: str,
    matches: Iterable[MatchLike],
    user_words: Iterable[str] = (),
    language: str = "",
) -> list[Issue]:
    """Issues in ``text`` coordinates for the matches LanguageTool found in one chunk
    (``language``: the variant asked for, "en-GB" or "en-US", which some filters read)."""
    words = frozenset(w.lower() for w in user_words)
    issues: list[Issue] = []
    for m in matches:
        start, length = match_span(chunk, m)
        matched = chunk[start : start + length]
        if _is_name_spelling(m, matched, words):
            continue
        offset = chunk_offset + start
        if offset + length > len(text):
            continue
        # Dictionary rules only: "a apple" (EN_A_VS_AN) is a "misspelling" to LanguageTool too.
        dictionary = _SPELLING_RULE.search(str(m.rule_id)) is not None
        if dictionary and _no_typo(text, offset, offset + length, list(m.replacements), words):
            continue
        if engine_filter.dropped(text, offset, offset + length, list(m.replacements)):
            continue  # a name respelt, or a dateline: see engine_filter
        if lt_context.house_style(
            str(m.rule_id), text, offset, offset + length, list(m.replacements), language
        ):
            continue  # an open compound, a British collective, a noun adjunct: lt_context
        offered = [r for r in list(m.replacements)[:5] if r != matched]
        replacements = ordered_suggestions(text, offset + length, matched, offered)
        issue_type = str(getattr(m, "rule_issue_type", "") or "")
        issues.append(
            Issue(
                offset=offset,
                length=length,
                rule=rule_id(m),
                category=category_for(str(m.category), issue_type),
                message=str(m.message).strip() or str(m.rule_id),
                replacements=replacements,
                confidence=0.7 if issue_type in ("grammar", "misspelling") else 0.6,
                safe=False,
            )
        )
    return issues
