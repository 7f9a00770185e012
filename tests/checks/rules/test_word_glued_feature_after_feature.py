"""word.glued: a capitalised noun naming what a place is, glued to another such noun
(resources/word/feature_nouns.txt), is split even when the second is rarer than an everyday
word ("the Sierra Leone Riverestuary", fresh_dj's hold-out run: "estuary" is 3.3): no name
ends in both.  After "the" and a name inside its sentence (a word of no English word class,
or a feature noun) the split is applied; a token standing alone, after a sentence's first
word, a given name, a title or its abbreviation, or an English word is offered only.  Invented names
but for well-known places."""

import pytest

from tests.checks.rules.helpers import glued_splits


@pytest.mark.parametrize(
    ("text", "token", "split"),
    [
        (
            "The town sits on the Sierra Leone Riverestuary, and has long been home to fishermen.",
            "Riverestuary",
            "River estuary",
        ),
        (
            "Fishermen from the Kelvo Valleylagoon sell their catch at dawn.",
            "Valleylagoon",
            "Valley lagoon",
        ),
    ],
)
def test_a_feature_glued_to_a_feature_after_a_name_is_split(
    text: str, token: str, split: str
) -> None:
    assert glued_splits(text) == [(token, split, True)]


@pytest.mark.parametrize(
    ("text", "token", "split"),
    [
        ("We walked to Riverestuary, a village on the coast.", "Riverestuary", "River estuary"),
        # a word capitalised as its sentence's first is no name the first feature ends, nor
        # is a given name's (reviews 41b, 42b)
        (
            "Beyond Riverestuary, a fishing village, the road turns to gravel.",
            "Riverestuary",
            "River estuary",
        ),
        ("Mrs Amina Riverestuary said the boats were gone.", "Riverestuary", "River estuary"),
        # after a title or an English word the token may be a name (review 43b)
        (
            "Chief Inspector Riverestuary said divers had found two bodies.",
            "Riverestuary",
            "River estuary",
        ),
        ("Voters in Greater Lakelagoon backed the new mayor.", "Lakelagoon", "Lake lagoon"),
        (
            "A motion tabled by Cllr Forestlake was defeated on Thursday.",
            "Forestlake",
            "Forest lake",
        ),
        ("In Mountainlake, Minnesota, the rain stopped at noon.", "Mountainlake", "Mountain lake"),
    ],
)
def test_a_feature_glued_to_a_feature_alone_is_offered(text: str, token: str, split: str) -> None:
    assert glued_splits(text) == [(token, split, False)]
