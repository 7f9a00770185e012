from copydesk.checks.decisions import Decision, DecisionStore, Verdict, decision_keys
from copydesk.checks.model import Category, Issue


def _dot_issues(text):
    return [
        Issue(i, 2, "punct.double-period", Category.PUNCTUATION, "m", (".",))
        for i in range(len(text) - 1)
        if text[i : i + 2] == ".." and text[i : i + 3] != "..."
    ]


def test_key_survives_an_edit_elsewhere_in_the_file():
    before = "First paragraph here.\n\nThe convoy crossed the border..\n"
    after = "An inserted lead sentence.\n\n" + before
    [(_, key_before)] = decision_keys(before, _dot_issues(before))
    [(_, key_after)] = decision_keys(after, _dot_issues(after))
    assert key_before == key_after


def test_identical_contexts_get_distinct_keys_and_store_round_trips(tmp_path):
    text = "x.. " * 3
    keys = [k for _, k in decision_keys(text, _dot_issues(text))]
    assert len(set(keys)) == 3
    store = DecisionStore()
    store.set(keys[0], Decision(Verdict.REJECTED))
    store.set(keys[1], Decision(Verdict.EDITED, "!"))
    path = tmp_path / "d.json"
    store.save(path)
    loaded = DecisionStore.load(path)
    assert loaded.get(keys[0]) == Decision(Verdict.REJECTED)
    assert loaded.get(keys[1]) == Decision(Verdict.EDITED, "!")
    assert loaded.get(keys[2]) is None


def test_a_decision_stays_with_its_place_when_an_identical_issue_before_it_goes():
    # Three identical fixes (same rule, same text) in three places, far enough apart that
    # fixing the first leaves the others' context as it was.
    first = "The ferry from the island was late again on Monday.."
    rest = " The convoy crossed the border at dawn.. Trucks waited in a long line for hours..\n"
    keys = [k for _, k in decision_keys(first + rest, _dot_issues(first + rest))]
    fixed = first[:-1] + rest  # the first one accepted and applied
    after = [k for _, k in decision_keys(fixed, _dot_issues(fixed))]
    assert len(keys) == 3 and after == keys[1:]  # no decision slides onto another place


def test_a_file_name_that_is_not_utf8_has_a_store_path(tmp_path):
    # Review: a Linux file name with a Latin-1 byte holds a surrogate in Python; encoding
    # it for the digest raised UnicodeEncodeError, so the window's save failed after the
    # copy was written (only OSError is expected there).
    import os

    from copydesk.checks.decisions import store_path_for

    name = os.fsdecode(b"caf\xe9.txt")
    path = store_path_for(str(tmp_path / name), tmp_path)
    assert path.parent == tmp_path / "decisions" and path.suffix == ".json"
    assert path != store_path_for(str(tmp_path / "cafe.txt"), tmp_path)
    from copydesk.checks.files import InputFile
    from copydesk.checks.review import FileReview
    from copydesk.checks.review_draft import draft_path

    review = FileReview(InputFile(tmp_path / name, tmp_path), None)
    assert draft_path(review).suffix == ".json"  # opening such a file looks its draft up


def test_a_draft_of_a_file_with_a_stray_byte_is_written_and_taken_back(tmp_path):
    # Review: a UTF-8 file with a stray byte (kept as a lone surrogate) put that
    # surrogate in the draft's typed text and in the keys of decisions near it; the
    # draft was encoded as UTF-8 and raised UnicodeEncodeError in the window's autosave.
    from copydesk.checks.document import decode
    from copydesk.checks.files import InputFile
    from copydesk.checks.review import FileReview
    from copydesk.checks.review_draft import draft_path, restore_draft, write_draft

    path = tmp_path / "a.txt"
    raw = "Café naïve résumé, ".encode() + b"a stray \xe9 byte.. here\n"
    path.write_bytes(raw)
    doc = decode(raw, str(path))
    assert doc.errors == "surrogateescape"

    def opened() -> FileReview:
        fr = FileReview(InputFile(path, tmp_path), doc)
        fr.set_issues(_dot_issues(doc.text))
        return fr

    fr = opened()
    [item] = fr.items
    assert "\udce9" in item.key
    fr.set_decision(item.key, Decision(Verdict.ACCEPTED, "."))
    fr.replace_text(0, 0, "\udce9")  # typed text holding the byte too
    write_draft(fr)
    assert draft_path(fr).exists()
    again = opened()
    assert restore_draft(again) is not None and again.text == fr.text
    assert again.store.get(item.key) == Decision(Verdict.ACCEPTED, ".")


_ADVERTS = "Intro line here.\n" + "Advertisement..\n" * 6 + "More text follows here.\n"


def _review(text):
    from pathlib import Path

    from copydesk.checks.document import Document
    from copydesk.checks.files import InputFile
    from copydesk.checks.review import FileReview

    fr = FileReview(InputFile(Path("a.txt"), Path(".")), Document.from_text(text))
    fr.set_issues(_dot_issues(text))
    return fr


def test_typing_near_a_decided_issue_never_decides_an_identical_one():
    # Review: identical issues in identical context are told apart by an ordinal; typing
    # near the first decided one gave it a new key, the next one took the first's old key
    # and with it the decision left there: a fix nobody accepted was applied.
    fr = _review(_ADVERTS)
    first = fr.items[1]
    assert fr.items[2].key == first.key + "#2"
    fr.set_decision(first.key, Decision(Verdict.ACCEPTED, "."))
    fr.replace_text(first.issue.offset - 20, 0, "X")  # inside its context, not touching it
    assert [str(fr.status(it)) for it in fr.items].count("accepted") == 1
    fr.set_issues(_dot_issues(fr.text))  # the re-check that follows
    assert [str(fr.status(it)) for it in fr.items].count("accepted") == 1
    assert fr.corrected().text.count("Advertisement.\n") == 1
    fr.replace_text(first.issue.offset - 20, 1, "")  # and back: its decision follows it
    fr.set_issues(_dot_issues(fr.text))
    assert [fr.decision(it) is not None for it in fr.items] == [
        False, True, False, False, False, False,
    ]  # fmt: skip


def test_a_recheck_keeps_each_decision_with_its_place_when_ordinals_move():
    # A re-check that no longer reports the first of identical issues (its evidence in
    # the batch changed) moves the others' ordinals; their decisions stay where they were.
    fr = _review(_ADVERTS)
    second, third = fr.items[2], fr.items[3]
    fr.set_decision(second.key, Decision(Verdict.REJECTED))
    fr.set_decision(third.key, Decision(Verdict.EDITED, "!"))
    fr.set_issues([i for i in _dot_issues(_ADVERTS) if i.offset != fr.items[1].issue.offset])
    by_offset = {it.issue.offset: fr.decision(it) for it in fr.items}
    assert by_offset[second.issue.offset] == Decision(Verdict.REJECTED)
    assert by_offset[third.issue.offset] == Decision(Verdict.EDITED, "!")
    assert sum(d is not None for d in by_offset.values()) == 2
