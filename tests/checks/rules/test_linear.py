"""Pathological inputs (issue 16, items 1-5): every check stays about linear and bounded.

Each attack runs its checks in a forked child with an address-space limit and a
generous time limit: the code before the fix took minutes (or many gigabytes) on
these inputs, the fixed code well under a second.  The limits are hang detectors,
not timing assertions; each test also asserts what the check reports.  Where the
fix is structural (a cap, a bound, a chunk), that is asserted directly too.
"""

from __future__ import annotations

import multiprocessing
import resource
from collections.abc import Callable
from typing import Any

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.lexicon import zipf
from copydesk.checks.registry import REGISTRY
from copydesk.checks.settings import Settings

HANG = 40.0  # seconds: the fixed checks need a fraction of that, the old ones minutes
MEMORY = 3 << 30  # bytes of address space for the child (Harper once took 18 GB)
SIZE = 100_000  # characters of each attack


def _child(out: Any, func: Callable[..., object], args: tuple[object, ...]) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    try:
        out.send(("ok", func(*args)))
    except BaseException as exc:  # report it to the test, whatever it is
        out.send(("error", f"{type(exc).__name__}: {exc}"))


def bounded_run(func: Callable[..., object], *args: object) -> Any:
    """``func(*args)`` in a forked child with memory and time limits; fails the test on either."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(send, func, args))
    proc.start()
    try:
        if not receive.poll(HANG):
            pytest.fail(f"{func.__name__}{args[:1]} did not finish within {HANG:.0f} s (a hang)")
        status, value = receive.recv()
    finally:
        proc.kill()
        proc.join()
    if status != "ok":
        pytest.fail(f"{func.__name__} failed in the child: {value}")
    return value


def issues_of(check_ids: tuple[str, ...], text: str) -> list[tuple[str, int, int]]:
    """(rule, offset, length) of every issue the checks report (LanguageTool off)."""
    settings = Settings()
    settings.languagetool.enabled = False
    engine = Engine(settings, checks=[REGISTRY.get(c) for c in check_ids])
    return [(i.rule, i.offset, i.length) for i in engine.check_text(text, strict=True)]


def _fill(unit: str, size: int = SIZE) -> str:
    return unit * (size // len(unit))


# --- item 1: pronoun.gender on one long line without punctuation -----------------------

_LINE_WORDS = str.split(
    "Maria Lopez and John Smith met the minister in Lisbon while she said he would "
    "travel with her brother and his wife to meet Anna Novak who told them it was late"
)


def _long_line(size: int) -> str:
    words = [_LINE_WORDS[(i * 7) % len(_LINE_WORDS)] for i in range(size // 5)]
    return " ".join(words)[:size]


def test_pronoun_analysis_cuts_an_unpunctuated_line_into_bounded_sentences():
    from copydesk.checks.rules.pronoun import _people

    text = _long_line(20_000)
    a = _people.analyse(text)
    assert len(a.sent_spans) >= 20_000 // _people.MAX_SENTENCE
    assert all(end - start <= _people.MAX_SENTENCE for start, end in a.sent_spans)
    # Nothing is lost at a cut: every word is still a token.
    assert len(a.tokens) == len(text.split())


def test_pronoun_gender_on_a_long_line_finishes_and_still_judges():
    unit = (
        "Mr Tanaka said the plan was sound and Tanaka added that his team had tested it "
        "and Tanaka said her staff would publish the data and "
    )
    found = bounded_run(issues_of, ("pronoun.gender", "pronoun.it-for-person"), _fill(unit))
    assert "pronoun.gender" in {rule for rule, _, _ in found}
    assert bounded_run(issues_of, ("pronoun.gender",), _long_line(SIZE)) is not None


def test_pronoun_gender_still_judges_a_normal_text_with_the_cap():
    text = (
        "Mr Tanaka said the plan was sound. Tanaka added that his team had tested it. "
        "Tanaka said her staff would publish the data."
    )
    assert [r for r, _, _ in issues_of(("pronoun.gender",), text)] == ["pronoun.gender"]


# --- item 2: space.trailing on a long run of spaces -----------------------------------


@pytest.mark.parametrize("space", [" ", "\u00a0", "\f", "\t"])
def test_trailing_spaces_on_long_runs(space):
    inside = "Text" + space * SIZE + "x\n"
    at_end = "Text" + space * SIZE + "\nnext\n"
    assert bounded_run(issues_of, ("space.trailing",), inside) == []
    assert bounded_run(issues_of, ("space.trailing",), at_end) == [("space.trailing", 4, SIZE)]


# --- item 3: word.glued on one very long word -----------------------------------------


def test_glued_does_not_try_the_splits_of_a_very_long_word():
    from copydesk.checks.rules.word import glued

    word = "".join("abcdefghijklmnopqrstuvwxyz"[(i * 7) % 26] for i in range(5_000))
    before = zipf.cache_info().currsize
    assert issues_of(("word.glued",), f"The {word} ends here.") == []
    # Each split looked up (and cached) a slice: thousands of entries for one word.
    assert zipf.cache_info().currsize - before < 50
    # A real glue is still found: the cap is far above a real word's length.
    assert len("internationalorganisation") < glued.MAX_PIECE
    assert issues_of(("word.glued",), "The prosecutor presentedevidence from a witness.")


def test_glued_and_its_neighbours_on_a_huge_word_finish():
    word = "".join("abcdefghijklmnopqrstuvwxyz"[(i * 7) % 26] for i in range(SIZE))
    text = f"The {word} ends."
    assert bounded_run(issues_of, ("word.glued", "word.stray-fragment"), text) == []


# --- item 4: Harper is never handed an unbounded token or sentence ---------------------


class _Recorder:
    """Stands in for Harper's linter: records what it is handed, finds nothing."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def organized_lints(self, text: str, language: str) -> dict[str, list[object]]:
        self.texts.append(text)
        return {}


@pytest.fixture
def recorder(monkeypatch):
    from copydesk.checks.grammar import harper_engine

    rec = _Recorder()
    monkeypatch.setattr(harper_engine, "_linter", lambda dialect, all_rules=False: rec)
    return rec


def _longest_run(text: str) -> int:
    return max((len(t) for t in text.replace("\t", " ").split()), default=0)


@pytest.mark.parametrize(
    "text",
    [
        _fill("Ab"),
        "Start " + _fill("a,") + " end.",
        _fill("(") + " word " + _fill("'"),
        "Text " + "x" * 300 + " and " + "y" * 300 + " more.",  # long words, short runs
    ],
    ids=["Ab-run", "a-comma-run", "punctuation-runs", "long-words"],
)
def test_harper_never_sees_a_long_token(recorder, text):
    from copydesk.checks.grammar import harper_engine

    findings = harper_engine.lint(text)
    handed = "".join(recorder.texts)
    assert _longest_run(handed) <= harper_engine.MAX_TOKEN
    assert not any(len(w) > harper_engine.MAX_WORD for w in handed.split())
    # What was not handed over is said, not silently dropped.
    skipped = [f for f in findings if f.rule == harper_engine.SKIPPED]
    assert skipped
    assert all(not text[f.offset : f.offset + f.length].isspace() for f in skipped)


def test_harper_chunks_a_long_line_and_a_long_text(recorder):
    from copydesk.checks.grammar import harper_engine

    line = _long_line(30_000)
    harper_engine.lint(line)
    assert len(recorder.texts) >= 30
    assert max(len(t) for t in recorder.texts) <= harper_engine.MAX_SENTENCE
    recorder.texts.clear()
    prose = "The man went to the shop and he bought bread. " * 3_000
    harper_engine.lint(prose)
    assert 2 <= len(recorder.texts) <= 4  # whole sentences, about CHUNK characters a call
    assert max(len(t) for t in recorder.texts) <= harper_engine.CHUNK
    recorder.texts.clear()
    harper_engine.lint("An ordinary text. It is linted in one call.\n")
    assert recorder.texts == ["An ordinary text. It is linted in one call.\n"]


def test_harper_finds_an_error_deep_in_a_chunked_line_at_its_offset():
    from copydesk.checks.grammar import harper_engine

    line = _long_line(5_000) + " the minister said he go to the summit"
    findings = harper_engine.lint(line)
    at = line.rindex(" go ") + 1
    assert any(f.offset == at and f.length == 2 for f in findings)


def test_harper_on_a_long_token_stays_bounded_in_memory():
    # 'Ab' * 25000 took 18 GB before; the child has 3 GB of address space.
    found = bounded_run(issues_of, ("grammar.harper",), _fill("Ab", 50_000))
    assert found == [("grammar.harper.Skipped", 0, 50_000)]


# --- item 5: quadratic inputs ------------------------------------------------------------

ATTACKS: list[tuple[str, str, tuple[str, ...]]] = [
    ("dots", _fill(".."), ("case.sentence-start", "punct.double", "grammar.harper")),
    ("blank-lines-before-end", "Text.\n" + "\n" * SIZE + "x", ("space.blank-lines",)),
    ("blank-lines-at-end", "Text.\n" + "\n" * SIZE, ("space.blank-lines", "repeat.phrase")),
    ("a-comma", _fill("a,"), ("grammar.harper", "punct.double", "repeat.word")),
    ("name-she", _fill("Ana Maria Rojas She said. "), ("word.duplicated-subject",)),
    ("quotes", _fill('"'), ("grammar.harper", "punct.space-inside", "pronoun.gender")),
    ("acronyms", _fill("NATO UN EU "), ("consistency.figures", "consistency.name-variant")),
    ("parens", _fill("("), ("grammar.harper", "punct.space-inside")),
    ("hashes", _fill("#"), ("grammar.harper", "case.heading-start")),
    ("nbsp", "a" + _fill("\u00a0") + "b", ("space.trailing", "space.nbsp", "grammar.harper")),
    ("dashes", _fill("-"), ("grammar.harper", "pronoun.gender")),
    ("apostrophes", _fill("'"), ("grammar.harper", "layout.copyright")),
    ("form-feeds", "a" + _fill("\f") + "b", ("space.trailing", "case.mid-sentence-capital")),
    ("zwsp", "a" + _fill("\u200b") + "b", ("grammar.harper", "space.trailing")),
]


@pytest.mark.parametrize(("text", "checks"), [a[1:] for a in ATTACKS], ids=[a[0] for a in ATTACKS])
def test_quadratic_inputs_finish(text, checks):
    found = bounded_run(issues_of, checks, text)
    assert all(offset >= 0 and offset + length <= len(text) for _, offset, length in found)


def test_blank_lines_before_the_end_are_still_reported_once():
    text = "Text.\n" + "\n" * SIZE + "x"
    assert bounded_run(issues_of, ("space.blank-lines",), text) == [
        ("space.blank-lines", 5, SIZE + 1)
    ]
    text = "Text.\n" + "\n" * SIZE
    assert bounded_run(issues_of, ("space.blank-lines",), text) == [
        ("space.blank-lines", 5, SIZE + 1)
    ]


def test_sentence_start_after_a_run_of_dots_is_still_judged():
    # The possessive boundary is the same pattern: a run of marks still ends a sentence.
    assert issues_of(("case.sentence-start",), "He did not say when. the talks start.")
    assert issues_of(("case.sentence-start",), "He waited... and then he left.") == []


def test_duplicated_subject_still_found_in_a_long_line():
    text = _fill("The talks went on for hours and ", 20_000) + "Ana Maria Rojas She arrived."
    found = bounded_run(issues_of, ("word.duplicated-subject",), text)
    assert [r for r, _, _ in found] == ["word.duplicated-subject"]
