"""Reports of what changed in a batch, as CSV, HTML or JSON (file, line, rule, before, after).

A report is written whole or not at all (temporary file and rename), never over an
input file, and always as valid UTF-8: bytes of a file name or text that are not
UTF-8 appear as ``\\xNN`` escapes.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from copydesk.checks.document import replace_atomically
from copydesk.checks.files import escape_text, real_path
from copydesk.checks.fixer import Change


@dataclass(frozen=True)
class ReportRow:
    file: str
    line: int
    rule: str
    before: str
    after: str


def rows_for(file: str, changes: Sequence[Change]) -> list[ReportRow]:
    return [ReportRow(file, c.line, c.rule, c.before, c.after) for c in changes]


def clean_text(s: str) -> str:
    """``s`` with undecodable bytes (lone surrogates) as escapes; other text untouched."""
    if not any("\ud800" <= c <= "\udfff" for c in s):
        return s
    return "".join(escape_text(c) if "\ud800" <= c <= "\udfff" else c for c in s)


def _cleaned(rows: Sequence[ReportRow]) -> list[ReportRow]:
    return [
        ReportRow(
            clean_text(r.file),
            r.line,
            clean_text(r.rule),
            clean_text(r.before),
            clean_text(r.after),
        )
        for r in rows
    ]


def to_csv(rows: Sequence[ReportRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["file", "line", "rule", "before", "after"])
    for r in rows:
        writer.writerow([r.file, r.line, r.rule, r.before, r.after])
    return out.getvalue()


def to_json(rows: Sequence[ReportRow]) -> str:
    return json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2)


def _visible(s: str) -> str:
    """HTML for a before/after cell; whitespace-only changes are drawn so they can be seen."""
    shown = html.escape(s)
    if s and not s.strip():
        shown = shown.replace("\n", "↵").replace(" ", "·")
    return shown or "<i>(nothing)</i>"


def to_html(rows: Sequence[ReportRow], title: str = "copydesk: changes") -> str:
    body = "\n".join(
        f"<tr><td>{html.escape(r.file)}</td><td>{r.line}</td>"
        f"<td><code>{html.escape(r.rule)}</code></td>"
        f"<td class=b>{_visible(r.before)}</td><td class=a>{_visible(r.after)}</td></tr>"
        for r in rows
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
body{{font-family:sans-serif;margin:2em}} table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.3em .6em;vertical-align:top;text-align:left}}
td.b{{background:#fde8e8}} td.a{{background:#e6f6e6}} code{{font-size:90%}}
</style></head><body>
<h1>{html.escape(title)}</h1><p>{len(rows)} changes</p>
<table><tr><th>File</th><th>Line</th><th>Rule</th><th>Before</th><th>After</th></tr>
{body}
</table></body></html>
"""


_RENDERERS = {".csv": to_csv, ".html": to_html, ".htm": to_html, ".json": to_json}


class ReportError(Exception):
    """A report that cannot be written; the message is for the user."""


def check_report_path(path: Path, inputs: Sequence[str | Path] = ()) -> None:
    """Refuse a report path before any work is done: unknown format, no folder for it, or
    one of the ``inputs`` (the report would replace an original)."""
    target = real_path(path)
    for source in inputs:
        if real_path(source) == target:
            raise ReportError(f"{escape_text(str(path))}: is an input file; name another report")
    if path.suffix.lower() not in _RENDERERS:
        raise ReportError(f"{path}: a report must end in .csv, .html or .json")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise ReportError(f"{path}: {parent} is a file, not a folder")
            break
    if path.is_dir():
        raise ReportError(f"{path}: is a folder; name a file")


def write_report(path: Path, rows: Sequence[ReportRow], inputs: Sequence[str | Path] = ()) -> None:
    """Write the report whole or not at all; an earlier report survives a failed write."""
    check_report_path(path, inputs)
    write_report_text(path, _RENDERERS[path.suffix.lower()](_cleaned(rows)))


def write_report_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in UTF-8 atomically; an earlier report survives a failure."""
    try:
        replace_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise ReportError(
            f"{escape_text(str(path))}: report not written ({exc.strerror or exc})"
        ) from exc
