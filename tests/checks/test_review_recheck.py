"""Re-checking what the decisions made (review_recheck): issues of the corrected text
placed on the working text, decisions carried by key, the same result as ``fix``."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import regex

from copydesk.checks.apply import apply_edits
from copydesk.checks.context import CheckContext
from copydesk.checks.decisions import Decision, Verdict
from copydesk.checks.engine import Engine
from copydesk.checks.model import Category, Edit, Issue
from copydesk.checks.registry import Check
from copydesk.checks.review import ItemStatus
from copydesk.checks.review_batch import ReviewBatch
from copydesk.checks.review_cover import covers
from copydesk.checks.review_decide import plan_accept, plan_safe
from copydesk.checks.review_fix import fix_batch
from copydesk.checks.review_recheck import place_found


def _safe(rule: str, pattern: str, replacement: str) -> Check:
    compiled = regex.compile(pattern)

    def run(text: str, ctx: CheckContext) -> Iterator[Issue]:
        for m in compiled.finditer(text):
            yield ctx.issue(m.start(), len(m.group()), rule, [replacement], safe=True)

    return Check(rule, Category.STYLE, rule, run)


GARBLED = _safe("test.garbled", r"qq", "Q")  # a repair: ".qqe" reads ".Qe"
SPACE = _safe("test.space", r"(?<=\.)(?=[A-Z])", " ")  # then a space is missing: ". Qe"
TWICE = _safe("test.twice", r"\bthe the\b", "the")
TEXT = "It ended.qqe said the the rest waited.\n\nThe talks ended.Then the the vote.\n"


def _issue(offset: int, length: int, replacement: str) -> Issue:
    return Issue(offset, length, "test.x", Category.STYLE, "x", (replacement,), safe=True)


def test_an_issue_in_untouched_text_moves_by_what_the_fixes_before_it_changed() -> None:
    text = "ab qq cd ef"
    applied = (Edit(3, 2, "Q", "fix"),)  # one character shorter
    corrected = apply_edits(text, applied).text
    assert corrected == "ab Q cd ef"
    [placed] = place_found(corrected, applied, [_issue(8, 2, "EF")])
    assert (placed.offset, placed.length, placed.replacements) == (9, 2, ("EF",))
    assert placed.matched(text) == "ef"
    [before] = place_found(corrected, applied, [_issue(0, 2, "AB")])
    assert (before.offset, before.length) == (0, 2)


def test_an_issue_in_a_fixs_text_is_widened_over_the_fix_and_holds_it() -> None:
    text = "March.qqe said"
    applied = (Edit(6, 2, "Q", "fix"),)
    corrected = apply_edits(text, applied).text
    # An insertion at the fix's start: the same span as the fix would be refused as an
    # overlap, so the placed issue takes the period before it as well.
    [placed] = place_found(corrected, applied, [_issue(6, 0, " ")])
    assert placed.matched(text) == ".qq" and placed.replacements == (". Q",)
    assert apply_edits(text, [placed.edit()]).text == "March. Qe said"
    # A change inside the fix's text: the whole fix, with the change written into it.
    applied = (Edit(6, 2, "Quite", "fix"),)
    corrected = apply_edits(text, applied).text
    [placed] = place_found(corrected, applied, [_issue(7, 3, "UIT")])
    assert placed.matched(text) == ".qq" and placed.replacements == (".QUITe",)


def test_an_issue_at_an_inserted_fix_holds_the_insertion_strictly_inside() -> None:
    text = "one two"
    applied = (Edit(3, 0, ",", "comma"),)  # "one, two"
    corrected = apply_edits(text, applied).text
    [placed] = place_found(corrected, applied, [_issue(3, 1, ";")])
    assert placed.offset < 3 < placed.offset + placed.length  # not at its edge
    assert apply_edits(text, [placed.edit()]).text == "one; two"


def test_a_revealed_issue_is_found_decisions_survive_and_the_text_is_fixs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    engine = Engine(checks=[GARBLED, SPACE, TWICE])
    batch = ReviewBatch(remember=False)
    batch.open_paths([tmp_path / "a.txt"])
    batch.recheck(engine)
    fr = batch.files[0]
    # Reject the first "the the"; accept the repair alone.
    first_twice = next(it for it in fr.items if it.issue.rule == "test.twice")
    fr.set_decision(first_twice.key, Decision(Verdict.REJECTED))
    repair = next(it for it in fr.items if it.issue.rule == "test.garbled")
    plan_accept(fr, repair, "Q").apply()
    assert not any(it.issue.rule == "test.space" and ".qq" in it.issue.matched(fr.text)
                   for it in fr.items)  # fmt: skip
    assert fr.needs_recheck()

    batch.recheck(engine)
    assert not fr.needs_recheck()
    revealed = next(it for it in fr.items if it.issue.rule == "test.space" and it.issue.offset < 20)
    assert revealed.issue.matched(fr.text) == ".qq" and fr.is_open(revealed)
    # Decisions stay with their issues, by key: the rejection, the accepted repair.
    assert fr.status(first_twice) == ItemStatus.REJECTED
    assert fr.status(repair) == ItemStatus.ACCEPTED
    assert first_twice in fr.items and repair in fr.items

    # Every safe fix until none is left: the text `fix` writes (the rejection aside).
    while plan_safe(batch).changes:
        plan_safe(batch).apply()
        batch.recheck(engine)
    assert fr.status(repair) == ItemStatus.SUPERSEDED
    assert fr.corrected().text == (
        "It ended. Qe said the the rest waited.\n\nThe talks ended. Then the vote.\n"
    )
    fr.set_decision(first_twice.key, None)
    while plan_safe(batch).changes:
        plan_safe(batch).apply()
        batch.recheck(engine)
    fixed = ReviewBatch(remember=False)
    fixed.open_paths([tmp_path / "a.txt"])
    [result] = fix_batch(engine, fixed)
    assert fr.corrected().text == result.file.text
    assert result.file.text == (
        "It ended. Qe said the rest waited.\n\nThe talks ended. Then the vote.\n"
    )


def test_fix_passes_reveal_through_the_same_recheck(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("It ended.qqe said.\n", "utf-8")
    batch = ReviewBatch(remember=False)
    batch.open_paths([tmp_path / "a.txt"])
    [result] = fix_batch(Engine(checks=[GARBLED, SPACE]), batch)
    assert result.file.text == "It ended. Qe said.\n"
    assert [c.rule for c in result.changes] == ["test.garbled", "test.space"]


def _random_case(rng: random.Random) -> tuple[str, list[Edit], Issue] | None:
    n = rng.randrange(0, 25)
    text = "".join(rng.choice("abc ") for _ in range(n))
    edits: list[Edit] = []
    pos = 0
    while len(edits) < 4:
        pos += rng.randrange(0, 6)
        if pos > n:
            break
        length = min(rng.choice((0, 0, 1, 2, 3)), n - pos)
        replacement = rng.choice(("", "X", "XY", "Z"))
        if length or replacement:
            edits.append(Edit(pos, length, replacement))
        pos += length + 1
    corrected = apply_edits(text, edits).text
    lo = rng.randrange(0, len(corrected) + 1)
    hi = rng.randrange(lo, min(len(corrected), lo + 4) + 1)
    replacement = rng.choice(("", "Q", "QQ"))
    if lo == hi and not replacement:
        return None
    issue = Issue(offset=lo, length=hi - lo, rule="t", category=Category.STYLE, message="m",
                  replacements=(replacement,))  # fmt: skip
    return text, edits, issue


def test_a_placed_issue_accepted_gives_the_corrected_text_with_its_fix_or_is_not_placed() -> None:
    # Review: an issue read next to a fix at the text's very end (an insertion there) was
    # placed so that accepting it kept the fix too ("ZQZ" for "ZQ"). Such an issue is now
    # left to fix's next pass; every one placed gives exactly the corrected text's fix.
    rng = random.Random(1)
    placed = dropped = 0
    for _ in range(4000):
        case = _random_case(rng)
        if case is None:
            continue
        text, edits, issue = case
        result = apply_edits(text, edits)
        corrected, applied = result.text, list(result.applied)
        want = corrected[: issue.offset] + issue.replacements[0] + corrected[issue.end :]
        found = place_found(corrected, applied, [issue])
        if not found:
            dropped += 1
            continue
        placed += 1
        edit = Edit(found[0].offset, found[0].length, found[0].replacements[0])
        kept_fixes = [e for e in applied if not covers(edit, e)]
        got = apply_edits(text, sorted([*kept_fixes, edit], key=lambda e: (e.offset, e.length)))
        assert (got.text, got.skipped) == (want, ())
    assert placed > 10 * dropped > 0


def test_an_issue_beside_an_insertion_at_the_text_s_end_is_not_placed() -> None:
    text = "It ended"
    [fix] = apply_edits(text, [Edit(8, 0, ".")]).applied
    corrected = "It ended."
    revealed = Issue(offset=8, length=1, rule="t", category=Category.STYLE, message="m",
                     replacements=("!",))  # fmt: skip
    assert place_found(corrected, [fix], [revealed]) == []


def test_an_open_issue_outside_an_accepted_split_stays_listed(tmp_path: Path) -> None:
    # Accepting the split of "forthe" must not drop the open capital issue before it: the
    # rule reads "for the region" as it read "forthe region" (no name goes on after "for"
    # and an article before a lower-case word), so the re-check finds it again.
    from copydesk.checks.registry import REGISTRY

    text = "Velmora news\n\nThe Kenyan Runner forthe region won the race in Velmora.\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    engine = Engine(checks=[REGISTRY.get("word.glued"), REGISTRY.get("case.capitalised-noun")])
    batch = ReviewBatch(remember=False)
    batch.open_paths([tmp_path / "a.txt"])
    batch.recheck(engine)
    fr = batch.files[0]
    split = next(it for it in fr.items if it.issue.rule == "word.glued")
    capital = next(it for it in fr.items if it.issue.rule == "case.capitalised-noun")
    assert split.issue.matched(text) == "forthe" and capital.issue.matched(text) == "Runner"
    plan_accept(fr, split, "for the").apply()
    batch.recheck(engine)
    kept = [it for it in fr.items if it.issue.rule == "case.capitalised-noun"]
    assert [it.issue.matched(fr.text) for it in kept] == ["Runner"] and fr.is_open(kept[0])
    assert fr.corrected().text == text.replace("forthe", "for the")


def test_an_issue_beside_a_removal_is_the_same_issue_and_keeps_its_own_text(
    tmp_path: Path,
) -> None:
    # Trial: accepting a caption's removal brought the stray fragment opening the next
    # paragraph back as "found again after a fix inside it", widened over the whole caption,
    # and accepting it then recorded the caption's removal under the fragment's rule.
    caption = _safe("test.caption", r"(?m)^Photo: .*\n\n", "")
    fragment = _safe("test.fragment", r"(?m)^ZEnot", "Not")
    text = "The wall rose.\n\nPhoto: Varnby Council\n\nZEnot everyone agreed.\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    engine = Engine(checks=[caption, fragment])
    batch = ReviewBatch(remember=False)
    batch.open_paths([tmp_path / "a.txt"])
    batch.recheck(engine)
    fr = batch.files[0]
    cap = next(it for it in fr.items if it.issue.rule == "test.caption")
    plan_accept(fr, cap, "").apply()
    batch.recheck(engine)
    frag = next(it for it in fr.items if it.issue.rule == "test.fragment")
    assert frag.issue.matched(fr.text) == "ZEnot" and frag.key not in fr.found_after
    assert fr.is_open(frag)
    plan_accept(fr, frag, "Not").apply()
    assert [(c.rule, c.before, c.after) for c in fr.changes()] == [
        ("test.caption", "Photo: Varnby Council\n\n", ""),
        ("test.fragment", "ZEnot", "Not"),
    ]
    assert fr.corrected().text == "The wall rose.\n\nNot everyone agreed.\n"


def test_an_issue_ending_where_a_removal_was_keeps_its_place() -> None:
    text = "one two xx three"
    applied = (Edit(7, 3, "", "fix"),)  # " xx" removed: "one two three"
    corrected = apply_edits(text, applied).text
    [placed] = place_found(corrected, applied, [_issue(4, 3, "TWO")])
    assert placed.matched(text) == "two"
    [after] = place_found(corrected, applied, [_issue(7, 6, " THREE")])
    assert after.matched(text) == " three"


def test_an_early_result_keeps_the_issues_of_the_checks_still_at_work(tmp_path: Path) -> None:
    # Trial 25: the early result of a re-check (our passes, before the grammar engines)
    # dropped the engines' issues for a while, and with them the issue the editor read.
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    engine = Engine(checks=[GARBLED, TWICE])
    batch = ReviewBatch(remember=False)
    batch.open_paths([tmp_path / "a.txt"])
    batch.recheck(engine)
    fr = batch.files[0]
    twice = [it for it in fr.items if it.issue.rule == "test.twice"]
    repair = next(it for it in fr.items if it.issue.rule == "test.garbled")
    fr.set_decision(twice[1].key, Decision(Verdict.REJECTED))
    plan_accept(fr, repair, "Q").apply()
    [recheck] = batch.rechecks()
    ours = Engine(checks=[GARBLED])  # the early result: our passes that have answered
    early = recheck.keyed(ours.check_text(recheck.corrected, recheck.path))
    # Nothing heard from test.twice yet: its issues stay, with their decision.
    fr.take_recheck(recheck, early, pending=("test.twice",))
    assert [it for it in fr.items if it.issue.rule == "test.twice"] == twice
    assert fr.status(twice[1]) == ItemStatus.REJECTED and fr.is_open(twice[0])
    assert not fr.newly_carried
    fr.take_recheck(recheck, early, pending=("test",))  # a sub-rule of a pending check
    assert [it for it in fr.items if it.issue.rule == "test.twice"] == twice
    # Near misses: a check that has answered (or a complete result) drops what it no
    # longer finds; a pending check owns its dotted sub-rules, not a longer id.
    fr.take_recheck(recheck, early, pending=("test.twi", "test.twiceover"))
    assert not [it for it in fr.items if it.issue.rule == "test.twice"]
    fr.take_recheck(recheck, recheck.keyed(engine.check_text(recheck.corrected, recheck.path)))
    assert [(it.key, it.issue) for it in fr.items if it.issue.rule == "test.twice"] == [
        (it.key, it.issue) for it in twice
    ]
    assert fr.status(twice[1]) == ItemStatus.REJECTED
