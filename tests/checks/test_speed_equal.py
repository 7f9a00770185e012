"""The speed-ups change no result: each optimised path against the plain one, on mixed text.

bench/compare_speed.py and bench/eval_bilingual.py --speed print what they gain; these
tests only prove that the issues (offsets, rules, messages, suggestions, order) and
the failures are the same.
"""

from __future__ import annotations

import itertools
import threading

import pytest

from copydesk.checks.context import Batch, BatchMember, CheckContext
from copydesk.checks.engine import Cancelled, Engine
from copydesk.checks.model import Category
from copydesk.checks.registry import Check
from copydesk.checks.settings import LanguageToolSettings, Settings

# Own-pass artifacts (doubled period, glued fragment, doubled word, lower-case start,
# a name spelled two ways) next to Harper's (agreement, a/an, a typo, "their was").
MIXED = (
    "Marta Kowalska, the port director, said that the the ferry would open in June..\n\n"
    "the minister said he go to the summit every year. An union leader agreed.\n\n"
    "Officials said their was no reason to delay the vote, Marta Kowalskaa added.\n\n"
    "The goverment announced a new plan on Monday.BLIt will cost 12 million euros."
)
SECOND = (
    "In Gdansk, the harbour authority said on Friday that talks would resume.\n\n"
    "“We will not wait any longer,” Marta Kowalska told reporters. She could of stopped it."
)


@pytest.fixture(autouse=True)
def _idle_core(monkeypatch):
    """The overlapped runs below use their thread, however busy the test machine is."""
    from copydesk.checks import engine
    from copydesk.checks.bilingual import runner

    monkeypatch.setattr(engine, "spare_core", lambda: True)
    monkeypatch.setattr(runner, "spare_core", lambda: True)


def _settings() -> Settings:
    return Settings(languagetool=LanguageToolSettings(enabled=False))


def _sequential() -> Engine:
    engine = Engine(_settings())
    engine.overlap_engines = False
    return engine


def test_engines_on_a_thread_give_the_sequential_issues_on_mixed_text():
    members = [BatchMember("a.txt", MIXED), BatchMember("b.txt", SECOND)]
    plain = _sequential().check_batch(members)
    overlapped = Engine(_settings()).check_batch(members)
    assert overlapped == plain
    rules = {i.rule for r in plain for i in r.issues}
    assert any(r.startswith("grammar.harper.") for r in rules)  # the engine's half is there
    assert any(not r.startswith("grammar.") for r in rules)  # and so is ours
    assert not any(r.failures for r in plain)


def test_a_failing_engine_is_reported_the_same_way_on_a_thread():
    def broken(text: str, ctx: CheckContext) -> list:
        raise ValueError("engine down")

    threads = []

    def past_end(text: str, ctx: CheckContext) -> list:
        threads.append(threading.current_thread().name)
        return [ctx.issue(len(text), 5, "too far"), ctx.issue(0, 1, "kept")]

    def ours(text: str, ctx: CheckContext) -> list:
        return [ctx.issue(2, 1, "ours")]

    checks = [
        Check("test.broken", Category.GRAMMAR, "d", broken, yields_to_cleanup=True),
        Check("test.far", Category.GRAMMAR, "d", past_end, yields_to_cleanup=True),
        Check("test.ours", Category.STYLE, "d", ours),
    ]
    member = BatchMember("p", "abcdefgh")
    plain_engine = Engine(checks=checks)
    plain_engine.overlap_engines = False
    plain = plain_engine.check_member(member, Batch([member]))
    overlapped = Engine(checks=checks).check_member(member, Batch([member]))
    assert threads == [threading.main_thread().name, "copydesk-engines"]
    assert overlapped == plain
    assert [f.check_id for f in plain.failures] == ["test.broken", "test.far"]
    assert [i.message for i in plain.issues] == ["kept", "ours"]


def test_cancel_while_the_engines_run_on_a_thread_raises():
    stop = []

    def ours(text: str, ctx: CheckContext) -> list:
        stop.append(True)  # the user cancels while our passes run
        return []

    def engine_check(text: str, ctx: CheckContext) -> list:
        return [ctx.issue(0, 1, "engine")]

    checks = [
        Check("test.ours", Category.STYLE, "d", ours),
        Check("test.grammar", Category.GRAMMAR, "d", engine_check, yields_to_cleanup=True),
        Check("test.grammar2", Category.GRAMMAR, "d", engine_check, yields_to_cleanup=True),
    ]
    member = BatchMember("p", "abcdefgh")
    with pytest.raises(Cancelled):
        Engine(checks=checks).check_member(member, Batch([member]), cancelled=lambda: bool(stop))


def _xliff(pairs: list[tuple[str, str]]) -> str:
    units = "\n".join(
        f'<trans-unit id="u{n}"><source>{s}</source><target>{t}</target></trans-unit>'
        for n, (s, t) in enumerate(pairs, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="zh" '
        f'target-language="en" datatype="plaintext" original="x"><body>\n{units}\n'
        "</body></file></xliff>\n"
    )


def test_a_bilingual_files_engines_on_a_thread_give_the_sequential_issues(tmp_path, monkeypatch):
    from copydesk.checks.bilingual import runner
    from copydesk.checks.bilingual.loader import load

    pairs = [
        ("公司售出了1200辆汽车。", "The company sold 1,200 cars last year .."),
        ("他每年都去。", "The minister said he go to the summit every year."),
        ("政府宣布了新计划。", "The goverment announced a new plan on Monday."),
        ("工会领导人同意。", "An union leader said the the workers would strike."),
        ("我们等不及了。", ""),
        ("价格上涨了5%。", "Prices rose by 7%."),
    ]
    path = tmp_path / "mixed.xlf"
    path.write_text(_xliff(pairs), "utf-8")
    docs = [load(path, 10_000_000)]

    def run(overlap: bool) -> list:
        monkeypatch.setattr(runner, "OVERLAP_ENGINES", overlap)
        engine = Engine(_settings())
        return [(r.issues, r.failures) for r in runner.check_documents(engine, docs)]

    started = []
    original = threading.Thread.start

    def start(self):
        started.append(self.name)
        original(self)

    monkeypatch.setattr(threading.Thread, "start", start)
    plain = run(False)
    assert "copydesk-engines" not in started
    overlapped = run(True)
    assert "copydesk-engines" in started
    assert overlapped == plain
    rules = {u.issue.rule for issues, _ in plain for u in issues}
    assert any(r.startswith("grammar.harper.") for r in rules)
    assert any(r.startswith("bilingual.") for r in rules)
    assert any(not r.startswith(("grammar.", "bilingual.")) for r in rules)  # our own passes


def test_harper_by_runs_of_paragraphs_finds_what_one_call_finds(monkeypatch):
    from pathlib import Path

    from copydesk.checks.grammar import harper_engine

    data = Path(__file__).parent / "grammar" / "data"
    planted = (data / "planted_errors.txt").read_text("utf-8")
    clean = (data / "clean_news.txt").read_text("utf-8")
    # Long enough to be cut (about 40,000 characters), errors in every block, quotes
    # left open across paragraphs, and one long paragraph of its own.
    text = "\n\n".join([planted, clean, "“The port will open,” he said.\n\n“It will.”"] * 9)
    text += "\n\n" + "The man went to the shop and he go home. " * 300
    cut = harper_engine.chunks(text)
    assert len(cut) > 4 and all(end - start <= harper_engine.CHUNK for start, end in cut)
    by_paragraphs = harper_engine.lint(text)
    monkeypatch.setattr(harper_engine, "PARAGRAPH_CHUNK", 10**9)
    assert len(harper_engine.chunks(text)) == 1
    assert harper_engine.lint(text) == by_paragraphs
    assert len({f.rule for f in by_paragraphs}) >= 4


def test_paragraph_blocks_cover_the_text_and_cut_only_at_blank_lines():
    from copydesk.checks.grammar.harper_engine import paragraph_blocks

    text = "One.\n\nTwo two.\n \n\nThree three three.\nFour.\n\n" + "x" * 50 + "\n\nEnd"
    blocks = paragraph_blocks(text, limit=10)
    assert blocks[0][0] == 0 and blocks[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(blocks))
    assert all(text[end - 2 : end].isspace() for _, end in blocks[:-1])
    assert "Three three three.\nFour." in [text[s:e].strip() for s, e in blocks]
    assert paragraph_blocks("short", limit=10) == [(0, 5)]


def test_no_thread_when_every_core_is_busy(monkeypatch):
    from copydesk.checks import engine as engine_module

    monkeypatch.setattr(engine_module, "spare_core", lambda: False)
    threads = []

    def engine_check(text: str, ctx: CheckContext) -> list:
        threads.append(threading.current_thread().name)
        return []

    checks = [
        Check("test.ours", Category.STYLE, "d", lambda text, ctx: []),
        Check("test.grammar", Category.GRAMMAR, "d", engine_check, yields_to_cleanup=True),
    ]
    member = BatchMember("p", "abc")
    Engine(checks=checks).check_member(member, Batch([member]))
    assert threads == [threading.main_thread().name]


def test_engines_on_a_thread_see_the_run_inputs():
    """The thread's checks read ctx.inputs (user words, LanguageTool's handle) as ours do."""
    members = [BatchMember("a.txt", "The goverment announced a new plan on Monday.\n")]

    def spelled(words: list[str], overlap: bool) -> list[str]:
        lt = LanguageToolSettings(enabled=False, user_words=words)
        engine = Engine(Settings(languagetool=lt))
        engine.overlap_engines = overlap
        return [i.rule for i in engine.check_batch(members)[0].issues if "Spell" in i.rule]

    assert spelled([], True) == spelled([], False) != []  # Harper flags the word unaccepted
    assert spelled(["goverment"], True) == spelled(["goverment"], False) == []


def test_languagetool_on_the_engines_thread_is_asked_through_the_run_s_handle():
    from dataclasses import replace

    from copydesk.checks.registry import REGISTRY
    from copydesk.checks.run_inputs import resolve_inputs
    from copydesk.checks.service import ServiceState, ServiceStatus

    class FakeLanguageTool:
        def __init__(self) -> None:
            self.requests: list[str] = []

        def wait(self) -> ServiceStatus:
            return ServiceStatus(ServiceState.READY, "fake")

        def check(self, text: str, language: str | None = None) -> list[object]:
            self.requests.append(text)
            return []

    settings = Settings()
    asked = []
    for overlap in (False, True):
        service = FakeLanguageTool()
        inputs = replace(resolve_inputs(settings, connect=False), languagetool=service)
        engine = Engine(settings, checks=REGISTRY.all(), inputs=inputs)
        engine.overlap_engines = overlap
        engine.check_batch([BatchMember("a.txt", "He go to school every day.\n")])
        asked.append(service.requests)
    assert asked[0] == asked[1] == ["He go to school every day.\n"]


def test_shared_splits_and_compiled_patterns_give_the_issues_of_per_check_work(monkeypatch):
    """The per-text caches (sentences, sentence starts, words, layout lines) against
    each check splitting the text itself."""
    from copydesk.checks import tokens
    from copydesk.checks.grammar import harper_engine
    from copydesk.checks.rules.case import _stray, capitalised_noun
    from copydesk.checks.rules.grammar import subjectless_verb
    from copydesk.checks.rules.layout import _lines
    from copydesk.checks.rules.pronoun import _people
    from copydesk.checks.rules.repetition import repeated_phrase, repeated_word
    from copydesk.checks.rules.word import _shared, glued

    members = [BatchMember("a.txt", MIXED), BatchMember("b.txt", SECOND)]
    shared = _sequential().check_batch(members)

    def plain_spans(text: str) -> tuple[tokens.Span, ...]:
        return tuple(tokens.sentences(text))

    def plain_starts(text: str) -> frozenset[int]:
        return _shared._starts(text, tokens.sentences(text))

    def plain_words(text: str) -> tuple[tokens.Span, ...]:
        return tuple(tokens.words(text))

    def plain_words_in(text: str, start: int, end: int) -> list[tokens.Span]:
        return list(tokens.words(text, start, end))

    for module in (harper_engine, repeated_phrase, subjectless_verb, _people):
        monkeypatch.setattr(module, "sentence_spans", plain_spans)
    for module in (_shared, _stray, capitalised_noun):
        monkeypatch.setattr(module, "sentence_starts", plain_starts)
    for module in (_shared, glued, repeated_word):
        monkeypatch.setattr(module, "word_spans", plain_words)
    for module in (repeated_phrase, _people):
        monkeypatch.setattr(module, "words_in", plain_words_in)
    monkeypatch.setattr(_lines, "_lines", _lines._lines.__wrapped__)
    plain = _sequential().check_batch(members)
    assert shared == plain
    assert not any(r.failures for r in plain)
    assert {i.rule.split(".")[0] for r in plain for i in r.issues} >= {"repeat", "grammar", "punct"}
