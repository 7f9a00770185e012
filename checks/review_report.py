"""The review report: every issue of a batch with what the editor decided, and a QA report.

A copy editor hands on two things: what was changed (accepted as suggested, edited to
the text typed, or typed in the text by hand: a row of its own, outcome ``typed``, so
every change between the original and the saved copy is recorded), and what is left to
ask the author (queries kept, issues still open). Each row carries its sentence, file,
line and column, and the rule under its own name; a per-rule summary counts the
outcomes. Renderers: CSV, JSON, HTML, and an Xbench-style QA report (issues grouped
by check, then the queries for the author).
The CSV and JSON hold the real characters (``after`` is what the text holds); the HTML
draws whitespace in before/after cells (``·`` ``↵`` ``→``) so a space fix is seen, with
the raw text in the cell's title.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from pathlib import Path

import regex

from copydesk.checks.decisions import Decision, Verdict
from copydesk.checks.model import Issue
from copydesk.checks.registry import REGISTRY, Check
from copydesk.checks.report import ReportError, check_report_path, clean_text, write_report_text
from copydesk.checks.textpos import LineIndex
from copydesk.checks.tracked import TYPED_RULE, typed_hunks

SENTENCE_REACH = 240  # characters searched each way for the sentence around an issue
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*\s|\n")


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    EDITED = "edited"
    REJECTED = "rejected"
    KEPT = "kept"  # a query noted, the text left as it is
    OPEN = "open"
    SUPERSEDED = "superseded"  # inside text a larger accepted fix replaces
    TYPED = "typed"  # text the editor typed in the text itself (no issue behind it)


_ONLY_WHEN_SEEN = (Outcome.SUPERSEDED, Outcome.TYPED)


def shown_outcomes(rows: Iterable[ReviewRow]) -> list[Outcome]:
    """The outcomes a report counts: 'superseded' and 'typed' only when a row has them."""
    seen = {r.outcome for r in rows}
    return [o for o in Outcome if o not in _ONLY_WHEN_SEEN or o in seen]


def outcome_of(decision: Decision | None) -> Outcome:
    if decision is None:
        return Outcome.OPEN
    if decision.verdict == Verdict.REJECTED:
        # A rejection that keeps a replacement is "kept as is" (see desktop.session.is_kept).
        return Outcome.KEPT if decision.replacement is not None else Outcome.REJECTED
    return Outcome.EDITED if decision.verdict == Verdict.EDITED else Outcome.ACCEPTED


@dataclass(frozen=True)
class ReviewRow:
    file: str
    line: int
    column: int
    rule: str
    rule_name: str
    category: str
    message: str
    sentence: str  # the sentence, the issue's text marked with ⟦ ⟧
    before: str
    # What the text holds there after the review: the replacement applied or typed, or
    # ``before`` itself when nothing was applied, so "" always means a deletion.
    after: str
    outcome: Outcome
    typed: str  # the text the editor typed, for an edited issue
    query: bool  # no change proposed: a question for the author
    suggested: str = ""  # the check's first suggestion ("" also for a query: see ``query``)
    unit: str = ""  # a bilingual file's unit id ("7 (source)": an issue in its source)
    # Why ``copydesk fix`` left an issue open; on a fix applied, what it did to the copy
    # (``fix --utf8``: written in UTF-8, which encoding could not store which character).
    reason: str = ""


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]``, with that span marked ⟦ ⟧, on one line."""
    left = text[max(0, start - SENTENCE_REACH) : start]
    ends = list(_SENTENCE_END.finditer(left))
    begin = start - len(left) + (ends[-1].end() if ends else 0)
    right = text[end : end + SENTENCE_REACH]
    stop = _SENTENCE_END.search(right)
    finish = end + (stop.start() + 1 if stop else len(right))
    marked = f"{text[begin:start]}⟦{text[start:end]}⟧{text[end:finish]}"
    return " ".join(marked.split())


def review_rows(
    file: str,
    text: str,
    issues: Iterable[Issue],
    decision_of: Callable[[Issue], Decision | None],
    rule_name: Callable[[str], str],
) -> list[ReviewRow]:
    """One row per issue of one file, in text order."""
    index = LineIndex(text)
    rows = []
    for issue in sorted(issues, key=lambda i: (i.offset, i.length, i.rule)):
        decision = decision_of(issue)
        outcome = outcome_of(decision)
        line, column = index.position(issue)
        chosen = decision.replacement if decision is not None else None
        applied = outcome in (Outcome.ACCEPTED, Outcome.EDITED) and chosen is not None
        before = issue.matched(text)
        rows.append(
            ReviewRow(
                file=file,
                line=line,
                column=column,
                rule=issue.rule,
                rule_name=rule_name(issue.rule),
                category=str(issue.category),
                message=issue.message,
                sentence=sentence_around(text, issue.offset, issue.end),
                before=before,
                after=chosen if applied and chosen is not None else before,
                outcome=outcome,
                typed=chosen if outcome == Outcome.EDITED and chosen is not None else "",
                query=not issue.replacements,
                suggested=issue.replacements[0] if issue.replacements else "",
            )
        )
    return rows


TYPED_NAME = "Typed by the editor in the text itself"


@dataclass(frozen=True)
class _At:
    offset: int
    length: int


def typed_rows(file: str, original: str, text: str) -> list[ReviewRow]:
    """One row per change the editor typed: ``original`` (the file as read) against
    ``text`` (the working text), on the lines the issue list shows for the working text."""
    if original == text:
        return []
    index = LineIndex(text)
    rows = []
    for a0, a1, b0, b1 in typed_hunks(original, text):
        line, column = index.position(_At(b0, b1 - b0))
        rows.append(
            ReviewRow(
                file=file, line=line, column=column, rule=TYPED_RULE, rule_name=TYPED_NAME,
                category="typed", message="Typed by the editor (Edit Text Directly)",
                sentence=sentence_around(text, b0, b1), before=original[a0:a1],
                after=text[b0:b1], outcome=Outcome.TYPED, typed=text[b0:b1], query=False,
            )
        )  # fmt: skip
    return rows


@dataclass(frozen=True)
class RuleSummary:
    rule: str
    rule_name: str
    counts: Counter[Outcome]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def summary(rows: Sequence[ReviewRow]) -> list[RuleSummary]:
    """Per rule, how many issues ended how; the busiest rule first."""
    names: dict[str, str] = {}
    counts: dict[str, Counter[Outcome]] = {}
    for r in rows:
        names[r.rule] = r.rule_name
        counts.setdefault(r.rule, Counter())[r.outcome] += 1
    ordered = sorted(counts, key=lambda rule: (-sum(counts[rule].values()), rule))
    return [RuleSummary(rule, names[rule], counts[rule]) for rule in ordered]


_SPACES = regex.compile(r"^ +| +$| {2,}")
HTML_CELL_CHARS = 300  # longer before/after text (a removed caption) is shortened in HTML


def visible(s: str) -> str:
    """Whitespace that matters drawn: line breaks, tabs, no-break spaces, and spaces at
    either end or doubled (``·``), so a fix of spaces can be read; a single space
    between words stays a space, so a removed line still reads as text."""
    s = s.replace("\n", "↵").replace("\t", "→").replace("\u00a0", "°")
    return _SPACES.sub(lambda m: "·" * len(m[0]), s)


_TEXT_FIELDS = (
    "file", "unit", "rule", "rule_name", "message", "sentence", "before", "after", "suggested",
    "typed", "reason",
)  # fmt: skip

COLUMNS = (
    "file", "line", "column", "rule", "rule_name", "category", "outcome",
    "before", "after", "suggested", "query", "typed", "message", "sentence", "reason",
)  # fmt: skip


def to_csv(rows: Sequence[ReviewRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    # A unit column only when a bilingual file is in the report: plain reports keep their shape.
    columns = ("file", "unit", *COLUMNS[1:]) if any(r.unit for r in rows) else COLUMNS
    writer.writerow(columns)
    for r in rows:
        values = asdict(r)
        values["query"] = "yes" if r.query else "no"
        writer.writerow([values[c] for c in columns])
    return out.getvalue()


def to_json(rows: Sequence[ReviewRow]) -> str:
    return json.dumps(
        {
            "summary": [
                {"rule": s.rule, "rule_name": s.rule_name, "total": s.total}
                | {str(o): s.counts.get(o, 0) for o in shown_outcomes(rows)}
                for s in summary(rows)
            ],
            "issues": [_json_row(r) for r in rows],
        },
        ensure_ascii=False,
        indent=2,
    )


def _json_row(r: ReviewRow) -> dict[str, object]:
    row = asdict(r) | {"outcome": str(r.outcome)}
    if r.query:
        row["suggested"] = None  # nothing proposed, which "" (a removal) would not say
    if not r.unit:
        del row["unit"]
    return row


_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:80em}
h1{font-size:1.5em} h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5em 0}
td,th{border:1px solid #d0d0d0;padding:.3em .5em;vertical-align:top;text-align:left;
overflow-wrap:break-word} th{white-space:nowrap}
th{background:#f3f3f3} td.n{text-align:right} code{font-size:90%}
.b{background:#fdecea} .a{background:#e3f2e5} .s{color:#555} mark{background:#ffe58a}
.accepted,.edited{color:#1b5e20;font-weight:600} .rejected{color:#777}
.accepted,.edited,.rejected,.kept,.open{white-space:nowrap}
.kept,.open{color:#8a4b00;font-weight:600} .superseded{color:#777}
"""


def _cell(s: str) -> str:
    if not s:
        return "<i>(nothing)</i>"
    if len(s) > HTML_CELL_CHARS:
        half = HTML_CELL_CHARS // 2
        s = f"{s[:half]} … {s[-half:]}"
    drawn = visible(s)
    if drawn == s:
        return html.escape(s)
    # The symbols are for the eye; the real characters stay in the page (the title).
    return f'<span title="{html.escape(s)}">{html.escape(drawn)}</span>'


def _sentence(s: str) -> str:
    escaped = html.escape(s)
    return escaped.replace("⟦", "<mark>").replace("⟧", "</mark>")


def _summary_table(rows: Sequence[ReviewRow]) -> str:
    head = "".join(f"<th>{o}</th>" for o in shown_outcomes(rows))
    body = "".join(
        f"<tr><td><code>{html.escape(s.rule)}</code></td><td>{html.escape(s.rule_name)}</td>"
        f"<td class=n>{s.total}</td>"
        + "".join(f"<td class=n>{s.counts.get(o, 0)}</td>" for o in shown_outcomes(rows))
        + "</tr>"
        for s in summary(rows)
    )
    return f"<table><tr><th>Rule</th><th>Check</th><th>Issues</th>{head}</tr>{body}</table>"


def _unit(r: ReviewRow) -> str:
    return f":[{html.escape(r.unit)}]" if r.unit else ""


def _applied(r: ReviewRow) -> bool:
    return r.outcome in (Outcome.ACCEPTED, Outcome.EDITED)


def _proposal(r: ReviewRow) -> str:
    """What the check proposed, under a row whose text stayed as it was."""
    shown = "<i>query: no change proposed</i>" if r.query else _cell(r.suggested)
    return f"<br><span class=s>suggested: {shown}</span>"


def _issue_table(rows: Sequence[ReviewRow], with_rule: bool = True) -> str:
    rule_head = "<th>Rule</th>" if with_rule else ""
    lines = []
    for r in rows:
        rule = f"<td><code>{html.escape(r.rule)}</code></td>" if with_rule else ""
        typed = f"<br><span class=s>typed: {_cell(r.typed)}</span>" if r.typed else ""
        kept = "inside a larger fix" if r.outcome == Outcome.SUPERSEDED else "unchanged"
        after = f"{_cell(r.after)}{typed}" if _applied(r) else f"<i>{kept}</i>{_proposal(r)}"
        said = "left: " if r.outcome == Outcome.OPEN else ""
        reason = f"<br><span class=s>{said}{html.escape(r.reason)}</span>" if r.reason else ""
        lines.append(
            f"<tr><td>{html.escape(r.file)}{_unit(r)}:{r.line}:{r.column}</td>{rule}"
            f"<td class={r.outcome}>{r.outcome}</td>"
            f"<td class=b>{_cell(r.before)}</td>"
            f"<td class=a>{after}</td>"
            f"<td>{html.escape(r.message)}<br><span class=s>{_sentence(r.sentence)}</span>"
            f"{reason}</td>"
            "</tr>"
        )
    return (
        f"<table><tr><th>Where</th>{rule_head}<th>Decision</th><th>Before</th><th>After</th>"
        f"<th>Issue and sentence</th></tr>{''.join(lines)}</table>"
    )


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>{body}</body></html>\n"
    )


def to_html(rows: Sequence[ReviewRow], title: str = "copydesk: review report") -> str:
    counts = Counter(r.outcome for r in rows)
    files = len({r.file for r in rows})
    tally = ", ".join(f"{counts.get(o, 0)} {o}" for o in shown_outcomes(rows))
    body = (
        f"<p>{len(rows)} issues in {files} file(s): {tally}.</p>"
        f"<h2>Per rule</h2>{_summary_table(rows)}<h2>Every issue</h2>{_issue_table(rows)}"
    )
    return _page(title, body)


def to_qa_html(rows: Sequence[ReviewRow], title: str = "copydesk: QA report") -> str:
    """Xbench-style: one section per check, then the queries left for the author."""
    sections = []
    for s in summary(rows):
        mine = [r for r in rows if r.rule == s.rule]
        sections.append(
            f"<h2>{html.escape(s.rule_name)} <code>{html.escape(s.rule)}</code> "
            f"({s.total})</h2>{_issue_table(mine, with_rule=False)}"
        )
    queries = [r for r in rows if r.outcome in (Outcome.OPEN, Outcome.KEPT)]
    ask = (
        f"<h2>Left for the author ({len(queries)}): open issues and queries</h2>"
        f"{_issue_table(queries)}"
        if queries
        else "<h2>Left for the author</h2><p>Nothing: every issue is decided.</p>"
    )
    return _page(title, ask + "".join(sections))


RENDERERS: dict[str, Callable[[Sequence[ReviewRow]], str]] = {
    ".csv": to_csv,
    ".json": to_json,
    ".html": to_html,
    ".htm": to_html,
}


def registry_rule_name(checks: Iterable[Check] = ()) -> Callable[[str], str]:
    """A rule's name for a report: its check's description (``checks`` first, then the registry)."""
    given = list(checks)

    def name(rule: str) -> str:
        owners = [c for c in given if c.owns(rule)] or [c for c in [REGISTRY.owner_of(rule)] if c]
        best = max(owners, key=lambda c: len(c.id), default=None)
        return best.description if best is not None else rule

    return name


def write_review_report(
    path: Path, rows: Sequence[ReviewRow], inputs: Sequence[str | Path] = (), *, qa: bool = False
) -> None:
    """Write the rows as the path's extension says (.html, .csv, .json); ``qa``: the QA report.

    Written whole or not at all (an earlier report survives a failed write), never over
    one of ``inputs``, and always valid UTF-8 (text the reader kept as raw bytes is shown
    as ``\\xNN``). Raises :class:`copydesk.checks.report.ReportError` with a line for the user.
    """
    check_report_path(path, inputs)
    if qa and path.suffix.lower() not in (".html", ".htm"):
        raise ReportError(f"{path}: the QA report is HTML; name a .html file")
    render = to_qa_html if qa else RENDERERS[path.suffix.lower()]
    cleaned = [replace(r, **{f: clean_text(getattr(r, f)) for f in _TEXT_FIELDS}) for r in rows]
    write_report_text(path, render(cleaned))
