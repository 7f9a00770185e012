"""HTML for a diff of original against corrected text, changed lines only (no Qt)."""

from __future__ import annotations

import difflib
import html
from collections.abc import Sequence

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


def _context_row(line: int, text: str) -> str:
    shown_text = html.escape(text if len(text) <= 240 else text[:120] + " … " + text[-100:])
    return (
        f'<tr><td width="44" style="color:#aaa;vertical-align:top">{line}</td>'
        f'<td style="color:#777">{shown_text}</td></tr>'
    )


def diff_html(name: str, original: str, corrected: str, changes: Sequence[Change]) -> str:
    """One file's changed paragraphs, deletions struck through in red, insertions in green."""
    a, b = original.split("\n"), corrected.split("\n")
    rows: list[str] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
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
            rows.append(_context_row(i1, a[i1 - 1]))
        rows.append(
            f'<tr><td width="44" style="color:#777;vertical-align:top">{i1 + 1}</td>'
            f"<td>{inline_diff(before, after)}</td></tr>"
        )
        if i2 < len(a):
            rows.append(_context_row(i2 + 1, a[i2]))
    listing = "".join(
        f"<tr><td>{c.line}</td><td><code>{html.escape(c.rule)}</code></td>"
        f"<td>{_DEL.format(html.escape(shown(c.before)))}</td>"
        f"<td>{_INS.format(html.escape(shown(c.after)))}</td></tr>"
        for c in changes
    )
    body = "".join(rows) or "<tr><td></td><td><i>No changes.</i></td></tr>"
    return (
        f"<h3>{html.escape(name)}</h3>"
        f"<p>{len(changes)} accepted change(s).</p>"
        f'<table cellspacing="0" cellpadding="3" width="100%">{body}</table>'
        + (
            '<p><b>Accepted changes</b></p><table cellspacing="0" cellpadding="3" border="1" '
            'style="border-collapse:collapse"><tr><th>Line</th><th>Rule</th><th>Before</th>'
            f"<th>After</th></tr>{listing}</table>"
            if changes
            else ""
        )
    )
