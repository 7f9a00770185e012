"""repeat.phrase: a phrase said twice within one sentence.

Why: machine translation and merged drafts leave a phrase twice in a row
(``in the small hours in the small hours``), stack two versions of the same
connective (``due to the fog due to the cold front``) or repeat a noun inside its
own list (``tractors and even old tractors``).  Each reads as a slip, but only
a person can tell which copy was meant, so this check flags and never fixes.

Examples and what is reported:

* a sequence of two or more words followed at once by a copy of itself; the
  suggested fix (not safe) deletes the copy;
* a multi-word connective from ``resources/repetition/connectives.txt``
  (``due to``, ``according to``) written twice a few words apart with no comma
  or conjunction between them — flag only;
* ``X and [even] <modifier> X`` where the first ``X`` stands bare, so the second
  names a subset of the first — flag only, low confidence; not an indefinite pronoun
  (``indefinite_pronouns.txt``: "do nothing and hope nothing burns"), which no modifier
  comes before, nor after a bare verb in lower case, which governs the copy ("learn at
  home and come home"; not after "even" or in a list: "coffee, tea and iced tea").

Idioms (``step by step``, ``more and more``) are in ``ok_phrases.txt``, also when the
next phrase begins with their last word (``met face to face to talk``), and so is
``from X to X`` of any noun (``from house to house to persuade``) and ``X by X``,
``X after X`` of any noun (``reduplicating_links.txt``: ``day by day by the mill``);
emphatic modifiers (``tractors and more tractors``) in
``emphatic_modifiers.txt``; parallelism separated by commas or conjunctions
(``of the people, by the people``) is never flagged, nor is a phrase said three times
or more with commas between (``one more lap, one more lap, one more lap``):
rhetoric, whose middle the copy test would otherwise read as a rotated copy
(``more lap, one more lap, one``), nor a phrase said twice in a
quotation that holds a comma and "and" or "or" (``“They knock, and they knock, and I get
up”``, ``“to wait, and wait, and then go”``); outside a quotation that shape is a doubled
conjunct (``the port, and the port, and the airport``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import pairwise

import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import check
from copydesk.checks.rules.grammar._wordclass import finite_verb, plural_noun, word_classes
from copydesk.checks.rules.repetition._data import function_words, word_list
from copydesk.checks.tokens import Span, in_quotation, sentence_spans, words_in

MAX_N = 8
CONNECTIVE_GAP = 4  # words allowed between two copies of a connective
_CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "then", "than", "versus", "vs"})
_INTENSIFIERS = frozenset({"even", "also", "possibly", "perhaps", "especially", "particularly"})
_BREAK = regex.compile(r"[^\s]")  # anything but white space between words: a comma, a dash


@cache
def _connectives() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(c.split()) for c in word_list("connectives"))


def _plain(gap: str) -> bool:
    return not _BREAK.search(gap)


def _plain_run(text: str, toks: list[Span], a: int, b: int) -> bool:
    """Only white space between the words ``a`` .. ``b``: no comma, dash or digit."""
    return all(_plain(text[toks[k].end : toks[k + 1].start]) for k in range(a, b))


def _reduplication(low: list[str], i: int, n: int) -> bool:
    """ "X to X" and the next phrase's "to": "went from house to house to persuade", "met
    face to face to talk".  The copy "house to" is a reduplication of any noun after
    "from" ("from door to door"), an idiom of ok_phrases.txt ("face to face"), or a noun
    doubled around a link no noun takes as its complement (reduplicating_links.txt: "day
    by day by", "year after year after"); not a phrase written twice ("access to access
    to", "followed by followed by")."""
    if n != 2:
        return False
    if " ".join(low[i : i + 3]) in word_list("ok_phrases"):
        return True
    # "year after year after year": the copy "after year" read one word on
    if i > 0 and low[i - 1] == low[i + 1] and _reduplication(low, i - 1, n):
        return True
    if low[i] in function_words():
        return False
    if low[i + 1] in word_list("reduplicating_links"):
        return "NOUN" in word_classes(low[i])
    return low[i + 1] == "to" and i > 0 and low[i - 1] == "from"


_COMMA_GAP = regex.compile(r"\s*,\s+")
CHANT = 3  # copies of a phrase, commas between them, that make rhetoric


def _chanted(text: str, toks: list[Span], low: list[str]) -> set[int]:
    """Indexes of the words of a phrase said ``CHANT`` times or more with a comma between
    each copy and the next and only spaces inside it ("one more lap, one more lap,
    one more lap"): a speaker's repetition, not a slip."""
    covered = _polysyndeton(text, toks, low)
    if not toks or "," not in text[toks[0].start : toks[-1].end]:
        return covered  # the common case: no comma, no chant
    for n in range(1, MAX_N + 1):
        for i in range(len(toks) - CHANT * n + 1):
            k = 1
            while i + (k + 1) * n <= len(toks) and _copy_after_comma(text, toks, low, i, n, k):
                k += 1
            if k >= CHANT:
                covered.update(range(i, i + k * n))
    return covered


def _polysyndeton(text: str, toks: list[Span], low: list[str]) -> set[int]:
    """Indexes of a word said ``CHANT`` times with "and"/"or" between each copy and the next,
    after a comma or not ("we waited, and waited, and waited", "on and on and on"):
    rhetoric, not a slip."""
    covered: set[int] = set()
    span = 2 * CHANT - 1
    for i in range(len(toks) - span + 1):
        if low[i + 1] not in ("and", "or") or low[i] != low[i + 2]:
            continue  # the common case, decided without slicing
        words, links = low[i : i + span : 2], low[i + 1 : i + span : 2]
        if len(set(words)) == 1 and len(set(links)) == 1:
            gaps = (text[toks[k].end : toks[k + 1].start] for k in range(i, i + span - 1, 2))
            if all(_COMMA_GAP.fullmatch(g) or g.isspace() for g in gaps):
                end = i + span
                # the link goes on after the last copy: "waited, and nothing happened"
                if end < len(toks) and low[end] == links[0]:
                    end += 1
                covered.update(range(i, end))
    return covered


def _spoken_twice(text: str, toks: list[Span], low: list[str], i: int, n: int) -> bool:
    """The phrase ``low[i:i+n]``, inside a quotation, holds a comma and "and" or "or"
    ("They knock, and they knock, and I get up"; "told me to wait, and wait, and then
    go"): a speaker repeating for weight.  Outside a quotation the same shape is a doubled
    conjunct ("Ships use the port, and the port, and the airport"; "The report was ready,
    and ready, and then it was lost")."""
    linked = any(
        low[j] in ("and", "or") and "," in text[toks[j - 1].end : toks[j].start]
        for j in range(i + 1, i + n)
    )
    return linked and in_quotation(text, toks[i].start)


def _copy_after_comma(text: str, toks: list[Span], low: list[str], i: int, n: int, k: int) -> bool:
    """Copy ``k`` of the phrase ``low[i:i+n]`` follows copy ``k-1`` after a comma."""
    a, b = i + (k - 1) * n, i + k * n
    return (
        low[a : a + n] == low[b : b + n]
        and _COMMA_GAP.fullmatch(text[toks[b - 1].end : toks[b].start]) is not None
        and _plain_run(text, toks, b, b + n - 1)
    )


def _adjacent_copies(text: str, toks: list[Span], low: list[str]) -> Iterator[tuple[int, int]]:
    """(first index, n) of each phrase directly followed by a copy of itself."""
    ok = word_list("ok_phrases")
    chanted = _chanted(text, toks, low)
    i = 0
    while i < len(toks):
        found = 0
        for n in range(min(MAX_N, (len(toks) - i) // 2), 1, -1):
            if low[i] != low[i + n] or low[i : i + n] != low[i + n : i + 2 * n]:
                continue
            gaps_ok = all(
                text[toks[i + k].end : toks[i + k + 1].start]
                == text[toks[i + n + k].end : toks[i + n + k + 1].start]
                for k in range(n - 1)
            )
            if gaps_ok and _plain(text[toks[i + n - 1].end : toks[i + n].start]):
                if (
                    " ".join(low[i : i + 2 * n]) not in ok
                    and not _reduplication(low, i, n)
                    and not chanted.issuperset(range(i, i + 2 * n))
                    and not _spoken_twice(text, toks, low, i, n)
                ):
                    found = n
                break
        if found:
            yield i, found
            i += 2 * found
        else:
            i += 1


def _connective_repeats(text: str, toks: list[Span], low: list[str]) -> Iterator[tuple[int, int]]:
    """(index of the second copy, its length) of a connective repeated a few words later."""
    firsts = _connective_firsts()
    seen: dict[tuple[str, ...], list[int]] = {}
    for i, word in enumerate(low):
        for conn in firsts.get(word, ()):
            if tuple(low[i : i + len(conn)]) == conn:
                seen.setdefault(conn, []).append(i)
    for conn, starts in seen.items():
        n = len(conn)
        for a, b in pairwise(starts):
            between = low[a + n : b]
            if not 1 <= len(between) <= CONNECTIVE_GAP:
                continue
            if any(w in _CONJUNCTIONS for w in between):
                continue
            if _plain_run(text, toks, a + n - 1, b):
                yield b, n


@cache
def _connective_firsts() -> dict[str, tuple[tuple[str, ...], ...]]:
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for conn in _connectives():
        firsts.setdefault(conn[0], []).append(conn)
    return {w: tuple(c) for w, c in firsts.items()}


def _subset_repeats(text: str, toks: list[Span], low: list[str]) -> Iterator[tuple[int, int]]:
    """(first, second) index of ``X and [even] <modifier> X`` with a bare first ``X``."""
    closed = function_words()
    emphatic = word_list("emphatic_modifiers")
    for i, word in enumerate(low):
        if word in closed or len(word) < 3 or not toks[i].text.islower():
            continue
        if word in word_list("indefinite_pronouns"):
            continue  # "do nothing and hope nothing burns": no modifier comes before them
        if i + 1 >= len(low) or low[i + 1] not in ("and", "or"):
            continue
        k = i + 2
        if k < len(low) and low[k] in _INTENSIFIERS:
            k += 1
        for j in (k + 1, k + 2):
            if j >= len(low) or low[j] != word:
                continue
            mods = low[k:j]
            if any(m in closed or m in emphatic or m.endswith("ly") for m in mods):
                break
            # A participle names a kind of X, not a subset slip: "murder and attempted
            # murder", "robbery and armed robbery", "crime and organised crime".
            if any(len(m) > 4 and m.endswith(("ed", "ing")) for m in mods):
                break
            # A verb between the copies says the state goes on, rhetoric: "the gate is
            # shut and stays shut", "was free and remains free".  A noun's copies keep
            # the slip: "drinks and even sports drinks" ("sports" is a noun there).
            if _state_word(word) and any(
                finite_verb(m) and "ADJ" not in word_classes(m) for m in mods
            ):
                break
            if _verb_governs_copy(text, toks, i, k, mods):
                break
            if not _plain_run(text, toks, i, j):
                break
            # The first X must stand bare: "tractors and old tractors", not
            # "new tractors and old tractors" (a contrast, not a subset).
            if i > 0 and _plain(text[toks[i - 1].end : toks[i].start]) and low[i - 1] not in closed:
                break
            yield i, j
            break


def _verb_governs_copy(text: str, toks: list[Span], i: int, k: int, mods: list[str]) -> bool:
    """A bare verb in lower case, a word only a verb can be, governs the copy, which then
    names no kind of X: "to learn at home and come home".  Not after "even", nor when the
    first X is an item of a list ("coffee, tea and iced tea"), nor a participle or a past
    ("dyed", "stolen"), which the lexicon calls verbs where they name a kind."""
    # what stands between the word before X and X: a comma there makes X a list's item
    before = text[toks[i - 1].end if i else 0 : toks[i].start]
    if k != i + 2 or before.rstrip().endswith(","):
        return False
    if plural_noun(toks[i].text.lower()):
        return False  # "guns and stun guns": a plural copy is a kind, whatever "stun" is
    return any(
        word_classes(m) == {"VERB"}
        and toks[n].text.islower()
        and not finite_verb(m)
        and not m.endswith(("ed", "en"))
        for n, m in enumerate(mods, start=k)
    )


def _state_word(word: str) -> bool:
    """An adjective or a participle ("frozen", "free", "shut"), a state a verb can say goes
    on; a word only a noun or a verb could be ("drinks", "books") is no state."""
    classes = word_classes(word)
    return "ADJ" in classes or "NOUN" not in classes


@check(
    "repeat.phrase",
    Category.REPETITION,
    "A phrase repeated within one sentence",
    examples=(
        "The ferry was late due to the fog «due to» the cold front over the bay.",
        "The cooperative may sell the farms seeds, «tractors and even old tractors».",
        "The kiosk sells juice, «drinks and even sports drinks» to runners.",
        ("The ferry docked in the small hours« in the small hours» of Friday.", ""),
        "According to officials «according to» the agency, the talks ended.",
        ("The ministers will meet« the ministers will meet» on Monday.", ""),
        ("The talks ended according to« according to» the agency.", ""),
        ("It improved access to« access to» water.", ""),
        # a chant, then one copy more without the comma: that copy is a slip
        ("They sang we will win, we will win, we will win« we will win» today.", ""),
    ),
    near_misses=(
        "Government of the people, by the people, for the people.",
        "Prices rose step by step, day after day.",
        "More and more people came from time to time.",
        "They bought tractors and more tractors.",
        "The farm has new tractors and old tractors.",
        "The delay was due to the weather and due to the strikes.",
        "According to the police, and according to witnesses, two men fled.",
        "The minister met the minister of trade.",
        "He met Chilean President Ana Rojas and the Chilean delegation.",
        "He was charged with murder and attempted murder.",
        "Volunteers went from house to house to hand out nets.",
        "The leaders met face to face to settle the dispute.",
        "They face charges of robbery and armed robbery and of fraud or suspected fraud.",
        "She told herself: one more game, one more game, one more game.",
        # a verb between the copies: the state goes on (rhetoric)
        "He said the lake is frozen and stays frozen until May.",
        "The lake was frozen and kept frozen all winter.",
        "The gate was shut and stays shut at night.",
    ),
)
def repeated_phrase(text: str, ctx: CheckContext) -> Iterator[Issue]:
    for sent in sentence_spans(text):
        toks = list(words_in(text, sent.start, sent.end))
        if len(toks) < 3:
            continue
        low = [t.text.lower() for t in toks]
        for i, n in _adjacent_copies(text, toks, low):
            first = text[toks[i].start : toks[i + n - 1].end]
            yield ctx.issue(
                toks[i + n - 1].end,
                toks[i + 2 * n - 1].end - toks[i + n - 1].end,
                f"“{first}” is written twice in a row",
                [""],
                confidence=0.8,
            )
        for b, n in _connective_repeats(text, toks, low):
            phrase = text[toks[b].start : toks[b + n - 1].end]
            yield ctx.issue(
                toks[b].start,
                toks[b + n - 1].end - toks[b].start,
                f"“{phrase}” twice within a few words: two versions of the phrase merged?",
                confidence=0.6,
            )
        for i, j in _subset_repeats(text, toks, low):
            span = text[toks[i].start : toks[j].end]
            yield ctx.issue(
                toks[i].start,
                toks[j].end - toks[i].start,
                f"“{toks[i].text}” repeated in “{span}”: "
                "the second was probably meant to be a different word",
                confidence=0.45,
            )
