"""What an issue quotes once a fix inside its text is accepted: the text as it reads now.

A query about a whole sentence (or a bilingual unit) is found in the text before the
editor corrects a word inside it; its detail, its "Replace with" text and a Keep
must go by the corrected sentence, never bring the old word back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from copydesk.checks.context import CheckContext
from copydesk.checks.engine import Engine
from copydesk.checks.model import Category, Edit, Issue
from copydesk.checks.registry import Check
from copydesk.checks.review import ItemStatus
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_cover import moved_span
from copydesk.checks.review_decide import plan_accept


def _check(rule: str, pattern: str, replacements: list[str]) -> Check:
    compiled = regex.compile(pattern)

    def run(text: str, ctx: CheckContext) -> Iterator[Issue]:
        for m in compiled.finditer(text):
            yield ctx.issue(m.start(), m.end() - m.start(), rule, replacements)

    return Check(rule, Category.STYLE, rule, run)


FIGURE = _check("test.figure", r"\b13\b", ["12"])
SENTENCE = _check("test.sentence", r"It will invest [^.]*\.", [])  # a query: flag only
TEXT = "Intro.\nIt will invest 13 million yuan in a park.\nMore.\n"


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        ([], (10, 5)),
        ([Edit(0, 2, "abcd")], (12, 5)),  # before: moved
        ([Edit(11, 1, "xyz")], (10, 7)),  # inside: grown
        ([Edit(11, 2, "")], (10, 3)),  # inside: shrunk
        ([Edit(9, 7, "ab")], (9, 2)),  # around: the replacement
        ([Edit(15, 0, "!")], (10, 5)),  # an insertion at its end is after it
        ([Edit(10, 0, "!")], (11, 5)),  # and one at its start before it
        ([Edit(20, 3, "")], (10, 5)),  # after: no change
    ],
)
def test_moved_span(edits, expected) -> None:
    assert moved_span(10, 5, edits) == expected


def _file(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    batch = ReviewBatch(remember=False)
    batch.open_paths([str(tmp_path / "a.txt")])
    batch.take_results(Engine(checks=[FIGURE, SENTENCE]).check_batch(batch.members()))
    fr = batch.files[0]
    figure = next(it for it in fr.items if it.issue.rule == "test.figure")
    sentence = next(it for it in fr.items if it.issue.rule == "test.sentence")
    return fr, figure, sentence


def test_a_query_quotes_its_sentence_as_corrected_and_keep_keeps_the_fix(tmp_path) -> None:
    fr, figure, sentence = _file(tmp_path)
    assert fr.fixes_inside(sentence) == []
    assert fr.current_matched(sentence) == "It will invest 13 million yuan in a park."
    plan_accept(fr, figure, "12").apply()
    assert fr.fixes_inside(sentence) == [Edit(22, 2, "12", "test.figure")]
    assert fr.current_matched(sentence) == "It will invest 12 million yuan in a park."
    text, start, end = fr.context_of(sentence)
    assert text[start:end] == "It will invest 12 million yuan in a park."
    assert "13" not in text
    # The figure's own detail still quotes what it was found on.
    text, start, end = fr.context_of(figure)
    assert text[start:end] == "13"
    # "Keep" with the text as shown: no edit, and the fix inside stays applied.
    plan_accept(fr, sentence, fr.current_matched(sentence)).apply()
    assert fr.status(sentence) == ItemStatus.KEPT
    assert fr.corrected().text == TEXT.replace("13", "12")


def test_a_sentence_rewritten_from_the_current_text_keeps_the_fix(tmp_path) -> None:
    fr, figure, sentence = _file(tmp_path)
    plan_accept(fr, figure, "12").apply()
    typed = fr.current_matched(sentence).replace(" in a park", "")
    plan_accept(fr, sentence, typed).apply()
    assert fr.status(sentence) == ItemStatus.EDITED
    assert fr.status(figure) == ItemStatus.SUPERSEDED
    assert fr.corrected().text == "Intro.\nIt will invest 12 million yuan.\nMore.\n"


def test_a_superseded_issue_is_quoted_as_it_was_found(tmp_path) -> None:
    fr, figure, sentence = _file(tmp_path)
    plan_accept(fr, sentence, "It will invest in a park.").apply()
    assert fr.status(figure) == ItemStatus.SUPERSEDED
    text, start, end = fr.context_of(figure)
    assert text[start:end] == "13"
    assert fr.current_matched(figure) == "13"
