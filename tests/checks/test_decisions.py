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
