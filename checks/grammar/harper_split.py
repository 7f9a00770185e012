"""Harper for one dialect as two linters: spelling on a masked copy, everything else as it is.

Why: Harper's spell check searches its dictionary for suggestions for every word it
does not know, and in news most such words are names ("Fernández", "Okafor"), whose
lints copydesk drops (``harper_engine.keep_spelling``: capitalised words, common words,
British/American variants).  On the bench/data news articles that search was about half
of Harper's time.  So the spelling rules run on their own linter, over a copy of the text
in which every word whose spelling lint would be dropped anyway is blanked out (spaces,
same length, so every offset stays the same); all the other rules run on the text as it
is, on a second linter with the spelling rules off.

Why the result is the same lints, not an approximation:

* Harper's lexer reads forward only and no token crosses white space, so blanking a word
  that stands between white space (with at most opening punctuation before it and closing
  punctuation after it, ``_MASKABLE``) changes no other token; and no step that joins
  tokens after lexing can take in such a word ("et al.", "etc.", "vs." and a word Harper
  cuts at an "'s" are left alone).  Spell check judges each word token alone (its
  letters, the dictionary, the dialect), so every word left in the copy gets the lint,
  suggestions and message it gets in the text, and a blanked word's lint is one copydesk
  drops.
* Harper removes overlapping lints across rules (``dedup``).  Both linters are asked
  without that step; a word that overlaps another rule's lint is never blanked; and when
  the other rules' lints overlap each other, Harper's own removal is asked for on the
  text.  When one of them overlaps a spelling lint, the text is linted the old way, with
  every rule on one linter (``SplitLinter.whole``): rare, and always exact.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

import regex

if TYPE_CHECKING:
    import harper

# A white-space-delimited token that is one Latin word (letters, inner apostrophes), with
# only opening punctuation before it and closing punctuation after it: Harper lexes the
# word as one word token whatever surrounds the token.  Not "[": Harper lexes "[ab]" as one.
_MASKABLE = regex.compile(
    r"(?V1)[(“\"‘«]*([\p{Latin}&&\p{L}]{2,}(?:['’][\p{Latin}&&\p{L}]+)*)[,.;:!?)\]}\"”’'»]*"
)
# Words Harper joins with their neighbours after lexing ("et al.", "etc.", "vs."): blanking
# one would change the other's token.
_JOINED = frozenset({"et", "al", "etc", "vs"})
# Harper lexes "As's", "Is'nt", "Asé…" as "As" and the rest ("plural digit" tokens).
_CUT_AT_S = regex.compile(r"[A-Za-z0-9]'?s[^A-Za-z0-9]")
_TOKEN = regex.compile(r"\S+")


class Lints(Protocol):
    """What the engine asks of a linter: Harper's ``Linter`` or a ``SplitLinter``."""

    def organized_lints(self, text: str, language: str = ...) -> dict[str, list[Any]]: ...


def _blankable_word(word: str, dropped: Callable[[str], bool]) -> bool:
    if word.lower() in _JOINED or _CUT_AT_S.match(word):
        return False
    return dropped(word)


class _Masker:
    """Blanks the words whose spelling lint is dropped anyway; one decision per token."""

    def __init__(self, dropped: Callable[[str], bool]) -> None:
        self.dropped = dropped
        self.cache: dict[str, str | None] = {}

    def _masked_token(self, token: str) -> str | None:
        """``token`` with its word blanked, or None to keep it as it is."""
        if token in self.cache:
            return self.cache[token]
        m = _MASKABLE.fullmatch(token)
        out = None
        if m is not None and _blankable_word(m.group(1), self.dropped):
            start, end = m.span(1)
            out = token[:start] + " " * (end - start) + token[end:]
        if len(self.cache) < 200_000:
            self.cache[token] = out
        return out

    def mask(self, text: str, keep: list[tuple[int, int]]) -> str:
        """``text`` with blankable words blanked, except in a token overlapping ``keep``."""
        starts = [s for s, _ in keep]
        reach: list[int] = []  # the furthest end of the spans so far, span by span
        for _, e in keep:
            reach.append(max(e, reach[-1]) if reach else e)

        def replace(m: regex.Match[str]) -> str:
            token = m.group()
            masked = self._masked_token(token)
            if masked is None:
                return token
            i = bisect.bisect_left(starts, m.end())
            if i and reach[i - 1] >= m.start():  # touches a lint of the other rules
                return token
            return masked

        return _TOKEN.sub(replace, text)


def _spans(organized: dict[str, list[Any]], rules: Iterable[str] | None = None) -> list[Any]:
    keys = organized if rules is None else [r for r in rules if r in organized]
    return sorted((lint.span.start, lint.span.end) for key in keys for lint in organized[key])


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # As Harper's removal sees it: sharing a character, or starting at the same place.
    return (a[0] < b[1] and b[0] < a[1]) or a[0] == b[0]


def _overlap_within(spans: list[tuple[int, int]]) -> bool:
    """True when any two of ``spans`` (sorted) overlap."""
    reach = -1
    for i, (start, end) in enumerate(spans):
        if start < reach or (i and spans[i - 1][0] == start):
            return True
        reach = max(reach, end)
    return False


def _overlap_across(ours: list[tuple[int, int]], theirs: list[tuple[int, int]]) -> bool:
    starts = [s for s, _ in theirs]
    for span in ours:
        # Spans of ``theirs`` are words: they never overlap each other, so only the
        # one starting last at or before ``span``'s end can reach back into it.
        i = bisect.bisect_right(starts, span[1])
        if any(_overlap(span, theirs[j]) for j in range(max(0, i - 2), i)):
            return True
    return False


class SplitLinter:
    """The two linters of one dialect, asked as one (``organized_lints``)."""

    def __init__(
        self,
        make: Callable[[], harper.Linter],
        enabled: dict[str, bool | None],
        spelling: frozenset[str],
        dropped: Callable[[str], bool],
    ) -> None:
        self.spelling = frozenset(r for r in spelling if enabled.get(r) is not False)
        self.all_rules = enabled
        self.without_spelling = {
            k: (v if k not in self.spelling else False) for k, v in enabled.items()
        }
        self.grammar = make()
        self.grammar.set_lint_config(self.without_spelling)
        self.speller = make()
        self.speller.set_lint_config({k: k in self.spelling for k in enabled})
        self.masker = _Masker(dropped)

    def whole(self, text: str, language: str) -> dict[str, list[Any]]:
        """Every rule on one linter, Harper's overlap removal included: the old way."""
        self.grammar.set_lint_config(self.all_rules)
        try:
            return self.grammar.organized_lints(text, language=language)
        finally:
            self.grammar.set_lint_config(self.without_spelling)

    def organized_lints(self, text: str, language: str = "plaintext") -> dict[str, list[Any]]:
        """What one linter with every rule on gives, rule by rule (see the module's docstring)."""
        if not self.spelling:
            return self.grammar.organized_lints(text, language=language)
        found = self.grammar.organized_lints(text, language=language, dedup=False)
        others = _spans(found)
        masked = self.masker.mask(text, others)
        spelled = self.speller.organized_lints(masked, language=language, dedup=False)
        if _overlap_across(others, _spans(spelled, self.spelling)):
            return self.whole(text, language)
        if _overlap_within(others):
            found = self.grammar.organized_lints(text, language=language)
        for rule in self.spelling:
            found[rule] = spelled.get(rule, [])
        return found
