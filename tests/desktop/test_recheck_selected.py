"""Re-checking re-checks only the files asked for, with the whole batch still as context.

Kills the mutant that re-checks every file whenever any one is re-checked.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from copydesk.checks.context import CheckContext
from copydesk.checks.model import Category, Issue
from copydesk.checks.registry import Check
from tests.desktop.conftest import TEH, wait_checked

pytestmark = pytest.mark.gui


def test_recheck_of_one_file_checks_only_that_file(qtbot, make_window, tmp_path) -> None:
    seen: list[tuple[str, int]] = []

    def record(text: str, ctx: CheckContext) -> Iterator[Issue]:
        seen.append((ctx.path, len(ctx.batch.members)))
        return iter(())

    counting = Check("test.count", Category.STYLE, "records what it checks", record, scope="batch")
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"File {name} has teh word.\n", "utf-8")
    w = make_window(checks=(TEH, counting))
    w.open_paths([str(tmp_path)])
    wait_checked(qtbot, w)
    assert sorted(p for p, _ in seen) == sorted(str(f.path) for f in w.session.files)
    b = next(f for f in w.session.files if f.path.name == "b.txt")
    a_items = next(f for f in w.session.files if f.path.name == "a.txt").items
    seen.clear()
    w.start_check([b])
    wait_checked(qtbot, w)
    assert seen == [(str(b.path), 3)]  # only b, with the batch of three as its context
    assert next(f for f in w.session.files if f.path.name == "a.txt").items is a_items
