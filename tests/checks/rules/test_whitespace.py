"""Whitespace checks: trailing, doubled and leading spaces."""

from __future__ import annotations

import pytest

from tests.checks.rules.helpers import CLEAN_NEWS, family_engine, fixed, run, spans


def test_trailing_spaces_and_tabs_at_line_ends():
    text = "Kim arrived.  \nHe met Putin.\t\nEnd. "
    issues = run("space.trailing", text)
    assert [(i.offset, i.length) for i in issues] == [(12, 2), (28, 1), (34, 1)]
    assert [i.message for i in issues] == ["Trailing space", "Trailing tab", "Trailing space"]
    assert all(i.safe and i.replacements == ("",) for i in issues)
    assert fixed(text, "space.trailing") == "Kim arrived.\nHe met Putin.\nEnd."


def test_trailing_quiet_on_clean_lines():
    assert run("space.trailing", "One.\n\nTwo.\n") == []


def test_double_space_inside_a_line():
    text = "Kim  arrived in Russia.  The   train was slow."
    issues = run("space.double", text)
    assert [(i.offset, i.length) for i in issues] == [(3, 2), (23, 2), (28, 3)]
    assert fixed(text, "space.double") == "Kim arrived in Russia. The train was slow."


@pytest.mark.parametrize(
    "text",
    [
        "Year    Gdansk    Gdynia\n2021    2.1       0.9\n2022    2.0       0.9",
        "    code  block  here",
        "Name\tAge  x",
        "| a  | b |",
        "Tonnes  Value  Share  Year",
    ],
)
def test_double_space_leaves_tables_and_code(text):
    found = run("space.double", text)
    assert not [i for i in found if i.offset > 2], found


def test_double_space_leaves_mojibake_space_to_the_encoding_check():
    assert run("space.double", "naÃ¯ve Ã  la carte") == []


def test_leading_space_on_a_prose_line_is_safe():
    text = " date 2023-09-12 The meeting between the delegations\n\nAfter a long trip."
    (issue,) = run("space.leading", text)
    assert (issue.offset, issue.length, issue.safe) == (0, 1, True)
    assert fixed(text, "space.leading").startswith("date 2023-09-12")


def test_leading_space_in_an_indented_block_is_offered_not_safe():
    text = "  First indented paragraph of the piece.\n  Second indented paragraph."
    issues = run("space.leading", text)
    assert len(issues) == 2 and not any(i.safe for i in issues)


@pytest.mark.parametrize(
    "text",
    [
        "Intro:\n - item one\n - item two",
        "Intro:\n * first\n • second",
        "    def f(x):\n        return x",
        "Text.\n\tYear  Value",
        "Line\n .45 calibre",
        "Line\n .’ stray marks belong to another check",
        "Intro:\n 1. first point\n 2) second point",
    ],
)
def test_leading_space_near_misses(text):
    assert run("space.leading", text) == []


def test_leading_space_of_a_wrapped_continuation_is_not_safe():
    text = "• Under CMake, the build now installs\n  the headers to the right place.\n\nNext."
    (issue,) = run("space.leading", text)
    assert not issue.safe


@pytest.mark.parametrize(
    "text",
    [
        "You may download it from:\n\n   http://download.example.org/sources\n\nThen run it.",
        "New function:\n  gnutls_session_get_data2\n\nNext.",
        "Bugs go to the tracker, at\n\n   https://bugs.example.org/ (product x)",
    ],
)
def test_leading_space_of_a_display_is_not_safe(text):
    assert not any(i.safe for i in run("space.leading", text))


def test_deep_indent_of_a_sentence_is_offered_not_safe():
    text = "Title\n\n        The convoy crossed the border on Tuesday morning.\n\nEnd."
    (issue,) = run("space.leading", text)
    assert not issue.safe and issue.length == 8


def test_whitespace_family_quiet_on_clean_news():
    assert family_engine("space").check_text(CLEAN_NEWS) == []


def test_spans_helper_reports_matched_text():
    text = "a  b"
    assert spans(run("space.double", text), text) == [("  ", (" ",), True)]


def test_double_space_counts_no_break_spaces():
    assert fixed("End.\u00a0 Next and  more", "space.double") == "End. Next and more"
    assert run("space.double", "It is 10\u00a0km away.") == []


def test_nbsp_is_off_by_default_and_never_safe():
    from copydesk.checks.registry import REGISTRY

    assert not REGISTRY.get("space.nbsp").default_enabled
    (issue,) = run("space.nbsp", "Kim\u00a0Jong")
    assert issue.replacements == (" ",) and not issue.safe


def test_markdown_hard_line_break_is_flagged_not_removed():
    from copydesk.checks.engine import Engine
    from copydesk.checks.registry import REGISTRY

    engine = Engine(checks=[REGISTRY.get("space.trailing")])
    text = "Line one  \nLine two\n"
    [md] = engine.check_text(text, "article.md")
    assert not md.safe and "Markdown" in md.message
    [txt] = engine.check_text(text, "article.txt")
    assert txt.safe
