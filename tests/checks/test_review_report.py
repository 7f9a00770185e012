"""The review report: every issue with its decision, sentence, place and rule name."""

from __future__ import annotations

import csv
import io
import json

from copydesk.checks.decisions import Decision, Verdict
from copydesk.checks.model import Category, Issue
from copydesk.checks.review_report import (
    Outcome,
    outcome_of,
    review_rows,
    sentence_around,
    summary,
    to_csv,
    to_html,
    to_json,
    to_qa_html,
)

TEXT = "First line.\nThe cat sat.  It was perhaps late. Smithsaid so.\n"


def _issue(rule, start, length, repl, category=Category.STYLE):
    return Issue(start, length, rule, category, f"message of {rule}", tuple(repl), 0.9, False)


ISSUES = [
    _issue("space.double", 24, 2, [" "], Category.WHITESPACE),
    _issue("style.hedge", 33, 7, []),
    _issue("word.glued", 47, 9, ["Smith said"], Category.WORD),
    _issue("style.hedge", 0, 5, []),
]
DECISIONS = {
    24: Decision(Verdict.ACCEPTED, " "),
    47: Decision(Verdict.EDITED, "Smith, said"),
    0: Decision(Verdict.REJECTED, "First"),  # a query kept as is
}
NAMES = {"space.double": "Two spaces", "style.hedge": "Hedging", "word.glued": "Glued words"}


def rows():
    return review_rows("a.txt", TEXT, ISSUES, lambda i: DECISIONS.get(i.offset), lambda r: NAMES[r])


def test_outcomes_cover_every_decision():
    assert outcome_of(None) == Outcome.OPEN
    assert outcome_of(Decision(Verdict.ACCEPTED, "x")) == Outcome.ACCEPTED
    assert outcome_of(Decision(Verdict.EDITED, "y")) == Outcome.EDITED
    assert outcome_of(Decision(Verdict.REJECTED)) == Outcome.REJECTED
    assert outcome_of(Decision(Verdict.REJECTED, "kept")) == Outcome.KEPT


def test_every_issue_is_a_row_with_place_sentence_and_decision():
    got = rows()
    assert [(r.line, r.column, r.rule, r.outcome) for r in got] == [
        (1, 1, "style.hedge", Outcome.KEPT),
        (2, 13, "space.double", Outcome.ACCEPTED),
        (2, 22, "style.hedge", Outcome.OPEN),
        (2, 36, "word.glued", Outcome.EDITED),
    ]
    glued = got[3]
    assert glued.typed == "Smith, said" and glued.after == "Smith, said"
    assert glued.rule_name == "Glued words"
    assert glued.sentence == "⟦Smithsaid⟧ so."
    assert got[2].sentence == "It was ⟦perhaps⟧ late."
    assert got[2].query and got[2].after == "perhaps" and got[2].suggested == ""  # unchanged


def test_sentence_stays_inside_its_line():
    text = "Heading\nthe body starts here. Next one."
    assert sentence_around(text, 8, 11) == "⟦the⟧ body starts here."


def test_summary_counts_outcomes_per_rule():
    (hedge, *_rest) = summary(rows())
    assert hedge.rule == "style.hedge" and hedge.total == 2
    assert hedge.counts[Outcome.KEPT] == 1 and hedge.counts[Outcome.OPEN] == 1


def test_csv_and_json_carry_every_issue_with_the_real_characters():
    table = list(csv.DictReader(io.StringIO(to_csv(rows()))))
    assert len(table) == 4
    spaces = next(r for r in table if r["rule"] == "space.double")
    assert (spaces["before"], spaces["after"], spaces["outcome"]) == ("  ", " ", "accepted")
    data = json.loads(to_json(rows()))
    assert len(data["issues"]) == 4
    assert data["issues"][3]["typed"] == "Smith, said"
    assert data["summary"][0] == {
        "rule": "style.hedge", "rule_name": "Hedging", "total": 2,
        "accepted": 0, "edited": 0, "rejected": 0, "kept": 1, "open": 1,
    }  # fmt: skip


def test_html_report_and_qa_report():
    page = to_html(rows())
    assert "4 issues in 1 file(s): 1 accepted, 1 edited, 0 rejected, 1 kept, 1 open." in page
    assert "<mark>perhaps</mark>" in page and "typed: Smith, said" in page
    qa = to_qa_html(rows())
    assert "Left for the author (2): open issues and queries" in qa
    assert qa.index("Left for the author") < qa.index("Glued words <code>word.glued</code>")


def test_visible_draws_the_whitespace_that_matters():
    from copydesk.checks.review_report import visible

    assert visible("  ") == "··"
    assert visible(" date 2024-03-18\n") == "·date 2024-03-18↵"
    assert visible("one two") == "one two"  # a removed line still reads as text
    assert visible("a  b\tc\u00a0d") == "a··b→c°d"


def test_a_query_reads_apart_from_a_removal_in_csv_json_and_html():
    """`after` is what the text holds after review; the proposal is `suggested`, and a query
    (no change proposed) is marked, so neither reads like a deletion."""
    text = "Lead.\nAFP\nIt was perhaps late.\nReuters\n"
    issues = [
        _issue("layout.agency-credit", 5, 4, [""]),  # a removal, accepted
        _issue("style.hedge", 17, 7, []),  # a query, open
        _issue("layout.agency-credit", 30, 8, [""]),  # a removal, open
    ]
    decided = {5: Decision(Verdict.ACCEPTED, "")}
    got = review_rows("a.txt", text, issues, lambda i: decided.get(i.offset), lambda r: r)
    removed, query, proposed = got
    assert (removed.after, removed.suggested, removed.query) == ("", "", False)
    assert (query.after, query.suggested, query.query) == ("perhaps", "", True)
    assert (proposed.after, proposed.suggested, proposed.query) == ("\nReuters", "", False)

    table = list(csv.DictReader(io.StringIO(to_csv(got))))
    assert [(r["outcome"], r["before"], r["after"], r["suggested"], r["query"]) for r in table] == [
        ("accepted", "\nAFP", "", "", "no"),
        ("open", "perhaps", "perhaps", "", "yes"),
        ("open", "\nReuters", "\nReuters", "", "no"),
    ]
    data = json.loads(to_json(got))["issues"]
    assert [(r["after"], r["suggested"], r["query"]) for r in data] == [
        ("", "", False),
        ("perhaps", None, True),  # no suggestion at all, not a suggested removal
        ("\nReuters", "", False),
    ]
    page = to_html(got)
    assert page.count("<i>unchanged</i>") == 2
    assert '<span title="\nAFP">↵AFP</span>' in page  # drawn, and the raw text kept
    assert "suggested: <i>query: no change proposed</i>" in page
    assert "suggested: <i>(nothing)</i>" in page
