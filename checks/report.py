"""Reports of what changed in a batch, as CSV, HTML or JSON (file, line, rule, before, after)."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checks.fixer import Change


@dataclass(frozen=True)
class ReportRow:
    file: str
    line: int
    rule: str
    before: str
    after: str


def rows_for(file: str, changes: Sequence[Change]) -> list[ReportRow]:
    return [ReportRow(file, c.line, c.rule, c.before, c.after) for c in changes]


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


def check_report_path(path: Path) -> None:
    """Refuse a report path before any work is done: unknown format, or no folder for it."""
    if path.suffix.lower() not in _RENDERERS:
        raise ReportError(f"{path}: a report must end in .csv, .html or .json")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise ReportError(f"{path}: {parent} is a file, not a folder")
            break
    if path.is_dir():
        raise ReportError(f"{path}: is a folder; name a file")


def write_report(path: Path, rows: Sequence[ReportRow]) -> None:
    check_report_path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_RENDERERS[path.suffix.lower()](rows), "utf-8")
    except OSError as exc:
        raise ReportError(f"{path}: report not written ({exc.strerror or exc})") from exc
