"""Whole documents in, the complete issue list out, compared with a reviewed snapshot.

A change to any check that alters what a real article gets shows up here as a diff
to review.  After reviewing, accept it with:
    COPYDESK_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/checks/test_snapshots.py
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import pytest

from copydesk.checks.engine import Engine
from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.checks.textpos import LineIndex

SNAPSHOTS = Path(__file__).parent / "snapshots"
DOCUMENTS = {"sample-article": files("copydesk.resources") / "samples" / "sample-article.txt"}


def render(text: str) -> str:
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)))
    index = LineIndex(text)
    lines = []
    for issue in engine.check_text(text, "sample-article.txt"):
        line, col = index.line_col(issue.offset)
        matched = issue.matched(text).replace("\n", "⏎")
        fix = f" -> {issue.replacements[0]!r}" if issue.replacements else ""
        lines.append(f"{line}:{col} {issue.rule}{' [safe]' if issue.safe else ''} «{matched}»{fix}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_document_snapshot(name):
    got = render(DOCUMENTS[name].read_text("utf-8"))
    path = SNAPSHOTS / f"{name}.issues"
    if os.environ.get("COPYDESK_UPDATE_SNAPSHOTS"):
        path.write_text(got, "utf-8")
    assert path.exists(), f"no snapshot yet: run with COPYDESK_UPDATE_SNAPSHOTS=1 ({path})"
    assert got == path.read_text("utf-8")
