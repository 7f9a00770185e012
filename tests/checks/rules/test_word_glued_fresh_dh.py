"""word.glued: a head the batch writes only with a possessive's "'s" counts as used alone
("Bakary’s story" beside "a boatman named Bakaryis asked" -> "Bakary is", offered:
fresh_dh's one run); a name ending like a word stays whole beside a shorter name's
possessive.  Invented names."""

from tests.checks.rules.helpers import glued_splits


def test_a_head_written_with_a_possessive_counts_as_used_alone() -> None:
    text = (
        "In the novel, an old boatman named Varkunis asked by his granddaughter why he still "
        "goes down to the river.\n\nVarkun’s story is told through her eyes."
    )
    assert glued_splits(text) == [("Varkunis", "Varkun is", False)]


def test_a_whole_name_beside_a_shorter_possessive_stays() -> None:
    text = "Tomas Staris said the ship was late. Star's crew agreed, and Staris left."
    assert glued_splits(text) == []
    # a possessive counts before "is", "was", "has" or "had" only: names end in "-in" and
    # "-can" (reviews 33d and 34d)
    text = "Varkun's trial opened in Cairo. Varkunin later told reporters he would appeal."
    assert glued_splits(text) == []
    text = "Cem's son studies in Berlin. Cemcan will join him next year, the family said."
    assert glued_splits(text) == []
