"""word.glued: an object pronoun follows no name in English, so a capitalised token inside a
sentence whose tail would be "me", "him", "us" or "them" is a name whole (fresh_cf's one
applied split on clean text: `said Hilaria Ccori Layme,` became "Lay me").  No glued-family
site of any pool has such a tail.  Every surname is invented."""

import pytest

from tests.checks.rules.helpers import glued_splits

LEAD = "Herders sell fleece\n\nVARSK, Tarvelia — Officials met on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "“The trader pays you for the worst part,” said Aurvile Ccori Layme, the president.",
        "Aurvile Ccori Layme said the price was fair.",
        "The prize went to Tolkabek Sahim, who thanked his coach.",
        "The council's chair, Zhanvera Kathem, will attend.",
    ],
)
def test_a_name_ending_in_an_object_pronoun_is_no_glue(sentence: str) -> None:
    assert glued_splits(LEAD + sentence) == []
