"""HTML for a diff of original against corrected text, changed lines only (no Qt)."""

from __future__ import annotations

import difflib
import html
from collections.abc import Callable, Sequence

from copydesk.checks.fixer import Change
from copydesk.desktop.models import shown

_DEL = '<span style="background:#fbd3d3;color:#8a1010;text-decoration:line-through">{}</span>'
_INS = '<span style="background:#cdeccd;color:#0b5e0b">{}</span>'


def _mark(s: str) -> str:
    """Escape; make whitespace-only pieces visible."""
    if s and not s.strip():
        return html.escape(s.replace("\n", "↵").replace(" ", "·").replace("\t", "→"))
    return html.escape(s).replace("\n", "↵<br>")


def inline_diff(before: str, after: str) -> str:
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    parts = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(html.escape(before[i1:i2]).replace("\n", "<br>"))
            continue
        if i2 > i1:
            parts.append(_DEL.format(_mark(before[i1:i2])))
        if j2 > j1:
            parts.append(_INS.format(_mark(after[j1:j2])))
    return "".join(parts)


def _context_row(line: str, text: str) -> str:
    shown_text = html.escape(text if len(text) <= 240 else text[:120] + " … " + text[-100:])
    return (
        f'<tr><td width="44" style="color:#aaa;vertical-align:top">{html.escape(line)}</td>'
        f'<td style="color:#777">{shown_text}</td></tr>'
    )


def _hunks(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, int, int, int, int]]:
    """The changed line ranges of ``a`` → ``b``; two apart by blank lines only are one.

    Removing a run of blank lines shifts which blank line the matcher pairs: the
    paragraph after it would read as inserted above and deleted below, hiding what
    changed in it.  Read as one range, its changes show word by word.
    """
    hunks: list[tuple[str, int, int, int, int]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        if hunks and not any(line.strip() for line in a[hunks[-1][2] : i1]):
            _, p1, _, q1, _ = hunks.pop()
            op, i1, j1 = "replace", p1, q1
        hunks.append((op, i1, i2, j1, j2))
    return hunks


def diff_html(
    name: str,
    original: str,
    corrected: str,
    changes: Sequence[Change] | Sequence[tuple[str, Change]],
    line_label: Callable[[int], str] = str,
) -> str:
    """One file's changed paragraphs, deletions struck through in red, insertions in green.

    The diff's lines and the list of changes are named alike: by number, or, with
    ``line_label`` (a line of ``original``, from 1) and each change given with its label,
    by what the caller names them (a bilingual file's unit).  The column is headed
    "Line" when the labels are numbers, else "Where"."""
    labelled = [c if isinstance(c, tuple) else (str(c.line), c) for c in changes]
    a, b = original.split("\n"), corrected.split("\n")
    rows: list[str] = []
    for op, i1, i2, j1, j2 in _hunks(a, b):
        before = "\n".join(a[i1:i2])
        after = "\n".join(b[j1:j2])
        # Removed or added empty lines: show the line breaks themselves.
        if op == "delete":
            before += "\n"
        elif op == "insert":
            after += "\n"
        if rows:
            rows.append('<tr><td colspan="2"><hr></td></tr>')
        if i1 > 0:
            rows.append(_context_row(line_label(i1), a[i1 - 1]))
        rows.append(
            f'<tr><td width="44" style="color:#777;vertical-align:top">'
            f"{html.escape(line_label(i1 + 1))}</td><td>{inline_diff(before, after)}</td></tr>"
        )
        if i2 < len(a):
            rows.append(_context_row(line_label(i2 + 1), a[i2]))
    listing = "".join(
        f"<tr><td>{html.escape(where)}</td><td><code>{html.escape(c.rule)}</code></td>"
        f"<td>{_DEL.format(html.escape(shown(c.before)))}</td>"
        f"<td>{_INS.format(html.escape(shown(c.after)))}</td></tr>"
        for where, c in labelled
    )
    heading = "Line" if all(w.isdigit() for w, _c in labelled) else "Where"
    body = "".join(rows) or "<tr><td></td><td><i>No changes.</i></td></tr>"
    return (
        f"<h3>{html.escape(name)}</h3>"
        f"<p>{len(labelled)} accepted change(s).</p>"
        f'<table cellspacing="0" cellpadding="3" width="100%">{body}</table>'
        + (
            '<p><b>Accepted changes</b></p><table cellspacing="0" cellpadding="3" border="1" '
            f'style="border-collapse:collapse"><tr><th>{heading}</th><th>Rule</th><th>Before</th>'
            f"<th>After</th></tr>{listing}</table>"
            if labelled
            else ""
        )
    )
