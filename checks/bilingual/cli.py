"""The command line's bilingual part: ``copydesk check``'s lines and JSON for bilingual files.

``copydesk.checks.loading.load_inputs`` finds and reads them among the paths (XLIFF,
TMX, PO, CSV/TSV, and a ``.txt`` article whose source sits beside it as
``name.<lang>.txt`` or in ``--source-dir``); they are checked here unit by unit
and reported with the unit's id and the side (source or target) of the text.
``copydesk fix`` corrects them through the review layer
(:class:`copydesk.checks.review_bilingual.BilingualReview`), as the window does.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from copydesk.checks.bilingual.model import BilingualDocument
from copydesk.checks.bilingual.runner import UnitIssue, check_documents
from copydesk.checks.engine import Engine
from copydesk.checks.files import escape_text, shown_path
from copydesk.checks.textpos import position


def _err(msg: str) -> None:
    print(f"copydesk: {shown_path(msg)}", file=sys.stderr)


def source_language(docs: Sequence[BilingualDocument]) -> str:
    """The source language a term base is read for: the first document's that names one."""
    return next((d.source_lang for d in docs if d.source_lang), "")


def _line_col(doc: BilingualDocument, item: UnitIssue) -> tuple[int, int]:
    """Line and column within the unit's text on the issue's side, as every output gives them
    (``copydesk.checks.textpos.position``)."""
    unit = doc.unit(item.unit)
    text = unit.source if item.side == "source" else unit.target
    return position(text, item.issue)


def _json_entry(doc: BilingualDocument, item: UnitIssue) -> dict[str, object]:
    line, col = _line_col(doc, item)
    return {**item.to_json(), "line": line, "column": col}


def _where(doc: BilingualDocument, item: UnitIssue) -> str:
    line, col = _line_col(doc, item)
    side = " (source)" if item.side == "source" else ""
    return f"{shown_path(doc.path)}:[{escape_text(item.unit)}]{side}:{line}:{col}"


def check_bilingual(
    engine: Engine,
    docs: Sequence[BilingualDocument],
    fmt: str,
    payload: list[dict[str, object]],
) -> tuple[int, bool]:
    """Check, print text lines or append JSON entries to ``payload``; the issues found, and
    whether a check failed (named on stderr; the run's exit is then an error).

    The term base is the engine's run input, read before the run with the glossaries.
    """
    total, crashed = 0, False
    for result in check_documents(engine, docs):
        doc = result.doc
        for failure in result.failures:
            _err(f"{failure.path}: check {failure.check_id} failed: {failure.error}")
            crashed = True
        total += len(result.issues)
        if fmt == "json":
            payload.append({
                "path": shown_path(doc.path), "encoding": doc.encoding_label, "format": doc.format,
                "issues": [_json_entry(doc, i) for i in result.issues],
            })  # fmt: skip
            continue
        for item in result.issues:
            issue = item.issue
            fix = f" (-> {issue.replacements[0]!r})" if issue.replacements else ""
            print(f"{_where(doc, item)}: {issue.rule}: {issue.message}{fix}")
    return total, crashed
