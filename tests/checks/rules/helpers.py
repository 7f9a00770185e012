"""Run one check (or a family) on a text, and apply its safe fixes as `copydesk fix` does."""

from __future__ import annotations

from pathlib import Path

from copydesk.checks.engine import Engine
from copydesk.checks.fixer import fix_text
from copydesk.checks.model import Issue
from copydesk.checks.registry import REGISTRY
from copydesk.checks.settings import Settings

CLEAN_NEWS = (Path(__file__).parent / "clean_news.txt").read_text("utf-8")


def run(check_id: str, text: str) -> list[Issue]:
    return Engine(checks=[REGISTRY.get(check_id)]).check_text(text)


def pronoun_issues(text: str) -> list[Issue]:
    """The pronoun.gender issues of ``text``, alone."""
    return [i for i in run("pronoun.gender", text) if i.rule == "pronoun.gender"]


def flagged_pronouns(text: str) -> list[str]:
    """The words pronoun.gender flags in ``text``, in order."""
    return [text[i.offset : i.end] for i in pronoun_issues(text)]


# A clean paragraph after the text: the capital is judged mid-article, not in a lone line
_CLEAN_TAIL = "\n\nThe council met on Tuesday and the vote was close.\n"


def capitalised_noun_flags(text: str) -> list[str]:
    """The words case.capitalised-noun flags in ``text`` followed by a clean paragraph."""
    text += _CLEAN_TAIL
    return [text[i.offset : i.end] for i in run("case.capitalised-noun", text)]


def first_fixes(check_id: str, text: str) -> list[tuple[str, str, bool]]:
    """The check's issues on ``text``: the words matched, the first replacement, whether it
    is applied."""
    return [(i.matched(text), i.replacements[0], i.safe) for i in run(check_id, text)]


def glued_splits(text: str) -> list[tuple[str, str, bool]]:
    """word.glued's issues on ``text``: the token, its first split, whether it is applied."""
    return [(text[i.offset : i.end], i.replacements[0], i.safe) for i in run("word.glued", text)]


def flags_only_the_mark(check_id: str, marked: str) -> None:
    """The check's one issue on ``marked`` (with its «mark» taken out) starts at the mark."""
    start = marked.index("«")
    text = marked.replace("«", "").replace("»", "")
    assert [i.offset for i in run(check_id, text)] == [start]


def family_engine(*prefixes: str) -> Engine:
    settings = Settings()
    settings.select = list(prefixes)
    return Engine(settings)


def fixed(text: str, *prefixes: str) -> str:
    """The text after `copydesk fix` with the given rule prefixes (safe fixes only)."""
    return fix_text(family_engine(*prefixes), text).text


def spans(issues: list[Issue], text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(i.matched(text), i.replacements, i.safe) for i in issues]


def only_issue(engine: Engine, text: str) -> Issue:
    """The one issue ``engine`` raises on ``text``; the test fails on none or several."""
    issues = engine.check_text(text)
    assert len(issues) == 1, [i.matched(text) for i in issues]
    return issues[0]


def applied_split(engine: Engine, text: str, token: str, fix: str) -> Issue:
    """The one issue on ``text`` is ``token`` with ``fix`` first and safe, and `copydesk fix`
    writes ``fix`` in its place."""
    issue = only_issue(engine, text)
    assert issue.matched(text) == token
    assert (issue.replacements[0], issue.safe) == (fix, True)
    assert fix_text(engine, text).text == text.replace(token, fix)
    return issue


def offered_split(engine: Engine, text: str, token: str, fix: str) -> Issue:
    """The one issue on ``text`` is ``token`` with ``fix`` first but not safe, so `copydesk
    fix` leaves the text as it is."""
    issue = only_issue(engine, text)
    assert issue.matched(text) == token
    assert (issue.replacements[0], issue.safe) == (fix, False)
    assert fix_text(engine, text).text == text
    return issue
