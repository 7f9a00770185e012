"""Whole lines removed together (a caption and its credit, a date line and a rights line)
leave the paragraph spacing a copy editor expects: no run of blank lines where they were,
no blank line at the start, and the file's own final line break (CRLF kept)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copydesk.checks.apply import apply_edits
from copydesk.checks.engine import Engine
from copydesk.checks.model import Edit
from copydesk.checks.registry import REGISTRY
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_fix import accept_fixes, check_batch
from copydesk.checks.rules.layout._lines import lines, removal_span
from copydesk.checks.settings import LanguageToolSettings, Settings
from copydesk.checks.tracked import corrected_text, tracked_runs
from copydesk.cli import main

STORY = (
    "Rescue teams reached the village on Tuesday.\n\nThe mayor said the roads would reopen soon.\n"
)
CAPTION = "File-Chilean President Ana Rojas waves from her car. Photo: Reuters"
RIGHTS = "(c) 2023 Reuters. All rights reserved."
DATE = " date 2023-09-12"


def _fix_all(tmp_path: Path, name: str, raw: bytes, *extra: str) -> bytes:
    src = tmp_path / "in" / name
    src.parent.mkdir(exist_ok=True)
    src.write_bytes(raw)
    out = tmp_path / "out"
    code = main(["fix", "--no-languagetool", "--all", *extra, "-o", str(out), str(src)])
    assert code in (0, 1)
    return (out / name).read_bytes()


def test_the_last_two_lines_removed_leave_the_files_final_line_break(tmp_path, capsys):
    # Trial: a date line and a rights line at the end left "soon.\n\n\n".
    raw = f"{STORY}\n{DATE}\n\n{RIGHTS}\n".encode()
    assert _fix_all(tmp_path, "a.txt", raw) == STORY.encode()
    out = capsys.readouterr().out
    assert "layout.metadata 1" in out and "layout.copyright 1" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # at the end, with a CRLF file: the copy keeps CRLF and one final break
        (f"{STORY}\n{CAPTION}\n\n{RIGHTS}\n".replace("\n", "\r\n"), STORY.replace("\n", "\r\n")),
        # at the end of a file without a final line break: none is added
        (f"{STORY}{DATE}\n{RIGHTS}", STORY.rstrip("\n")),
        # at the start: no blank line left above the story
        (f"{DATE}\n{CAPTION}\n\n{STORY}", STORY),
        # in the middle: the caption and its credit line go, one blank line stays
        (STORY.replace("\n\n", f"\n\n{CAPTION}\n{RIGHTS}\n\n"), STORY),
    ],
    ids=["end-crlf", "end-no-final-break", "start", "middle"],
)
def test_lines_removed_together_leave_no_run_of_blank_lines(tmp_path, text, expected):
    raw = text.encode()
    assert _fix_all(tmp_path, "a.txt", raw, "--rules", "layout") == expected.encode()


def test_the_window_shows_and_saves_the_same_spacing(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(f"{STORY}\n{DATE}\n\n{RIGHTS}\n".replace("\n", "\r\n").encode())
    batch = ReviewBatch(remember=False)
    (fr,), _loaded = batch.open_loaded([path])
    engine = Engine(Settings(languagetool=LanguageToolSettings(enabled=False)),
                    checks=[c for c in REGISTRY.all() if c.id.startswith("layout.")])  # fmt: skip
    check_batch(engine, batch)
    assert {it.issue.rule for it in fr.items} == {"layout.metadata", "layout.copyright"}
    accept_fixes(fr, apply_all=True)
    assert fr.corrected().text == STORY
    assert fr.corrected_bytes() == STORY.replace("\n", "\r\n").encode()
    shown = tracked_runs(fr.text, fr.accepted_edits(), whole=fr.whole_texts())
    assert corrected_text(shown) == STORY  # tracked changes show what saving writes
    assert len(fr.changes()) == 2


def test_no_edit_gives_the_text_back_untouched():
    text = f"{STORY}\n\n\n{RIGHTS}\n\n"
    result = apply_edits(text, [], whole=[(0, len(text))])
    assert result.text is text and result.applied == ()


def _removals(text: str, which: slice) -> list[Edit]:
    return [
        Edit(*removal_span(text, line.start, line.end), "", "layout.test")
        for line in lines(text)[which]
    ]


def test_a_text_not_said_to_be_whole_gets_the_edits_as_given():
    text = f"A.\n\nB.\n\n{CAPTION}\n\n{RIGHTS}\n"
    edits = _removals(text, slice(2, None))
    assert apply_edits(text, edits).text == "A.\n\nB.\n\n\n"  # a window on a longer text
    assert apply_edits(text, edits, whole=[(0, len(text))]).text == "A.\n\nB.\n"
    # Two whole texts side by side (a bilingual file's unit targets): each tidied alone,
    # and the blank line between them is never taken.
    first = f"{CAPTION}\n{RIGHTS}"  # every line of the first text removed
    joined = f"{first}\n\nB."
    edits = _removals(first, slice(None))
    assert apply_edits(joined, edits, whole=[(0, len(joined))]).text == "B."
    spans = [(0, len(first)), (len(first) + 2, len(joined))]
    assert apply_edits(joined, edits, whole=spans).text == "\n\nB."


def test_a_blank_line_fix_between_removed_lines_is_kept_in_step():
    text = f"A.\n\n\n{CAPTION}\n\n{RIGHTS}\n"
    blank = Edit(2, 3, "\n\n", "space.blank-lines")
    edits = [blank, *_removals(text, slice(1, None))]
    result = apply_edits(text, edits, whole=[(0, len(text))])
    assert result.text == "A.\n"
    assert {e.rule for e in result.applied} >= {"layout.test"}


_PARAGRAPH = st.sampled_from(["Alpha one.", "Beta two.", "  Gamma three.", "Delta four. "])


@st.composite
def _layouts(draw: st.DrawFn) -> tuple[str, list[bool]]:
    count = draw(st.integers(2, 7))
    breaks = draw(st.lists(st.integers(1, 4), min_size=count - 1, max_size=count - 1))
    lead = "\n" * draw(st.integers(0, 2))
    tail = draw(st.sampled_from(["", "\n", "\n\n", "  \n"]))
    paras = [draw(_PARAGRAPH) for _ in range(count)]
    text = lead + "".join(p + "\n" * b for p, b in zip(paras, [*breaks, 0], strict=True)) + tail
    removed = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    return text, removed


def _runs(text: str) -> list[int]:
    """Line breaks between each two consecutive lines that hold text."""
    runs, count, seen = [], 0, False
    for line in text.split("\n"):
        if line.strip():
            if seen:
                runs.append(count)
            seen, count = True, 0
        count += 1
    return runs


@given(_layouts())
def test_any_lines_removed_leave_no_longer_run_than_the_file_had(layout):
    text, removed = layout
    found = lines(text)
    edits = [
        Edit(*removal_span(text, line.start, line.end), "", "layout.test")
        for line, gone in zip(found, removed, strict=True)
        if gone
    ]
    result = apply_edits(text, edits, whole=[(0, len(text))]).text
    kept = [line.text for line, gone in zip(found, removed, strict=True) if not gone]
    assert [s.strip() for s in result.split("\n") if s.strip()] == [k.strip() for k in kept]
    if not kept:
        return
    assert max(_runs(result), default=0) <= max(_runs(text), default=0)
    lead = len(text) - len(text.lstrip())
    assert result[: len(result) - len(result.lstrip())].count("\n") <= text[:lead].count("\n")
    # The file's own ending: as many final line breaks as it had after its last line.
    tail = text[len(text.rstrip()) :].count("\n")
    assert result[len(result.rstrip()) :].count("\n") == tail
