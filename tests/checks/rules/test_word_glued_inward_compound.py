"""word.glued: "in" or "on" before a verb's -ing form, where English writes the preposition
and that verb's participle as one word ("indrawn"), may be a word English writes whole
("chest indrawing", a sign of pneumonia, which fresh_cm's clean text had split and applied),
so the split is only offered, wherever it stands.  A verb English compounds so with nothing
("succeeded inwinning", "insisted onbeing paid", "onarriving") lost a space and is still
split by ``fix``, whatever follows it.  Both fail if the split is applied everywhere or
offered everywhere."""

import pytest

from tests.checks.rules.helpers import run

LEAD = "Village health workers cut pneumonia deaths\n\nBAIDOA, Somalia — "


def _glued(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(i.matched(text), i.replacements, i.safe) for i in run("word.glued", text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "They count breaths, look for chest indrawing and danger signs, and refer fast.",
        "Nurses look for chest indrawing, a sign of severe pneumonia.",
        "Chest indrawing means the child needs a hospital.",
        "They look for chest indrawing that persists after the fever falls.",
    ],
)
def test_an_inward_compound_is_only_offered(sentence: str):
    (found,) = _glued(LEAD + sentence)
    assert found[0] == "indrawing"
    assert found[1][0] == "in drawing"
    assert found[2] is False


@pytest.mark.parametrize(
    "sentence, token, split",
    [
        ("The council was interested inmaking a new clinic.", "inmaking", "in making"),
        ("The team succeeded inwinning.", "inwinning", "in winning"),
        ("The nurses insisted onbeing paid on time.", "onbeing", "on being"),
        ("Two men were detained onarriving, officials said.", "onarriving", "on arriving"),
    ],
)
def test_a_glue_of_a_verb_english_never_compounds_so_is_still_applied(
    sentence: str, token: str, split: str
):
    (found,) = _glued(LEAD + sentence)
    assert found[0] == token
    assert found[1][0] == split
    assert found[2] is True
