"""word.glued: "in" or "on" before a verb's -ing form may be one word English writes whole
("chest indrawing", a sign of pneumonia; "indwelling", "onrushing"), so the split is only
offered when no object follows the -ing form.  A gerund that takes its object after a
preposition ("interested inbuilding a new house") lost a space and is still split by ``fix``.
Both fail if the split is applied everywhere or offered everywhere."""

import pytest

from tests.checks.rules.helpers import run

LEAD = "Village health workers cut pneumonia deaths\n\nBAIDOA, Somalia — "


def _glued(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    return [(i.matched(text), i.replacements, i.safe) for i in run("word.glued", text)]


@pytest.mark.parametrize(
    "sentence, token",
    [
        (
            "They count breaths, look for chest indrawing and danger signs, and refer fast.",
            "indrawing",
        ),
        ("Nurses look for chest indrawing, a sign of severe pneumonia.", "indrawing"),
        ("The nurse checked for chest indrawing in every child under five.", "indrawing"),
    ],
)
def test_an_inward_compound_before_no_object_is_only_offered(sentence: str, token: str):
    (found,) = _glued(LEAD + sentence)
    assert found[0] == token
    assert found[1][0] == "in drawing"
    assert found[2] is False


@pytest.mark.parametrize(
    "sentence, token, split",
    [
        ("The council was interested inbuilding a new clinic.", "inbuilding", "in building"),
        ("The workers helped inmaking the new beds for the ward.", "inmaking", "in making"),
    ],
)
def test_a_gerund_that_takes_its_object_is_still_applied(sentence: str, token: str, split: str):
    (found,) = _glued(LEAD + sentence)
    assert found[0] == token
    assert found[1][0] == split
    assert found[2] is True
