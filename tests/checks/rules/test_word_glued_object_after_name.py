"""word.glued: an object pronoun follows no name in English, so a capitalised token right after
another capitalised word or a title whose tail would be "me", "him", "us" or "them" is a name
whole (fresh_cf's one applied split on clean text: `said Hilaria Ccori Layme,` became "Lay
me").  Near misses from the review: a verb glued to one in a quotation, a title of a work or a
headline in title case stays found.  No glued-family site of any pool has such a tail.  Every
surname is invented."""

import pytest

from tests.checks.rules.helpers import glued_splits

LEAD = "Herders sell fleece\n\nVARSK, Tarvelia — Officials met on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "“The trader pays you for the worst part,” said Aurvile Ccori Layme, the president.",
        "Aurvile Ccori Layme said the price was fair.",
        "Mr. Layme told reporters the price was fair.",
        "The prize went to Tolkabek Sahim, who thanked his coach.",
        "The council's chair, Zhanvera Kathem, will attend.",
    ],
)
def test_a_name_ending_in_an_object_pronoun_is_no_glue(sentence: str) -> None:
    assert glued_splits(LEAD + sentence) == []


@pytest.mark.parametrize(
    ("text", "token"),
    [
        (LEAD + 'She said, "Leaveme alone."', "Leaveme"),
        (LEAD + 'He read aloud from the novel "Findme," which sold well.', "Findme"),
        ("Voters Say Leaders Ignoredthem\n\nVARSK, Tarvelia — Officials met.\n", "Ignoredthem"),
    ],
)
def test_a_verb_glued_to_an_object_pronoun_is_still_found(text: str, token: str) -> None:
    assert [t for t, _, _ in glued_splits(text)] == [token]
