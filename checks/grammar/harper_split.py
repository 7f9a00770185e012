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
  the other rules' lints overlap each other, Harper's own removal is asked for.  When
  one of them overlaps a spelling lint, the text is linted the old way, with every rule
  on one linter (``SplitLinter.whole``): rare, and always exact.

Two savings on top, each exact by the same reasoning or checked as it goes:

* The speller is handed the masked copy with every run of spaces that holds a blanked
  word cut to one space (``_squeeze``), and its lints moved back.  Harper's time grows
  with the characters of a text, blanks included (the masked bench/data articles took
  3.3 CPU-s as they were, 0.9 squeezed, for the same 274 lints); the blanking already
  replaces a word and its spaces by one longer run of spaces, this only makes that run
  shorter.  Runs of spaces the text had itself are left as they are.
* Harper's overlap removal is asked for paragraph by paragraph (``removed``): only the
  paragraphs holding overlapping lints are linted again, alone, not the whole text.
  That is taken only where it is the same: no lint crosses a blank line, and the
  paragraph linted alone gives exactly the lints it gave inside the text (rule, span,
  kind, message, suggestions, priority); Harper's removal keeps or drops a lint by the
  lints before it that reach it, which are then the paragraph's own.  Otherwise the
  whole text is linted again with the removal, as before.  The old way likewise
  (``whole_where_crossing``): only the paragraphs where a spelling lint overlaps another
  rule's are linted with every rule on one linter, alone, when that paragraph alone gives
  the other rules' lints it gave in the text and the speller's but for the words the
  copy blanked (lints copydesk drops); the rest of the text keeps the split's lints.
  ``SQUEEZE`` and ``BY_PARAGRAPH`` switch the two off (bench/harper_split.py --savings).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterable
from itertools import accumulate
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
_TOKEN_SPLIT = regex.compile(r"(\S+)")  # white space and tokens (``\S+``), in turn
_SPACES = regex.compile(r" {2,}")
# The two savings of the module's docstring; False: as before.  BY_PARAGRAPH covers both
# Harper's overlap removal and the old way.
SQUEEZE = True
BY_PARAGRAPH = True
_BLANK_LINE = regex.compile(r"\n[ \t]*\n\s*")  # as harper_engine cuts paragraphs


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
        """``text`` with blankable words blanked, except in a token overlapping ``keep``
        (a span of the other rules' lints: a token ending after its start and starting at
        or before its end)."""
        # The text cut into white space (even places) and tokens (odd places), each token
        # decided once per distinct token: no match object and no call per token.  A
        # blanked token keeps its length, so the tokens touching ``keep`` are found by the
        # parts' offsets and put back as they were.
        parts = _TOKEN_SPLIT.split(text)
        found = parts[1::2]
        decided = {token: self._masked_token(token) for token in set(found)}
        parts[1::2] = [decided[token] or token for token in found]
        if keep:
            bounds = [0, *accumulate(map(len, parts))]
            starts, ends = bounds[1:-1:2], bounds[2::2]
            for start, end in keep:
                for k in range(bisect.bisect_right(ends, start), bisect.bisect_right(starts, end)):
                    parts[2 * k + 1] = found[k]
        return "".join(parts)


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


def _squeeze(masked: str, text: str) -> tuple[str, list[int], list[int]]:
    """``masked`` with each run of spaces holding a blanked word cut to one space.

    Also returns where each stretch of the squeezed copy starts in it and in ``masked``
    (for ``_unsqueeze``).  A run the text itself has is kept as it is.
    """
    parts: list[str] = []
    new_starts, old_starts = [0], [0]
    at = length = 0
    for m in _SPACES.finditer(masked):
        start, end = m.span()
        if text[start:end] == masked[start:end]:
            continue  # the text's own spaces
        parts += [masked[at:start], " "]
        length += start - at + 1
        at = end
        new_starts.append(length)
        old_starts.append(end)
    if at == 0:
        return masked, new_starts, old_starts
    parts.append(masked[at:])
    return "".join(parts), new_starts, old_starts


def _moved(lint: harper.Lint, delta: int) -> harper.Lint:
    """``lint`` with its span moved by ``delta`` (Harper's lints are read-only)."""
    import harper

    data = json.loads(lint.to_json())
    for span in (data["span"], data["inner"]["span"]):
        span["start"] += delta
        span["end"] += delta
    return harper.Lint.from_json(json.dumps(data))


def _unsqueeze(
    organized: dict[str, list[Any]], new_starts: list[int], old_starts: list[int]
) -> dict[str, list[Any]] | None:
    """The lints of a squeezed copy at their places in the masked text; None when one
    lies across a cut run (never for a word's lint: the caller lints the masked text)."""
    out: dict[str, list[Any]] = {}
    for rule, lints in organized.items():
        moved = []
        for lint in lints:
            k = bisect.bisect_right(new_starts, lint.span.start) - 1
            if k + 1 < len(new_starts) and lint.span.end > new_starts[k + 1] - 1:
                return None
            delta = old_starts[k] - new_starts[k]
            moved.append(_moved(lint, delta) if delta else lint)
        out[rule] = moved
    return out


def _paragraph_of(text: str) -> Callable[[int], tuple[int, int]]:
    """The paragraph (start, end) holding a position, cut as ``harper_engine`` cuts."""
    cuts = [m.end() for m in _BLANK_LINE.finditer(text)]
    starts = [0, *(c for c in cuts if c < len(text))]

    def paragraph(at: int) -> tuple[int, int]:
        k = bisect.bisect_right(starts, at) - 1
        return starts[k], starts[k + 1] if k + 1 < len(starts) else len(text)

    return paragraph


def _signature(lint: harper.Lint, offset: int) -> str:
    """Everything a lint holds, its span taken from ``offset``."""
    data = json.loads(lint.to_json())
    for span in (data["span"], data["inner"]["span"]):
        span["start"] -= offset
        span["end"] -= offset
    return json.dumps(data, sort_keys=True)


def _overlapping_paragraphs(
    found: dict[str, list[Any]], paragraph: Callable[[int], tuple[int, int]]
) -> set[tuple[int, int]] | None:
    """The paragraphs holding two overlapping lints; None when a lint crosses a blank line."""
    spans = _spans(found)
    marked: set[tuple[int, int]] = set()
    reach = -1
    for i, (start, end) in enumerate(spans):
        where = paragraph(start)
        if end > where[1]:
            return None
        if start < reach or (i and spans[i - 1][0] == start):
            marked.add(where)
        reach = max(reach, end)
    return marked


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
        spelled = self.spelled(masked, text, language)
        crossing = _overlap_across(others, _spans(spelled, self.spelling))
        if crossing and not BY_PARAGRAPH:
            return self.whole(text, language)
        raw = {**found, **{rule: spelled.get(rule, []) for rule in self.spelling}}
        if _overlap_within(others):
            found = (
                self.removed(text, language, found)
                if BY_PARAGRAPH
                else self.grammar.organized_lints(text, language=language)
            )
        for rule in self.spelling:
            found[rule] = spelled.get(rule, [])
        if crossing:
            return self.whole_where_crossing(text, language, raw, found, masked)
        return found

    def whole_where_crossing(
        self,
        text: str,
        language: str,
        raw: dict[str, list[Any]],
        found: dict[str, list[Any]],
        masked: str,
    ) -> dict[str, list[Any]]:
        """``found`` with each paragraph where a spelling lint overlaps another rule's
        linted the old way, alone; the whole text the old way when that is not the same
        (see the module's docstring).  ``raw``: the lints before any overlap removal."""
        paragraph = _paragraph_of(text)
        if any(e > paragraph(s)[1] for s, e in _spans(raw)):
            return self.whole(text, language)  # a lint across a blank line: never seen
        spelling = _spans(raw, self.spelling)
        crossing = {
            paragraph(s)
            for s, e in _spans(raw, [r for r in raw if r not in self.spelling])
            if _overlap_across([(s, e)], spelling)
        }
        done: dict[tuple[int, int], dict[str, list[Any]]] = {}
        self.grammar.set_lint_config(self.all_rules)
        try:
            for start, end in sorted(crossing):
                piece = text[start:end]
                alone = self.grammar.organized_lints(piece, language=language, dedup=False)
                if not self._same_alone(raw, alone, masked, start, end):
                    return self.whole(text, language)
                removal = self.grammar.organized_lints(piece, language=language)
                done[start, end] = {
                    rule: [_moved(x, start) if start else x for x in lints]
                    for rule, lints in removal.items()
                }
        finally:
            self.grammar.set_lint_config(self.without_spelling)
        out: dict[str, list[Any]] = {}
        for rule in found.keys() | {r for d in done.values() for r in d}:
            rows = [x for x in found.get(rule, ()) if paragraph(x.span.start) not in done]
            for lints in done.values():
                for x in lints.get(rule, ()):
                    rows.insert(bisect.bisect_right([r.span.start for r in rows], x.span.start), x)
            out[rule] = rows
        return out

    def _same_alone(
        self,
        found: dict[str, list[Any]],
        alone: dict[str, list[Any]],
        masked: str,
        start: int,
        end: int,
    ) -> bool:
        """True when a paragraph linted alone gives the lints it gave in the text: every
        other rule's the same, and the speller's but for words the copy had blanked."""
        for rule in found.keys() | alone.keys():
            inside = [x for x in found.get(rule, ()) if start <= x.span.start < end]
            theirs = alone.get(rule, [])
            if rule in self.spelling:  # what the masked copy could not show
                theirs = [
                    x for x in theirs if masked[x.span.start + start : x.span.end + start].strip()
                ]
            if len(inside) != len(theirs) or any(
                _signature(a, start) != _signature(b, 0)
                for a, b in zip(inside, theirs, strict=True)
            ):
                return False
        return True

    def spelled(self, masked: str, text: str, language: str) -> dict[str, list[Any]]:
        """The speller's lints of ``masked``, linted squeezed (see the module's docstring)."""
        squeezed, new_starts, old_starts = _squeeze(masked, text)
        if SQUEEZE and squeezed is not masked:
            found = self.speller.organized_lints(squeezed, language=language, dedup=False)
            moved = _unsqueeze(found, new_starts, old_starts)
            if moved is not None:
                return moved
        return self.speller.organized_lints(masked, language=language, dedup=False)

    def removed(
        self, text: str, language: str, found: dict[str, list[Any]]
    ) -> dict[str, list[Any]]:
        """``found`` after Harper's overlap removal, asked paragraph by paragraph where
        that is the same (see the module's docstring), else on the whole text."""
        paragraph = _paragraph_of(text)
        marked = _overlapping_paragraphs(found, paragraph)
        kept: dict[tuple[int, int], dict[str, list[Any]]] = {}
        for start, end in sorted(marked or ()):
            piece = text[start:end]
            alone = self.grammar.organized_lints(piece, language=language, dedup=False)
            for rule in found.keys() | alone.keys():
                inside = [x for x in found.get(rule, ()) if start <= x.span.start < end]
                theirs = alone.get(rule, [])
                if len(inside) != len(theirs) or any(
                    _signature(a, start) != _signature(b, 0)
                    for a, b in zip(inside, theirs, strict=True)
                ):
                    marked = None
                    break
            if marked is None:
                break
            removal = self.grammar.organized_lints(piece, language=language)
            kept[start, end] = {
                rule: [_moved(x, start) if start else x for x in lints]
                for rule, lints in removal.items()
            }
        out = None if marked is None else _splice(found, kept, paragraph)
        if out is None:
            return self.grammar.organized_lints(text, language=language)
        return out


def _key(lint: harper.Lint) -> tuple[int, int, str, str]:
    return lint.span.start, lint.span.end, lint.lint_kind, lint.message


def _splice(
    found: dict[str, list[Any]],
    kept: dict[tuple[int, int], dict[str, list[Any]]],
    paragraph: Callable[[int], tuple[int, int]],
) -> dict[str, list[Any]] | None:
    """``found`` with the lints of each paragraph in ``kept`` replaced by those Harper kept
    there (a lint it dropped left out), in order; None when they do not line up."""
    out: dict[str, list[Any]] = {}
    taken: dict[tuple[tuple[int, int], str], int] = {}
    for rule, lints in found.items():
        rows: list[Any] = []
        for lint in lints:
            where = paragraph(lint.span.start)
            if where not in kept:
                rows.append(lint)
                continue
            survivors = kept[where].get(rule, [])
            n = taken.get((where, rule), 0)
            if n < len(survivors) and _key(survivors[n]) == _key(lint):
                rows.append(survivors[n])  # kept (its suggestions as Harper merged them)
                taken[where, rule] = n + 1
        out[rule] = rows
    for where, rules in kept.items():
        for rule, survivors in rules.items():
            if taken.get((where, rule), 0) != len(survivors):
                return None  # Harper kept a lint not lined up with one of the text's
    return out
