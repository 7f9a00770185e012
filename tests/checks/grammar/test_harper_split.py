"""Spelling on its own linter over a masked copy (harper_split): the same lints as one linter."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from copydesk.checks.grammar import harper_engine, harper_split

DATA = Path(__file__).parent / "data"
# Names Harper does not know next to real lowercase typos, a British spelling, hyphenated
# names, parentheses and quotes around names, and an unspaced quote (two rules' lints on
# one character).
TEXT = (
    "Mayor Ana Ribeiro told Okafor that the goverment of Lisbon recieved the colour "
    "report. Lee Ji-hoon met Park Hae-won in Busan (Reuters), “Fernández said.” "
    'Officials said"no way" to them.'
)


@pytest.fixture(autouse=True)
def _fresh_linters() -> Iterator[None]:
    harper_engine.reset()
    yield
    harper_engine.reset()  # no linter built in a patched mode outlives the test


def _findings(
    monkeypatch: pytest.MonkeyPatch, split: bool, text: str
) -> list[harper_engine.Finding]:
    monkeypatch.setattr(harper_engine, "SPLIT_SPELLING", split)  # each way has its linters
    return harper_engine.lint(text)


def _raw(monkeypatch: pytest.MonkeyPatch, split: bool, text: str) -> set[tuple[Any, ...]]:
    """Every lint Harper gives (not only the kept ones), less spelling lints of words the
    filter drops wherever they stand (the split may leave those out: that is its point)."""
    monkeypatch.setattr(harper_engine, "SPLIT_SPELLING", split)
    out: set[tuple[Any, ...]] = set()
    for rule, shifted in harper_engine._organized(text, "en-US"):
        lint = shifted.item
        if rule == "SpellCheck" and harper_engine.spelling_dropped(lint.problem_text):
            continue
        suggestions = tuple((int(s.kind), s.replacement_text) for s in lint.suggestions)
        out.add((rule, shifted.start, shifted.end, lint.lint_kind, lint.message, suggestions))
    return out


def test_split_keeps_every_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    planted = (DATA / "planted_errors.txt").read_text("utf-8")
    text = "\n\n".join([TEXT, planted, (DATA / "clean_news.txt").read_text("utf-8")])
    split = _findings(monkeypatch, True, text)
    assert split == _findings(monkeypatch, False, text)
    typos = {text[f.offset : f.offset + f.length] for f in split if f.rule == "SpellCheck"}
    assert {"goverment", "recieved"} <= typos  # real typos are still found …
    assert not typos & {"Ribeiro", "Okafor", "Fernández", "colour"}  # … names never were
    assert len({f.rule for f in split}) >= 4  # the comparison has more than spelling in it


def test_the_comparison_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    # A mask that blanked every word would lose the typos: the comparison would show it.
    monkeypatch.setattr(harper_split, "_blankable_word", lambda word, dropped: True)
    split = _findings(monkeypatch, True, TEXT)
    assert split != _findings(monkeypatch, False, TEXT)


def test_names_are_blanked_typos_and_odd_tokens_are_not() -> None:
    masker = harper_split._Masker(harper_engine.spelling_dropped)
    masked = masker.mask(TEXT, [])
    assert len(masked) == len(TEXT)
    assert all(m == t for m, t in zip(masked, TEXT, strict=True) if not m.isspace())
    words = masked.split()
    assert "goverment" in words and "recieved" in words  # lowercase, rare: kept
    assert not {"Okafor", "Ribeiro", "the", "colour", "Mayor"} & set(words)  # dropped anyway
    assert "Ji-hoon" in words and "Hae-won" in words  # Harper cuts these at the hyphen
    assert "(" in masked and ")," in masked and "“" in masked  # punctuation stays
    for odd in ("et al.", "etc.", "As's", "www.Example.com", "R&D", "Tl;dr", "U.S."):
        text = f"They met {odd} there."
        assert odd in masker.mask(text, []), odd
    # A word overlapping another rule's lint is kept, so that Harper's removal of
    # overlapping lints sees it.
    at = TEXT.index("Okafor")
    assert "Okafor" in masker.mask(TEXT, [(at + 2, at + 3)])


def test_overlapping_lints_take_the_exact_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    ways: list[str] = []
    whole, within = harper_split.SplitLinter.whole, harper_split._overlap_within
    crossing, removed = (
        harper_split.SplitLinter.whole_where_crossing,
        harper_split.SplitLinter.removed,
    )

    def spy_whole(self: harper_split.SplitLinter, text: str, language: str) -> Any:
        ways.append("whole")
        return whole(self, text, language)

    def spy_within(spans: list[tuple[int, int]]) -> bool:
        found = within(spans)
        ways.append("removal" if found else "split")
        return found

    def spy_crossing(self: harper_split.SplitLinter, *args: Any) -> Any:
        ways.append("paragraphs the old way")
        return crossing(self, *args)

    def spy_removed(self: harper_split.SplitLinter, *args: Any) -> Any:
        ways.append("removal by paragraph")
        return removed(self, *args)

    monkeypatch.setattr(harper_split.SplitLinter, "whole", spy_whole)
    monkeypatch.setattr(harper_split.SplitLinter, "whole_where_crossing", spy_crossing)
    monkeypatch.setattr(harper_split.SplitLinter, "removed", spy_removed)
    monkeypatch.setattr(harper_split, "_overlap_within", spy_within)
    # A lowercase typo starting a sentence: capitalisation and spelling on one word; the
    # paragraph is linted the old way alone (the paragraph before it is not), or the
    # whole text is, without the savings.
    text = "Talks went on.\n\nThe talks ended. goverment said nothing."
    for by_paragraph, taken in ((True, ["split", "paragraphs the old way"]), (False, ["whole"])):
        monkeypatch.setattr(harper_split, "BY_PARAGRAPH", by_paragraph)
        ways.clear()
        assert _findings(monkeypatch, True, text) == _findings(monkeypatch, False, text)
        assert ways == taken
        assert _findings(monkeypatch, True, text)  # the sentence's lint is there to compare
    # An unspaced quote mark: two rules' lints on one character, no spelling lint near.
    monkeypatch.setattr(harper_split, "BY_PARAGRAPH", True)
    ways.clear()
    text = 'Officials said"no way" to them.\n\nIt rained.'
    assert _findings(monkeypatch, True, text) == _findings(monkeypatch, False, text)
    assert ways == ["removal", "removal by paragraph"]


def test_the_squeezed_speller_copy_maps_back() -> None:
    text = "Mayor Ana Ribeiro   met Okafor, who recieved   goverment reports."
    masker = harper_split._Masker(harper_engine.spelling_dropped)
    masked = masker.mask(text, [])
    squeezed, new_starts, old_starts = harper_split._squeeze(masked, text)
    assert len(squeezed) < len(masked)
    assert "recieved   goverment" in squeezed  # the text's own run stays as it is
    for word in ("recieved", "goverment"):
        at = squeezed.index(word)
        k = max(i for i, s in enumerate(new_starts) if s <= at)
        assert masked.index(word) == old_starts[k] + at - new_starts[k]


PIECES = (
    "Okafor",
    "Fernández",
    "López's",
    "O'Neill",
    "Łódź",
    "Straße",
    "naïve",
    "café",
    "the",
    "goverment",
    "recieved",
    "harbour",
    "colour",
    "Hae-won",
    "et al.",
    "etc.",
    "vs.",
    "As's",
    "Is'nt",
    "U.S.",
    "R&D",
    "tl;dr",
    "Tl;dr",
    "e.g.",
    "www.Example.com",
    "(Reuters)",
    "“Kovacs”",
    "‘Tanaka’",
    "«Moreau»",
    "[Novak]",
    "1st",
    "3 Th",
    "ﬁnance",
    "Ⅻ",
    "a\u00a0Okafor",
    "he go",
    "an union",
    "their was",
    "could of",
    "said.",
    "said,",
    "Said",
    '"Quoted"said',
    "it's",
    "...",
    "—",
    "\n\n",
    "Smith's",
    "Jones'",
    "ok",
)


def test_random_texts_give_the_same_lints(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(20261201)
    texts = [
        " ".join(
            f"Officials said {' '.join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))} "
            "on Monday."
            for _ in range(rng.randint(1, 5))
        )
        for _ in range(30)
    ]
    wholes: list[str] = []
    whole = harper_split.SplitLinter.whole

    def spy_whole(self: harper_split.SplitLinter, text: str, language: str) -> Any:
        wholes.append(text)
        return whole(self, text, language)

    monkeypatch.setattr(harper_split.SplitLinter, "whole", spy_whole)
    for text in texts:
        assert _raw(monkeypatch, True, text) == _raw(monkeypatch, False, text), text
        assert _findings(monkeypatch, True, text) == _findings(monkeypatch, False, text), text
    assert len(wholes) < len(texts) // 2  # most were split, not linted the old way
