"""Accepting every safe fix at once from the window, as ``copydesk fix`` applies them.

Trial 3: the window could accept one rule at a time, but a copy editor with a folder of
scraped articles had no way to take all the fixes ``copydesk fix`` would make in one step.
"""

from __future__ import annotations

import random
from pathlib import Path

from copydesk.checks.engine import Engine
from copydesk.checks.model import Edit
from copydesk.checks.registry import REGISTRY
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_decide import _Accepted, plan_safe
from copydesk.checks.review_fix import fix_batch

A = "Talks ended on Monday.. The the ministers left.\n\n\n\nthey will meet again.\n"
B = "The vote was held on Tuesday,, officials said.\n\nPhoto: Jan Smith/Reuters\n"
CHECKS = [REGISTRY.get(r) for r in ("punct.double", "space.blank-lines", "repeat.word",
                                    "case.sentence-start", "layout.caption")]  # fmt: skip


def _batch(tmp_path: Path) -> ReviewBatch:
    tmp_path.mkdir(exist_ok=True)
    for name, text in {"a.txt": A, "b.txt": B}.items():
        (tmp_path / name).write_text(text, "utf-8")
    batch = ReviewBatch(remember=False)
    batch.open_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    batch.take_results(Engine(checks=CHECKS).check_batch(batch.members()))
    return batch


def test_accepting_the_safe_fixes_of_all_files_gives_fix_s_copies(tmp_path) -> None:
    batch = _batch(tmp_path)
    plan = plan_safe(batch)
    assert plan.changes and all(c.after is not None for c in plan.changes)
    plan.apply()
    window = [f.corrected().text for f in batch.files]
    left = [it.issue.rule for f in batch.files for it in f.items if f.is_open(it)]
    assert "layout.caption" in left  # a removal waits for approval
    assert all(not it.issue.safe for f in batch.files for it in f.items if f.is_open(it))
    other = _batch(tmp_path / "again")
    fix_batch(Engine(checks=CHECKS), other)
    assert window == [f.text for f in other.files]


def test_safe_fixes_of_one_file_leave_the_others_open(tmp_path) -> None:
    batch = _batch(tmp_path)
    a, b = batch.files
    plan = plan_safe(batch, [a], where="this file")
    assert plan.label == f"Accept {len(plan.changes)} safe fix(es) in this file"
    plan.apply()
    assert any(b.is_open(it) and it.issue.safe for it in b.items)
    assert not any(a.is_open(it) and it.issue.safe for it in a.items)


def test_many_safe_fixes_are_decided_by_their_neighbours_as_fix_applies_them(tmp_path) -> None:
    # Each new edit was compared with every accepted one by applying both to the whole
    # text: 2,000 fixes took 51 s. Now only neighbours are compared; the result is fix's.
    text = "".join(f"Talks ended on day {i}.. They left,, officials said.\n\n" for i in range(300))
    copies = []
    for name in ("window", "fix"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "a.txt").write_text(text, "utf-8")
        batch = ReviewBatch(remember=False)
        batch.open_paths([str(folder / "a.txt")])
        engine = Engine(checks=[REGISTRY.get("punct.double")])
        batch.take_results(engine.check_batch(batch.members()))
        if name == "window":
            plan = plan_safe(batch)
            assert len(plan.changes) == 600
            plan.apply()
            copies.append(batch.files[0].corrected().text)
        else:
            fix_batch(engine, batch)
            copies.append(batch.files[0].text)
    assert copies[0] == copies[1] and ".." not in copies[0] and ",," not in copies[0]


def test_accepted_edits_near_an_edit_are_exactly_those_touching_it() -> None:
    rng = random.Random(7)
    accepted = _Accepted()
    edits = []
    for _ in range(400):
        e = Edit(rng.randrange(2000), rng.choice((0, 0, 1, 2, 5, 40)), "x")
        accepted.add(e)
        edits.append(e)
    for _ in range(400):
        probe = Edit(rng.randrange(2000), rng.choice((0, 1, 3, 60)), "y")
        brute = {id(e) for e in edits if e.offset <= probe.end and e.end >= probe.offset}
        assert {id(e) for e in accepted.near(probe)} == brute
